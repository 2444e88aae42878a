/**
 * `entente curate`: records review decisions in `curation.json` from the terminal (accept, reject, retype,
 * reject-evidence, merge, rename, drop, set-state, add), lists and undoes them. Each decision is checked against the
 * built graph first (a decision about nothing would only ever be stale), then the file is rewritten atomically.
 * `entente build` applies the file. Exit codes: 0 recorded, 1 refused (named target not in the graph…), 2 a file
 * cannot be read or is invalid.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import {
  describeDecision,
  recordDecision,
  removeDecision,
  CurationFileError,
  type Decision,
  type SentenceRef,
} from "../../curation/index.ts";
import { defaultCurationPath, readCurationFile, writeCurationFile } from "../../curation/file.ts";
import { projectOfGraph } from "../../curation/project.ts";
import { GraphFileError } from "../../model/graph-io.ts";
import { parseGraphAt } from "../graph-files.ts";
import {
  isRelationType,
  RELATION_TYPES,
  type EntenteGraph,
  type NodeType,
  type RelationType,
} from "../../model/types.ts";
import { DEFAULT_GRAPH_OUT } from "./build.ts";

interface CurateFlags {
  graph: string;
  curation?: string;
  note?: string;
  /** `--article`: an article id. */
  article?: string;
  /** `--articles`: the corpus folder. */
  articles?: string;
  sentence?: string;
  start?: string;
  json?: boolean;
}

/** A decision the graph does not support; exit code 1. */
class CurateRefusal extends Error {
  override name = "CurateRefusal";
}

