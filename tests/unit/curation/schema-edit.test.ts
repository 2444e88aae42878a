import { describe, expect, it } from "vitest";
import {
  CurationFileError,
  emptyCuration,
  parseCuration,
  recordDecision,
  removeDecision,
  serializeCuration,
  type Decision,
} from "../../../src/curation/index.ts";

const AT = "2026-11-25T10:00:00Z";
const file = (...decisions: unknown[]) => JSON.stringify({ version: 1, decisions });

describe("curation file schema", () => {
  it("accepts one decision of every kind", () => {
    const sentence = "Tokyo et Moscou coopèrent.";
    const text = file(
      { kind: "accept", edge: "cooperation:state:JPN|state:RUS", at: AT },
      { kind: "reject", edge: "dispute:state:JPN|state:RUS", at: AT, note: "the article says the opposite" },
      { kind: "retype", edge: "dispute:state:PRK|state:USA", to: "alliance", at: AT },
      { kind: "reject-evidence", edge: "serves:leader:a|state:RUS", evidence: { article: "a", sentence }, at: AT },
      { kind: "merge", keep: "leader:a", fold: "leader:b", at: AT },
      { kind: "rename", node: "leader:a", label: "A. Person", at: AT },
      { kind: "drop", node: "leader:c", at: AT },
      { kind: "set-state", node: "leader:a", state: "state:FRA", at: "2026-11-25T10:00:00.123+01:00" },
      {
        kind: "add",
        type: "cooperation",
        source: "state:FRA",
        target: "state:DEU",
        evidence: { article: "a", sentence, start: 3, end: 3 + sentence.length },
        at: AT,
      },
      { kind: "add", type: "dispute", source: "state:FRA", target: "state:DEU", at: AT },
    );
    expect(parseCuration(text).decisions).toHaveLength(10);
  });

  it.each<[string, string, RegExp]>([
    ["not JSON", "{", /curation.json: not valid JSON/],
    ["a wrong version", JSON.stringify({ version: 2, decisions: [] }), /curation.json: version must be 1/],
    [
      "an unknown kind",
      file({ kind: "approve", edge: "x", at: AT }),
      /decisions\[0\] \(approve "x"\): field kind must be equal to one of the allowed values \(accept, reject/,
    ],
    [
      "a missing date",
      file({ kind: "drop", node: "leader:x" }),
      /decisions\[0\] \(drop "leader:x"\) is missing field "at"/,
    ],
    [
      "a date that is not ISO",
      file({ kind: "drop", node: "leader:x", at: "25/11/2026" }),
      /decisions\[0\] \(drop "leader:x"\): field at "25\/11\/2026" does not have the expected form \(an ISO date-time/,
    ],
    [
      "a serves edge rejected",
      file({ kind: "reject", edge: "serves:leader:a|state:RUS", at: AT }),
      /decisions\[0\] \(reject "serves:leader:a\|state:RUS"\): field edge .*an edge key/,
    ],
    [
      "a typo in a field",
      file({ kind: "rename", node: "leader:a", lable: "B", at: AT }),
      /decisions\[0\] \(rename "leader:a"\) is missing field "label"|has unknown field "lable"/,
    ],
    [
      "an unknown relation type",
      file({ kind: "retype", edge: "cooperation:state:A|state:B", to: "war", at: AT }),
      /field to must be equal to one of the allowed values \(cooperation, dispute, alliance\)/,
    ],
    [
      "a merge of an actor with itself",
      file({ kind: "merge", keep: "leader:a", fold: "leader:a", at: AT }),
      /decisions\[0\] \(merge\): keep and fold are the same actor "leader:a"/,
    ],
    [
      "offsets that do not span the sentence",
      file({
        kind: "add",
        type: "alliance",
        source: "state:A",
        target: "state:B",
        evidence: { article: "a", sentence: "abc", start: 0, end: 5 },
        at: AT,
      }),
      /offsets 0..5 do not span/,
    ],
    [
      "an added sentence without offsets",
      file({
        kind: "add",
        type: "alliance",
        source: "state:A",
        target: "state:B",
        evidence: { article: "a", sentence: "abc" },
        at: AT,
      }),
      /is missing field "start"/,
    ],
    ["a blank new name", file({ kind: "rename", node: "leader:a", label: "  ", at: AT }), /field label/],
  ])("refuses %s with a message naming the entry", (_, text, message) => {
    expect(() => parseCuration(text, "curation.json")).toThrow(CurationFileError);
    expect(() => parseCuration(text, "curation.json")).toThrow(message);
  });
});

describe("editing a curation", () => {
  const accept: Decision = { kind: "accept", edge: "cooperation:state:JPN|state:RUS", at: AT };
  const reject: Decision = { kind: "reject", edge: "cooperation:state:JPN|state:RUS", at: "2026-11-25T11:00:00Z" };
  const rename: Decision = { kind: "rename", node: "leader:a", label: "A", at: AT };

  it("a later verdict on the same relation replaces the earlier one", () => {
    const c = recordDecision(recordDecision(recordDecision(emptyCuration(), accept), rename), reject);
    expect(c.decisions).toEqual([rename, reject]);
  });

  it("keeps the file in time order: a decision dated before the last one takes its date", () => {
    const c = recordDecision(recordDecision(emptyCuration(), reject), { ...rename, at: "2026-11-25T09:00:00Z" });
    expect(c.decisions.map((d) => d.at)).toEqual([reject.at, reject.at]);
  });

  it("recording the same decision twice keeps one", () => {
    const c = recordDecision(recordDecision(emptyCuration(), rename), { ...rename, at: "2026-11-25T12:00:00Z" });
    expect(c.decisions).toHaveLength(1);
  });

  it("undo removes one decision and names a missing index", () => {
    const c = recordDecision(recordDecision(emptyCuration(), accept), rename);
    expect(removeDecision(c, 0).decisions).toEqual([rename]);
    expect(() => removeDecision(c, 2)).toThrow(/no decision 2 \(the file has 2\)/);
  });

  it("serialises canonically: fixed field order, newline, parseable back", () => {
    const shuffled = {
      note: "n",
      at: AT,
      edge: "dispute:state:A|state:B",
      to: "alliance",
      kind: "retype",
    } as unknown as Decision;
    const text = serializeCuration(recordDecision(emptyCuration(), shuffled));
    expect(text).toBe(
      `{\n  "version": 1,\n  "decisions": [\n    {\n      "kind": "retype",\n      "edge": "dispute:state:A|state:B",\n      "to": "alliance",\n      "at": "${AT}",\n      "note": "n"\n    }\n  ]\n}\n`,
    );
    expect(serializeCuration(parseCuration(text))).toBe(text);
  });
});
