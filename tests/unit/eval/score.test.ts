/** The scorer's semantics on a small graph with a hand-made gold: what counts as right, allowed, wrong, missing. */
import { describe, expect, it } from "vitest";
import { figuresByRule, NO_RULE } from "../../../src/eval/by-rule.ts";
import { GoldFileError, parseGoldFile } from "../../../src/eval/gold.ts";
import { judgeRelations, scoreGraph } from "../../../src/eval/score.ts";
import { SMALL_GOLD, smallGraph } from "./small.ts";

describe("scoreGraph", () => {
  const graph = smallGraph();
  const report = scoreGraph(graph, SMALL_GOLD);

  it("judges each relation edge by its gold pair and type; an endpoint outside the gold makes it wrong", () => {
    expect(Object.fromEntries(judgeRelations(graph, SMALL_GOLD))).toEqual({
      "cooperation:state:JPN|state:RUS": "right",
      "dispute:state:JPN|state:RUS": "allowed",
      "cooperation:state:PRK|state:RUS": "wrong",
      "cooperation:leader:kim-jong-un|leader:vladimir-poutine": "right",
      "cooperation:leader:shinzo-abe|leader:vladimir-poutine": "wrong",
      "alliance:state:JPN|state:USA": "wrong",
      "dispute:state:PRK|state:USA": "wrong",
    });
  });

  it("counts relations by (pair, type): allowed ones neither rewarded nor penalised, recall over required ones", () => {
    expect(report.relations).toMatchObject({ required: 4, found: 2, truePositives: 2, allowed: 1 });
    expect(report.relations.falsePositives).toEqual([
      "PRK~RUS|cooperation",
      "abe~poutine|cooperation",
      "state:JPN~state:USA:alliance",
      "state:PRK~state:USA:dispute",
    ]);
    expect(report.relations.missing).toEqual(["PRK~RUS:dispute", "CHN~RUS:cooperation"]);
    expect(report.relations.precision).toBeCloseTo(2 / 6);
    expect(report.relations.recall).toBeCloseTo(2 / 4);
  });

  it("splits relations per type: a predicted key under its type, a required relation under its first type", () => {
    expect(report.byType.cooperation).toMatchObject({
      predicted: 4,
      right: 2,
      allowed: 0,
      wrong: 2,
      required: 2,
      found: 1,
    });
    expect(report.byType.dispute).toMatchObject({
      predicted: 2,
      right: 0,
      allowed: 1,
      wrong: 1,
      required: 1,
      found: 0,
    });
    expect(report.byType.alliance).toMatchObject({
      predicted: 1,
      right: 0,
      wrong: 1,
      required: 1,
      found: 1,
      precision: 0,
      recall: 1,
    });
  });

  it("scores entities: optional actors neither required nor penalised, duplicates and unknown nodes lower precision", () => {
    expect(report.entities).toMatchObject({
      required: 6,
      found: 4,
      missing: ["CHN", "xi"],
      extra: ["États-Unis (state)", "Sergueï Choïgou (leader)"],
    });
    expect(report.entities.duplicates).toEqual(["poutine: Vladimir Poutine | Putin"]);
    // hits RUS, JPN, PRK, poutine, abe, kim = 6; extra 2; duplicates 1
    expect(report.entities.precision).toBeCloseTo(6 / 9);
    expect(report.entities.recall).toBeCloseTo(4 / 6);
  });

  it("counts a forbidden name only on a node that is no gold actor", () => {
    expect(report.entities.forbidden).toEqual(["Sergueï Choïgou"]);
  });

  it("finds a leader's state link by its state attribute or a serves edge", () => {
    expect(report.memberships).toEqual({ required: 3, found: 2, missing: ["xi"] });
  });

  it("flags evidence containing page chrome, and traces provenance through the article texts", () => {
    expect(report.provenance.boilerplateEvidence).toEqual(["Moscou et Tokyo restent formellement en guerre."]);
    const texts = new Map([
      ["a-2013", "Titre\nTokyo et Moscou sont convenus de mener des exercices conjoints de sauvetage en mer."],
      ["c-2023", "Rien."],
    ]);
    const traced = scoreGraph(graph, SMALL_GOLD, texts).provenance;
    expect(traced).toMatchObject({ sources: 2, covered: 1, missing: ["JPN~RUS:cooperation@c-2023"] });
  });
});

describe("figuresByRule", () => {
  it("attributes each edge to every rule of its evidence, with its verdict and the rule's sentences", () => {
    const graph = smallGraph();
    const rows = figuresByRule(graph, judgeRelations(graph, SMALL_GOLD));
    expect(rows.map((r) => [r.rule, r.edges, r.right, r.allowed, r.wrong, r.precision, r.sentences])).toEqual([
      ["pair.agent-target", 2, 0, 0, 2, 0, 2],
      ["pair.closed-group", 2, 1, 1, 0, 1, 4],
      ["pair.entre", 1, 1, 0, 0, 1, 1],
      ["pair.nearest", 3, 1, 0, 2, 1 / 3, 3],
    ]);
  });

  it("puts relations whose evidence names no rule (a graph built before rules, in memory) in one last row", () => {
    const graph = smallGraph();
    graph.updateEdgeAttributes("dispute:state:PRK|state:USA", (a) => ({
      ...a,
      rules: [],
      evidence: a.evidence.map(({ rule: _rule, ...e }) => e),
    }));
    const rows = figuresByRule(graph, judgeRelations(graph, SMALL_GOLD));
    expect(rows.at(-1)).toMatchObject({ rule: NO_RULE, edges: 1, sentences: 0 });
  });
});

describe("parseGoldFile", () => {
  it("accepts the dev set's format and refuses dangling references, naming the field", () => {
    expect(parseGoldFile(JSON.stringify(SMALL_GOLD)).relations).toHaveLength(5);
    const dangling = { ...SMALL_GOLD, relations: [{ a: "RUS", b: "FRA", types: ["dispute"], required: true }] };
    expect(() => parseGoldFile(JSON.stringify(dangling), "g.json")).toThrow(
      new GoldFileError('g.json: /relations/0/b "FRA" is not an entity'),
    );
    const badType = { ...SMALL_GOLD, relations: [{ a: "RUS", b: "JPN", types: ["war"], required: true }] };
    expect(() => parseGoldFile(JSON.stringify(badType), "g.json")).toThrow(
      /g\.json: \/relations\/0\/types\/0 must be equal to one of the allowed values/,
    );
    expect(() => parseGoldFile("{", "g.json")).toThrow(/g\.json: not valid JSON/);
    const member = { ...SMALL_GOLD, memberships_required: ["RUS"] };
    expect(() => parseGoldFile(JSON.stringify(member), "g.json")).toThrow(
      /memberships_required "RUS" is not a leader with a state/,
    );
  });
});
