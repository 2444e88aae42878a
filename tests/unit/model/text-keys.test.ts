import { describe, expect, it } from "vitest";
import { foldForMatch } from "../../../src/eval/match.ts";
import { foldForSearch } from "../../../src/explorer/search.ts";
import { fold } from "../../../src/extract/text/normalise.ts";
import { leaderNameKey } from "../../../src/knowledge/leaders.ts";
import { formKey } from "../../../src/knowledge/states.ts";
import {
  compareCodeUnits,
  compareFrench,
  FOLDS,
  foldText,
  slugify,
  type FoldOptions,
} from "../../../src/model/text-keys.ts";

type Variant = keyof typeof FOLDS;
const VARIANTS = Object.keys(FOLDS) as Variant[];
const ALL = Object.fromEntries(VARIANTS.map((v) => [v, true])) as Record<Variant, boolean>;
const NONE = Object.fromEntries(VARIANTS.map((v) => [v, false])) as Record<Variant, boolean>;

/** Two spellings, and for each fold variant whether they must be one key. */
const TABLE: [string, string, Record<Variant, boolean>][] = [
  ["Choïgou", "Choigou", ALL],
  ["Sergueï Lavrov", "SERGUEI LAVROV", ALL],
  ["Mañana", "Manana", ALL],
  ["L’Écho", "l'echo", ALL],
  ["Corée du Nord", "Corée du Sud", NONE],
  ["Niger", "Nigeria", NONE],
  ["Poutine", "Putin", NONE],
  ["Kim Jong-un", "Kim Jong Un", { ...ALL, token: false, outletName: false }],
  ["États-Unis", "Etats  Unis", { ...ALL, token: false, outletName: false }],
  ["Le  Monde ", "le monde", { ...ALL, token: false }],
  ["N'Guessan", "NGuessan", { ...NONE, leaderName: true }],
  ["Tuila'epa", "Tuilaʻepa", { ...ALL, search: false }],
  ["Œcuménique", "Oecumenique", { ...NONE, token: true, leaderName: true, search: true }],
  ["Ægir", "aegir", { ...NONE, token: true, leaderName: true, search: true }],
  ["Jonas Gahr Støre", "Jonas Gahr Store", { ...NONE, leaderName: true, search: true }],
  ["Strauß", "Strauss", { ...NONE, leaderName: true, search: true }],
  ["Lech Wałęsa", "Lech Walesa", { ...NONE, leaderName: true, search: true }],
];

describe("text keys: one table of the names that must and must not fold together", () => {
  for (const [a, b, expected] of TABLE)
    for (const variant of VARIANTS)
      it(`${variant}: "${a}" ${expected[variant] ? "≡" : "≢"} "${b}"`, () => {
        const options: FoldOptions = FOLDS[variant];
        expect(foldText(a, options) === foldText(b, options)).toBe(expected[variant]);
      });

  it("each caller folds through its named variant", () => {
    const callers: [Variant, (value: string) => string][] = [
      ["token", fold],
      ["stateForm", formKey],
      ["leaderName", leaderNameKey],
      ["search", foldForSearch],
      ["scoreMatch", foldForMatch],
    ];
    for (const [variant, caller] of callers)
      for (const [a, b] of TABLE) {
        expect(caller(a)).toBe(foldText(a, FOLDS[variant]));
        expect(caller(b)).toBe(foldText(b, FOLDS[variant]));
      }
  });

  it("folds as each variant says", () => {
    expect(foldText("Sergueï Choïgou", FOLDS.token)).toBe("serguei choigou");
    expect(foldText("l’Œuvre", FOLDS.token)).toBe("l'oeuvre");
    expect(foldText(" Corée-du-Nord ", FOLDS.stateForm)).toBe("coree du nord");
    expect(foldText("Jean-Yves Le Drian", FOLDS.leaderName)).toBe("jean yves le drian");
    expect(foldText("Côte d’Ivoire", FOLDS.search)).toBe("cote d ivoire");
    expect(foldText("Côte d’Ivoire (RCI)", FOLDS.scoreMatch)).toBe("cote d'ivoire rci");
  });

  it("drops only the basic combining marks for the scorer, as score.mjs does", () => {
    // U+20DD (combining enclosing circle) is a mark outside U+0300–U+036F.
    expect(foldText("a\u20dd", FOLDS.token)).toBe("a");
    expect(foldText("a\u20ddb", FOLDS.scoreMatch)).toBe("a b");
  });
});

describe("slugs and orders", () => {
  it.each([
    ["Xi Jinping", "xi-jinping"],
    ["Sergueï Choïgou", "serguei-choigou"],
    ["  --Ursula von der Leyen!", "ursula-von-der-leyen"],
    ["Œ", ""],
  ])("slugify(%j) is %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("orders by code unit for files, by French reading order for people", () => {
    const names = ["Zambie", "Égypte", "Allemagne", "allemand"];
    expect([...names].sort(compareCodeUnits)).toEqual(["Allemagne", "Zambie", "allemand", "Égypte"]);
    expect([...names].sort(compareFrench)).toEqual(["Allemagne", "allemand", "Égypte", "Zambie"]);
  });
});