export function registerCurateCommand(program: Command): void {
  const curate = program
    .command("curate")
    .description(
      "Record review decisions in curation.json (applied by `entente build`): accept, reject, retype, merge, rename, drop, set-state, add; list and undo.",
    )
    .addHelpText(
      "after",
      "\nKeys: nodes state:RUS, leader:vladimir-poutine; relations cooperation:state:JPN|state:RUS (quote them in the shell).\nThe curation file defaults to curation.json beside --graph. Run `npx entente build` to apply the decisions.",
    );

  const decide = (
    usage: string,
    description: string,
    make: (graph: EntenteGraph, flags: CurateFlags, ...args: string[]) => Omit<Decision, "at" | "note">,
  ) =>
    withFileOptions(curate.command(usage).description(description))
      .option("-n, --note <text>", "why, in your words (kept with the decision)")
      .action(async (...input: unknown[]) => {
        const args = input.slice(0, -2) as string[];
        const flags = input.at(-2) as CurateFlags;
        process.exitCode = await run(flags, (graph) => make(graph, flags, ...args));
      });

  decide("accept <edge>", "mark a relation as checked: kept, confidence 1", (graph, _flags, edge) => ({
    kind: "accept",
    edge: relationIn(graph, edge!),
  }));
  decide("reject <edge>", "remove a wrong relation, with all its evidence", (graph, _flags, edge) => ({
    kind: "reject",
    edge: relationIn(graph, edge!),
  }));
  decide(
    "retype <edge> <type>",
    `change a relation's type (${RELATION_TYPES.join(", ")})`,
    (graph, _flags, edge, type) => {
      const key = relationIn(graph, edge!);
      if (!isRelationType(type))
        throw new CurateRefusal(`"${type}" is not a relation type (${RELATION_TYPES.join(", ")})`);
      if (graph.getEdgeAttribute(key, "type") === type) throw new CurateRefusal(`"${key}" is already of type ${type}`);
      return { kind: "retype", edge: key, to: type };
    },
  );
  decide(
    "reject-evidence <edge>",
    "remove one sentence from an edge's evidence (the edge goes when none is left)",
    (graph, flags, edge) => {
      if (!graph.hasEdge(edge!)) throw new CurateRefusal(`no edge "${edge}" in ${flags.graph}`);
      return { kind: "reject-evidence", edge: edge!, evidence: evidenceOf(graph, edge!, flags) };
    },
  )
    .requiredOption("--article <id>", "the article the sentence comes from")
    .option("--sentence <text>", "the sentence, exactly as in the evidence")
    .option("--start <offset>", "or: its start offset in the article (as in graph.json)");
  decide(
    "merge <keep> <fold>",
    "fold the second actor into the first (aliases, roles, relations and evidence kept)",
    (graph, flags, keep, fold) => {
      const type = nodeIn(graph, keep!, flags);
      if (nodeIn(graph, fold!, flags) !== type)
        throw new CurateRefusal(`cannot merge "${fold}" into "${keep}": one is a state, the other a leader`);
      if (keep === fold) throw new CurateRefusal(`"${keep}" cannot be merged into itself`);
      return { kind: "merge", keep: keep!, fold: fold! };
    },
  );
  decide(
    "rename <node> <label>",
    "change an actor's display name (the old one stays an alias)",
    (graph, flags, node, label) => {
      nodeIn(graph, node!, flags);
      if (label!.trim() === "") throw new CurateRefusal("the new name is blank");
      return { kind: "rename", node: node!, label: label!.trim() };
    },
  );
  decide("drop <node>", "not an actor: remove it with all its relations", (graph, flags, node) => {
    nodeIn(graph, node!, flags);
    return { kind: "drop", node: node! };
  });
  decide(
    "set-state <leader> <state>",
    "correct the state a leader serves (state:FRA or FRA)",
    (graph, flags, leader, state) => {
      if (nodeIn(graph, leader!, flags) !== "leader") throw new CurateRefusal(`"${leader}" is a state, not a leader`);
      const key = state!.startsWith("state:") ? state! : `state:${state!.toUpperCase()}`;
      if (nodeIn(graph, key, flags) !== "state") throw new CurateRefusal(`"${key}" is not a state`);
      return { kind: "set-state", node: leader!, state: key };
    },
  );
  decide(
    "add <type> <source> <target>",
    "add a relation the extractor missed, citing an article sentence when there is one",
    (graph, flags, type, source, target) => {
      if (!isRelationType(type))
        throw new CurateRefusal(`"${type}" is not a relation type (${RELATION_TYPES.join(", ")})`);
      nodeIn(graph, source!, flags);
      nodeIn(graph, target!, flags);
      if (source === target) throw new CurateRefusal("a relation needs two different actors");
      const decision: Omit<Extract<Decision, { kind: "add" }>, "at" | "note"> = {
        kind: "add",
        type: type as RelationType,
        source: source!,
        target: target!,
      };
      if (flags.article !== undefined || flags.sentence !== undefined) decision.evidence = locateSentence(graph, flags);
      return decision;
    },
  )
    .option("--article <id>", "the article that states the relation")
    .option("--sentence <text>", "the sentence, exactly as in the article (located in its text)")
    .option("--articles <dir>", "corpus folder (default: articles/ beside the graph, or its folder)");

  withFileOptions(curate.command("list").description("list the recorded decisions, oldest first"))
    .option("--json", "print the file as JSON")
    .action(async (flags: CurateFlags) => {
      process.exitCode = await withFiles(async () => {
        const path = curationPath(flags);
        const curation = readCurationFile(path);
        if (flags.json) process.stdout.write(`${JSON.stringify(curation, null, 2)}\n`);
        else if (curation.decisions.length === 0) process.stdout.write(`no decisions in ${path}\n`);
        else
          curation.decisions.forEach((d, i) =>
            process.stdout.write(
              `${String(i).padStart(3)}  ${d.at}  ${describeDecision(d)}${d.note === undefined ? "" : `  — ${d.note}`}\n`,
            ),
          );
        return 0;
      });
    });

  withFileOptions(
    curate
      .command("undo [index]")
      .description("remove a decision (default: the last one); `curate list` shows the indices"),
  ).action(async (index: string | undefined, flags: CurateFlags) => {
    process.exitCode = await withFiles(async () => {
      const path = curationPath(flags);
      const curation = readCurationFile(path);
      const at = index === undefined ? curation.decisions.length - 1 : Number(index);
      let next;
      try {
        next = removeDecision(curation, at);
      } catch (error) {
        process.stderr.write(`entente curate: ${(error as Error).message.replace(/^curation: /, "")}\n`);
        return 1;
      }
      await writeCurationFile(path, next);
      process.stdout.write(`removed decision ${at}: ${describeDecision(curation.decisions[at]!)} from ${path}\n`);
      return 0;
    });
  });
}

function withFileOptions(command: Command): Command {
  return command
    .option("-g, --graph <file>", "the built graph the decisions are about", DEFAULT_GRAPH_OUT)
    .option("-c, --curation <file>", "the curation file (default: curation.json beside --graph)");
}

function curationPath(flags: CurateFlags): string {
  return flags.curation ?? defaultCurationPath(flags.graph);
}

