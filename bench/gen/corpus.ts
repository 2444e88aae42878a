/**
 * Deterministic synthetic corpora for the extraction benchmarks: French-like news articles recombined from sentence
 * templates, with real states (capitals and demonyms from the knowledge data) and invented leaders given French
 * titles. Same count and seed → same bytes, so runs and machines compare like with like.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadStates, type StateEntry } from "../../src/knowledge/states.ts";
import { createRng, hashString } from "../../src/layout/rng.ts";

export interface SyntheticArticle {
  file: string;
  text: string;
  date: string;
}

interface Actor {
  capital: string;
  /** Masculine singular demonym ("russe"). */
  demonym: string;
  leaders: { name: string; title: string }[];
}

const FIRST = [
  "Jean",
  "Marc",
  "Anna",
  "Ivan",
  "Sofia",
  "Karim",
  "Lena",
  "Pedro",
  "Hiro",
  "Amina",
  "Olaf",
  "Nadia",
  "Tomas",
  "Yuki",
  "Rafael",
  "Irina",
  "Omar",
  "Clara",
  "Mehmet",
  "Greta",
];
const LAST = [
  "Moreau",
  "Petrenko",
  "Almeida",
  "Tanaka",
  "Haddad",
  "Lindqvist",
  "Novak",
  "Okafor",
  "Rossi",
  "Kowalski",
  "Baranov",
  "Duarte",
  "Nakamura",
  "Benali",
  "Eriksen",
  "Varga",
  "Castillo",
  "Yilmaz",
  "Horvat",
  "Mensah",
];
const TITLES = ["président", "Premier ministre", "ministre des Affaires étrangères"];

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** States with a usable capital and demonym, each with three invented leaders. */
function buildActors(seed: number): Actor[] {
  const rng = createRng(seed ^ 0x5eed);
  const usable = loadStates().filter(
    (s: StateEntry) =>
      s.status === "member" && s.capitals.length > 0 && s.demonyms.length > 0 && s.ambiguous.length === 0,
  );
  return usable.map((state) => {
    // The masculine singular is the shortest inflection ("russe" < "russes", "japonais" < "japonaise").
    const demonym = [...state.demonyms].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0]!;
    const leaders = TITLES.map((title) => ({ name: `${pick(rng, FIRST)} ${pick(rng, LAST)}`, title }));
    return { capital: state.capitals[0]!, demonym, leaders };
  });
}

const RELATION_SENTENCES: ((a: Actor, b: Actor, rng: Rng) => string)[] = [
  (a, b) => `${a.capital} et ${b.capital} ont signé un accord de coopération économique et énergétique.`,
  (a, b, rng) => {
    const la = pick(rng, a.leaders);
    const lb = pick(rng, b.leaders);
    return `Le ${la.title.replace(/^(\S+)/, `$1 ${a.demonym}`)} ${la.name} a rencontré son homologue ${b.demonym}, ${lb.name}, pour des entretiens consacrés à la sécurité régionale.`;
  },
  (a, b) => `${a.capital} accuse ${b.capital} de violer ses frontières et dénonce une provocation inacceptable.`,
  (a, b) =>
    `Les relations entre ${a.capital} et ${b.capital} se sont nettement dégradées depuis le différend territorial.`,
  (a, b) => `${a.capital} et ${b.capital} ont conclu une alliance militaire et prévoient des manœuvres conjointes.`,
  (a, b, rng) =>
    `Le président ${a.demonym} ${a.leaders[0]!.name} s'est entretenu par téléphone avec le président ${b.demonym} ${b.leaders[0]!.name}, a indiqué ${rng() < 0.5 ? "la présidence" : "son service de presse"}.`,
  (a, b) => `${a.capital} a condamné les sanctions imposées par ${b.capital} et menace de riposter.`,
  (a, b) =>
    `Le partenariat stratégique entre ${a.capital} et ${b.capital} sera renforcé dans les domaines de l'énergie et des transports.`,
];

const FILLER = [
  "La rencontre a duré plus de deux heures, selon une source diplomatique.",
  "Les discussions porteront également sur la situation économique de la région et sur les échanges commerciaux.",
  "Aucune déclaration commune n'a été publiée à l'issue de la réunion.",
  "Les observateurs estiment que cette visite marque une étape importante pour la stabilité régionale.",
  "Le texte doit encore être ratifié par les parlements avant son entrée en vigueur.",
  "Plusieurs experts interrogés se montrent prudents quant à la portée réelle de ces annonces.",
  "La prochaine session des négociations est prévue au printemps prochain.",
  "Selon les chiffres officiels, le volume des échanges a progressé au cours de l'année écoulée.",
];

const THEMES = [
  "nouvel accord",
  "tensions à la frontière",
  "visite officielle",
  "sommet bilatéral",
  "coopération renforcée",
  "crise diplomatique",
];

/** Generates `count` articles; article `i` depends only on `seed` and `i`, so a corpus of 1,000 is a prefix of 10,000. */
export function generateCorpus(count: number, seed = 1): SyntheticArticle[] {
  const actors = buildActors(seed);
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const rng = createRng(hashString(`${seed}:${i}`));
    const cast = Array.from({ length: 2 + Math.floor(rng() * 3) }, () => pick(rng, actors));
    const [a, b] = [cast[0]!, cast[1] === cast[0] ? cast[(cast.length - 1) as number]! : cast[1]!];
    const lines = [`${a.capital} et ${b.capital} : ${pick(rng, THEMES)} (dépêche ${i + 1})`, ""];
    const paragraphs = 4 + Math.floor(rng() * 4);
    for (let p = 0; p < paragraphs; p++) {
      const sentences: string[] = [];
      const length = 2 + Math.floor(rng() * 3);
      for (let s = 0; s < length; s++) {
        if (rng() < 0.45) sentences.push(pick(rng, FILLER));
        else {
          const x = pick(rng, cast);
          let y = pick(rng, cast);
          if (y === x) y = x === a ? b : a;
          sentences.push(pick(rng, RELATION_SENTENCES)(x, y, rng));
        }
      }
      // A number unique to the article, so the intake's duplicate check never merges two synthetic articles.
      if (p === 0)
        sentences.push(
          `Le montant en jeu atteindrait ${((i * 7919) % 100_000) + 1000} millions d'euros, selon la dépêche numéro ${i + 1}.`,
        );
      lines.push(sentences.join(" "), "");
    }
    const day = 1 + Math.floor(rng() * 28);
    const month = 1 + Math.floor(rng() * 12);
    const year = 2000 + Math.floor(rng() * 25);
    articles.push({
      file: `${String(i).padStart(6, "0")}.txt`,
      text: lines.join("\n"),
      date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    });
  }
  return articles;
}

/** Writes a corpus folder (articles + `metadata.json` with dates, language "fr"); returns its total size in bytes. */
export function writeCorpus(dir: string, articles: readonly SyntheticArticle[]): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const metadata: Record<string, { date: string; outlet: string }> = {};
  for (const article of articles) {
    const data = Buffer.from(article.text, "utf8");
    bytes += data.length;
    writeFileSync(join(dir, article.file), data);
    metadata[article.file] = { date: article.date, outlet: "Dépêches synthétiques" };
  }
  writeFileSync(join(dir, "metadata.json"), JSON.stringify(metadata));
  return bytes;
}