/** Checks the decision against the graph, records it and rewrites the file atomically. */
function run(flags: CurateFlags, make: (graph: EntenteGraph) => Omit<Decision, "at" | "note">): Promise<number> {
  return withFiles(async () => {
    const path = curationPath(flags);
    const curation = readCurationFile(path);
    const graph = readGraph(flags.graph);
    let decision: Decision;
    try {
      decision = {
        ...make(graph),
        at: new Date().toISOString(),
        ...(flags.note === undefined ? {} : { note: flags.note }),
      } as Decision;
    } catch (error) {
      if (!(error instanceof CurateRefusal)) throw error;
      process.stderr.write(`entente curate: ${error.message}. Nothing was recorded.\n`);
      return 1;
    }
    const next = recordDecision(curation, decision);
    await writeCurationFile(path, next);
    const replaced = curation.decisions.length + 1 - next.decisions.length;
    process.stdout.write(
      `recorded decision ${next.decisions.length - 1}: ${describeDecision(decision)}${replaced > 0 ? ` (replacing ${replaced} earlier)` : ""}\n` +
        `in ${path}; run \`npx entente build\` to apply it.\n`,
    );
    return 0;
  });
}

/** Runs a file-handling step; an unreadable or invalid file is reported with exit code 2. */
async function withFiles(step: () => Promise<number>): Promise<number> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof CurationFileError || error instanceof GraphFileError) {
      process.stderr.write(`entente curate: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function readGraph(path: string): EntenteGraph {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new GraphFileError(
      `${path}: cannot read the graph file. Build it with \`npx entente build\` or pass --graph FILE.`,
    );
  }
  return parseGraphAt(text, path);
}

function relationIn(graph: EntenteGraph, key: string): string {
  if (!graph.hasEdge(key)) {
    const near = graph.edges().filter((k) => k !== key && k.split(":")[0] !== "serves" && sameEnds(k, key));
    throw new CurateRefusal(
      `no relation "${key}" in the graph${near.length > 0 ? ` (between these actors: ${near.join(", ")})` : ""}`,
    );
  }
  if (!isRelationType(graph.getEdgeAttribute(key, "type")))
    throw new CurateRefusal(`"${key}" is a serves link, not a relation; correct it with set-state`);
  return key;
}

function sameEnds(a: string, b: string): boolean {
  return a.slice(a.indexOf(":") + 1) === b.slice(b.indexOf(":") + 1);
}

function nodeIn(graph: EntenteGraph, key: string, flags: CurateFlags): NodeType {
  if (graph.hasNode(key)) return graph.getNodeAttribute(key, "type");
  const wanted = key.replace(/^(state|leader):/, "").toLowerCase();
  const near = graph
    .filterNodes((k, a) => k.toLowerCase().includes(wanted) || a.label.toLowerCase().includes(wanted))
    .slice(0, 5);
  throw new CurateRefusal(
    `no actor "${key}" in ${flags.graph}${near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : ""}`,
  );
}

/** The evidence item named by --article and --sentence or --start. */
function evidenceOf(graph: EntenteGraph, edge: string, flags: CurateFlags): SentenceRef {
  const evidence = graph.getEdgeAttribute(edge, "evidence").filter((e) => e.article === flags.article);
  const start = flags.start === undefined ? undefined : Number(flags.start);
  const found = evidence.find(
    (e) =>
      (flags.sentence === undefined || e.sentence === flags.sentence) && (start === undefined || e.start === start),
  );
  if (found === undefined || (flags.sentence === undefined && start === undefined))
    throw new CurateRefusal(
      `"${edge}" has no such evidence sentence; give --article and --sentence (or --start), as in graph.json` +
        (evidence.length > 0 ? ` (from this article: ${evidence.map((e) => `--start ${e.start}`).join(", ")})` : ""),
    );
  return { article: found.article, sentence: found.sentence, start: found.start, end: found.end };
}

/** Finds the cited sentence in the article's text, so the evidence carries exact offsets. */
function locateSentence(graph: EntenteGraph, flags: CurateFlags): SentenceRef & { start: number; end: number } {
  const article = flags.article;
  const sentence = flags.sentence;
  if (article === undefined || sentence === undefined || sentence.trim() === "")
    throw new CurateRefusal("citing a sentence needs both --article and --sentence");
  const meta = graph.getAttribute("articles").find((a) => a.id === article);
  if (meta === undefined)
    throw new CurateRefusal(
      `article "${article}" is not in the graph (its articles are named by file name without .txt)`,
    );
  const dir = flags.articles ?? projectOfGraph(flags.graph).articles;
  let text: string;
  try {
    text = readFileSync(join(dir, meta.file), "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new CurateRefusal(
      `cannot read article "${meta.file}" in ${dir} (${(error as Error).message}); pass --articles DIR`,
    );
  }
  const start = text.indexOf(sentence);
  if (start < 0)
    throw new CurateRefusal(
      `the sentence is not in article "${article}" word for word; copy it from the article or the explorer`,
    );
  return { article, sentence, start, end: start + sentence.length };
}
