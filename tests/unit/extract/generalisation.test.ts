/**
 * Generalisation check for the rule-based extractor: ~45 fresh French news sentences (AFP / Le Monde / France 24 /
 * RFI style), written for this test and not taken from the bundled articles in `graph-data/articles/`. Each case is
 * annotated by hand with what the sentence actually STATES, not with what the extractor happens to produce.
 *
 * Per case:
 *  - `leaders`: the exact set of leaders (name, ISO alpha-3 code of the state served). A name matches an extracted
 *    leader on its full folded form or its last word ("M. Erdogan" = "Recep Tayyip Erdogan").
 *  - `relations`: relations that MUST be extracted, as unordered pairs. An endpoint is an ISO alpha-3 code (state) or
 *    an expected leader's name.
 *  - `allowed`: extra relations a reasonable annotator would tolerate (implied but not stated, e.g. the states of two
 *    leaders who meet). Any extracted relation that is neither required nor allowed fails the case.
 *  - `notLeaders`: people who must not become leaders (journalists, analysts, opponents).
 *  - `notActors`: states that must not take part in any relation (places: "à Paris", "au Canada", "à la Maison-Blanche").
 *
 * Cases that the extractor currently gets wrong are listed in KNOWN_FAILING and run with `it.fails`: the suite stays
 * green, and a case that starts passing (a fix landed) turns red so it can be moved out of the list.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/article.ts";
import { graphFromExtractions } from "../../../src/extract/index.ts";
import type { ArticleExtraction, LocalActor } from "../../../src/extract/types.ts";
import type { ArticleMeta } from "../../../src/model/types.ts";
import { foldName, isStateCode, lastNameWord } from "../eval-heldout/name-match.ts";

type Rel = "cooperation" | "dispute" | "alliance";
type Triple = [Rel, string, string];

interface Case {
  id: string;
  text: string;
  leaders: [string, string][];
  relations: Triple[];
  allowed?: Triple[];
  notLeaders?: string[];
  notActors?: string[];
}

const CASES: Case[] = [
  // ---- titles in many forms --------------------------------------------------------------------------------------
  {
    id: "homologue-after-comma",
    text: "Le président français Emmanuel Macron a reçu lundi à Paris son homologue ukrainien, Volodymyr Zelensky, pour discuter de l'aide militaire à Kiev.",
    leaders: [["Emmanuel Macron", "FRA"], ["Volodymyr Zelensky", "UKR"]],
    relations: [["cooperation", "Emmanuel Macron", "Volodymyr Zelensky"]],
    allowed: [["cooperation", "FRA", "UKR"], ["cooperation", "Emmanuel Macron", "UKR"]],
  },
  {
    id: "chef-diplomatie-feminine-demonym",
    text: "Le chef de la diplomatie chinoise, Wang Yi, s'est entretenu mardi avec le secrétaire d'État américain Antony Blinken, sans parvenir à un accord sur Taïwan.",
    leaders: [["Wang Yi", "CHN"], ["Antony Blinken", "USA"]],
    relations: [["cooperation", "Wang Yi", "Antony Blinken"]],
    allowed: [["cooperation", "CHN", "USA"]],
    notActors: ["TWN"],
  },
  {
    id: "premiere-ministre-feminine",
    text: "La Première ministre italienne Giorgia Meloni et le Premier ministre britannique Rishi Sunak ont signé jeudi en marge du sommet du G20 à New Delhi un accord de coopération sur l'immigration clandestine.",
    leaders: [["Giorgia Meloni", "ITA"], ["Rishi Sunak", "GBR"]],
    relations: [["cooperation", "Giorgia Meloni", "Rishi Sunak"]],
    allowed: [["cooperation", "ITA", "GBR"]],
    notActors: ["IND"],
  },
  {
    id: "apposition-then-monsieur",
    text:
      "Emmanuel Macron, le président français, s'est entretenu mercredi au téléphone avec son homologue turc Recep Tayyip Erdogan. " +
      "M. Erdogan a assuré qu'Ankara soutiendrait l'adhésion de la Suède à l'OTAN.",
    leaders: [["Emmanuel Macron", "FRA"], ["Recep Tayyip Erdogan", "TUR"]],
    relations: [["cooperation", "Emmanuel Macron", "Recep Tayyip Erdogan"], ["cooperation", "TUR", "SWE"]],
    allowed: [["cooperation", "FRA", "TUR"], ["cooperation", "Recep Tayyip Erdogan", "SWE"]],
  },
  {
    id: "chancelier",
    text: "Le chancelier allemand Olaf Scholz a promis vendredi à Kiev de nouvelles livraisons de chars Leopard à l'Ukraine.",
    leaders: [["Olaf Scholz", "DEU"]],
    relations: [["cooperation", "Olaf Scholz", "UKR"]],
    allowed: [["cooperation", "DEU", "UKR"]],
  },
  {
    id: "title-after-name-no-article",
    text: "Giorgia Meloni, cheffe du gouvernement italien, a signé mardi à Tunis un partenariat migratoire avec le président tunisien Kaïs Saïed.",
    leaders: [["Giorgia Meloni", "ITA"], ["Kaïs Saïed", "TUN"]],
    relations: [["cooperation", "Giorgia Meloni", "Kaïs Saïed"]],
    allowed: [["cooperation", "ITA", "TUN"], ["cooperation", "Giorgia Meloni", "TUN"]],
  },
  {
    id: "apposition-without-article-alliance",
    text: "Keir Starmer, Premier ministre britannique, a annoncé jeudi le déploiement de troupes supplémentaires en Estonie, alliée du Royaume-Uni au sein de l'OTAN.",
    leaders: [["Keir Starmer", "GBR"]],
    relations: [["alliance", "EST", "GBR"]],
    allowed: [["cooperation", "Keir Starmer", "EST"], ["alliance", "Keir Starmer", "EST"], ["cooperation", "GBR", "EST"]],
  },
  {
    id: "roi-without-demonym",
    text: "Le roi Charles III a reçu mardi au château de Windsor le président nigérian Bola Tinubu, pour la première visite d'État d'un dirigeant nigérian au Royaume-Uni depuis 1989.",
    leaders: [["Charles III", "GBR"], ["Bola Tinubu", "NGA"]],
    relations: [["cooperation", "Charles III", "Bola Tinubu"]],
    allowed: [["cooperation", "NGA", "GBR"], ["cooperation", "Bola Tinubu", "GBR"], ["cooperation", "Charles III", "NGA"]],
  },
  {
    id: "prince-heritier-particle-ben",
    text: "Le prince héritier saoudien Mohammed ben Salmane a reçu jeudi à Djeddah le chef de la diplomatie iranienne, Abbas Araghchi, signe du rapprochement entre Riyad et Téhéran.",
    leaders: [["Mohammed ben Salmane", "SAU"], ["Abbas Araghchi", "IRN"]],
    relations: [["cooperation", "Mohammed ben Salmane", "Abbas Araghchi"], ["cooperation", "SAU", "IRN"]],
    allowed: [["cooperation", "Mohammed ben Salmane", "IRN"], ["cooperation", "Abbas Araghchi", "SAU"]],
  },
  {
    id: "porte-parole-ministere-demonym-inside",
    text: "La porte-parole du ministère chinois des Affaires étrangères, Mao Ning, a mis en garde Manille contre toute « provocation » en mer de Chine méridionale.",
    leaders: [["Mao Ning", "CHN"]],
    relations: [["dispute", "Mao Ning", "PHL"]],
    allowed: [["dispute", "CHN", "PHL"]],
  },
  {
    id: "ministre-portfolio-and-homologue-two-relations",
    text: "Le ministre russe des Affaires étrangères Sergueï Lavrov et son homologue chinois Wang Yi ont dénoncé ensemble l'« hégémonie » américaine lors d'une rencontre à Pékin.",
    leaders: [["Sergueï Lavrov", "RUS"], ["Wang Yi", "CHN"]],
    relations: [
      ["cooperation", "Sergueï Lavrov", "Wang Yi"],
      ["dispute", "Sergueï Lavrov", "USA"],
      ["dispute", "Wang Yi", "USA"],
    ],
    allowed: [["cooperation", "RUS", "CHN"], ["dispute", "RUS", "USA"], ["dispute", "CHN", "USA"]],
  },
  {
    id: "long-name-with-particle",
    text: "Le président brésilien Luiz Inácio Lula da Silva et le président chinois Xi Jinping ont signé mardi à Pékin une quinzaine d'accords commerciaux.",
    leaders: [["Luiz Inácio Lula da Silva", "BRA"], ["Xi Jinping", "CHN"]],
    relations: [["cooperation", "Luiz Inácio Lula da Silva", "Xi Jinping"]],
    allowed: [["cooperation", "BRA", "CHN"]],
  },
  {
    id: "name-particle-al-hyphen",
    text: "Le Premier ministre irakien Mohammed Chia al-Soudani a reçu mardi à Bagdad le ministre turc des Affaires étrangères, Hakan Fidan.",
    leaders: [["Mohammed Chia al-Soudani", "IRQ"], ["Hakan Fidan", "TUR"]],
    relations: [],
    allowed: [["cooperation", "Mohammed Chia al-Soudani", "Hakan Fidan"], ["cooperation", "IRQ", "TUR"]],
  },
  {
    id: "defence-ministers-hyphenated-name",
    text: "Le ministre allemand de la Défense, Boris Pistorius, et son homologue polonais, Władysław Kosiniak-Kamysz, ont annoncé mardi la création d'une brigade conjointe.",
    leaders: [["Boris Pistorius", "DEU"], ["Władysław Kosiniak-Kamysz", "POL"]],
    relations: [["cooperation", "Boris Pistorius", "Władysław Kosiniak-Kamysz"]],
    allowed: [["cooperation", "DEU", "POL"]],
  },
  {
    id: "initial-in-name",
    text: "Le ministre indien des Affaires étrangères S. Jaishankar a rencontré mercredi à Moscou son homologue russe Sergueï Lavrov pour évoquer les livraisons de pétrole.",
    leaders: [["S. Jaishankar", "IND"], ["Sergueï Lavrov", "RUS"]],
    relations: [["cooperation", "S. Jaishankar", "Sergueï Lavrov"]],
    allowed: [["cooperation", "IND", "RUS"]],
  },
  {
    id: "chef-de-l-etat-nameless-reference",
    text:
      "Le président sénégalais Bassirou Diomaye Faye a été reçu jeudi à l'Élysée par Emmanuel Macron. " +
      "Le chef de l'État sénégalais a plaidé pour un « partenariat rénové » avec la France.",
    // Emmanuel Macron has no title here, but a reader (and the known-leaders file) knows he is France's president.
    leaders: [["Bassirou Diomaye Faye", "SEN"], ["Emmanuel Macron", "FRA"]],
    relations: [["cooperation", "Bassirou Diomaye Faye", "FRA"], ["cooperation", "Emmanuel Macron", "Bassirou Diomaye Faye"]],
    allowed: [["cooperation", "SEN", "FRA"]],
  },
  {
    id: "homologue-without-name-coreference",
    text:
      "Le président chinois Xi Jinping s'est entretenu jeudi par téléphone avec Donald Trump. " +
      "M. Xi a appelé son homologue américain à « gérer les différends » entre les deux pays.",
    leaders: [["Xi Jinping", "CHN"], ["Donald Trump", "USA"]],
    relations: [["cooperation", "Xi Jinping", "Donald Trump"], ["dispute", "CHN", "USA"]],
    allowed: [["dispute", "Xi Jinping", "Donald Trump"], ["cooperation", "CHN", "USA"]],
  },
  {
    id: "name-before-title-netanyahu",
    text: "Benjamin Netanyahu, le Premier ministre israélien, a rencontré lundi à Washington le président américain Donald Trump.",
    leaders: [["Benjamin Netanyahu", "ISR"], ["Donald Trump", "USA"]],
    relations: [["cooperation", "Benjamin Netanyahu", "Donald Trump"]],
    allowed: [["cooperation", "ISR", "USA"]],
  },
  {
    id: "rejette-les-critiques",
    text: "Le Premier ministre israélien, Benyamin Netanyahou, a rejeté dimanche les critiques du président américain Joe Biden sur la conduite de la guerre à Gaza.",
    leaders: [["Benyamin Netanyahou", "ISR"], ["Joe Biden", "USA"]],
    relations: [["dispute", "Benyamin Netanyahou", "Joe Biden"]],
    allowed: [["dispute", "ISR", "USA"], ["dispute", "ISR", "PSE"], ["dispute", "Benyamin Netanyahou", "PSE"]],
  },
  {
    id: "spelling-zelenskyy",
    text: "Le président ukrainien Volodymyr Zelenskyy a remercié le Danemark pour la livraison d'avions de combat F-16.",
    leaders: [["Volodymyr Zelenskyy", "UKR"]],
    relations: [["cooperation", "Volodymyr Zelenskyy", "DNK"]],
    allowed: [["cooperation", "UKR", "DNK"]],
  },

  // ---- capitals as metonyms, demonyms, compounds -----------------------------------------------------------------
  {
    id: "capital-metonym-sanctions-par",
    text: "Pékin a dénoncé lundi les nouvelles sanctions imposées par Washington contre plusieurs entreprises chinoises de semi-conducteurs.",
    leaders: [],
    relations: [["dispute", "CHN", "USA"]],
  },
  {
    id: "two-capitals-sign-accord",
    text: "Washington et Séoul ont signé mercredi un accord renforçant leur coopération en matière de dissuasion nucléaire face à la Corée du Nord.",
    leaders: [],
    relations: [["cooperation", "USA", "KOR"]],
    allowed: [["dispute", "USA", "PRK"], ["dispute", "KOR", "PRK"]],
  },
  {
    id: "compound-sino-americain",
    text: "Les tensions sino-américaines se sont encore aggravées après le survol de Taïwan par des avions militaires chinois.",
    leaders: [],
    relations: [["dispute", "CHN", "USA"]],
    allowed: [["dispute", "CHN", "TWN"]],
  },
  {
    id: "compound-franco-allemand-malgre",
    text: "Le couple franco-allemand a affiché sa solidarité face à la crise énergétique, malgré leurs divergences sur le nucléaire.",
    leaders: [],
    relations: [["cooperation", "FRA", "DEU"], ["dispute", "FRA", "DEU"]],
  },
  {
    id: "compound-israelo-palestinien-and-roi-de-state",
    text: "Le conflit israélo-palestinien a dominé les échanges entre le roi Abdallah II de Jordanie et le président égyptien Abdel Fattah al-Sissi, réunis dimanche à Amman.",
    leaders: [["Abdallah II", "JOR"], ["Abdel Fattah al-Sissi", "EGY"]],
    relations: [["dispute", "ISR", "PSE"], ["cooperation", "Abdallah II", "Abdel Fattah al-Sissi"]],
    allowed: [["cooperation", "JOR", "EGY"]],
  },
  {
    id: "compound-indo-pakistanais-analyst",
    text: "Les tensions indo-pakistanaises ont ravivé les craintes d'une escalade au Cachemire, selon l'analyste Michael Kugelman.",
    leaders: [],
    relations: [["dispute", "IND", "PAK"]],
    notLeaders: ["Michael Kugelman"],
  },
  {
    id: "demonym-authorities",
    text: "Les autorités iraniennes ont accusé mardi Israël d'être à l'origine de l'assassinat d'un scientifique nucléaire près de Téhéran.",
    leaders: [],
    relations: [["dispute", "IRN", "ISR"]],
  },
  {
    id: "adjectival-demonym-agent",
    text: "Téhéran a promis une riposte « sévère » après les frappes israéliennes contre ses installations nucléaires.",
    leaders: [],
    relations: [["dispute", "IRN", "ISR"]],
  },
  {
    id: "army-demonym-attack",
    text: "L'armée russe a lancé dans la nuit de samedi à dimanche une vaste attaque de drones contre l'Ukraine, a indiqué l'armée de l'air ukrainienne.",
    leaders: [],
    relations: [["dispute", "RUS", "UKR"]],
  },
  {
    id: "capital-with-two-words-expulsions",
    text: "Ottawa et New Delhi ont expulsé chacun six diplomates de l'autre pays, sur fond d'accusations liées à l'assassinat d'un militant sikh au Canada.",
    leaders: [],
    relations: [["dispute", "CAN", "IND"]],
  },
  {
    id: "territorial-claim",
    text: "Le Venezuela revendique depuis des décennies l'Essequibo, une vaste région riche en pétrole administrée par le Guyana.",
    leaders: [],
    relations: [["dispute", "VEN", "GUY"]],
  },

  // ---- alliances -------------------------------------------------------------------------------------------------
  {
    id: "alliance-and-dispute-pourtant",
    text: "La Turquie et la Grèce, pourtant alliées au sein de l'OTAN, s'opposent depuis des décennies sur la délimitation de leurs frontières maritimes en mer Égée.",
    leaders: [],
    relations: [["alliance", "TUR", "GRC"], ["dispute", "TUR", "GRC"]],
  },
  {
    id: "pacte-defense-mutuelle",
    text: "L'Arabie saoudite et le Pakistan ont signé mercredi à Riyad un pacte de défense mutuelle, prévoyant que toute agression contre l'un des deux pays sera considérée comme une agression contre les deux.",
    leaders: [],
    relations: [["alliance", "SAU", "PAK"]],
    allowed: [["cooperation", "SAU", "PAK"]],
  },
  {
    id: "alliance-three-states",
    text: "L'Australie, le Royaume-Uni et les États-Unis ont renforcé leur alliance Aukus en annonçant la livraison de sous-marins à propulsion nucléaire à Canberra.",
    leaders: [],
    relations: [["alliance", "AUS", "GBR"], ["alliance", "AUS", "USA"], ["alliance", "GBR", "USA"]],
    allowed: [["cooperation", "AUS", "GBR"], ["cooperation", "AUS", "USA"], ["cooperation", "GBR", "USA"]],
  },
  {
    id: "alliance-entre-capitals",
    text: "Le président sud-coréen Lee Jae-myung a réaffirmé mardi la solidité de l'alliance entre Séoul et Washington, face aux tirs de missiles de Pyongyang.",
    leaders: [["Lee Jae-myung", "KOR"]],
    relations: [["alliance", "KOR", "USA"]],
    allowed: [["alliance", "Lee Jae-myung", "USA"], ["dispute", "KOR", "PRK"], ["dispute", "USA", "PRK"], ["dispute", "Lee Jae-myung", "PRK"]],
  },

  // ---- negation, contrast, several relations ---------------------------------------------------------------------
  {
    id: "negation-aucun-accord",
    text: "L'Inde et la Chine n'ont conclu aucun accord sur le tracé de leur frontière himalayenne lors de cette nouvelle session.",
    leaders: [],
    relations: [],
    allowed: [["dispute", "IND", "CHN"]],
  },
  {
    id: "negation-ne-pas-parvenus-long-gap",
    text: "Moscou et Kiev ne sont toujours pas parvenus à un accord sur un échange de prisonniers, a indiqué samedi le médiateur.",
    leaders: [],
    relations: [],
    allowed: [["dispute", "RUS", "UKR"]],
  },
  {
    id: "negation-refuse-de",
    text: "Le président brésilien Luiz Inácio Lula da Silva a une nouvelle fois refusé de condamner la Russie pour son invasion de l'Ukraine.",
    leaders: [["Luiz Inácio Lula da Silva", "BRA"]],
    relations: [["dispute", "RUS", "UKR"]],
  },
  {
    id: "contrast-malgre-leurs-differends",
    text: "Malgré leurs différends sur le commerce, Tokyo et Séoul ont convenu de renforcer leur coopération face à la menace nord-coréenne.",
    leaders: [],
    relations: [["cooperation", "JPN", "KOR"], ["dispute", "JPN", "KOR"]],
    allowed: [["dispute", "JPN", "PRK"], ["dispute", "KOR", "PRK"]],
  },
  {
    id: "conflict-and-peace-seat-locative",
    text: "L'Arménie et l'Azerbaïdjan, en conflit depuis plus de trois décennies pour le contrôle du Haut-Karabakh, ont paraphé un accord de paix à la Maison-Blanche.",
    leaders: [],
    relations: [["dispute", "ARM", "AZE"], ["cooperation", "ARM", "AZE"]],
    notActors: ["USA"],
  },
  {
    id: "two-clauses-tandis-que",
    text: "La France a rappelé son ambassadeur en Algérie, tandis que l'Espagne a renforcé sa coopération énergétique avec Alger.",
    leaders: [],
    relations: [["dispute", "FRA", "DZA"], ["cooperation", "ESP", "DZA"]],
  },
  {
    id: "sanctions-and-supply",
    text: "Le Royaume-Uni a annoncé de nouvelles sanctions contre l'Iran, accusé de fournir des drones à la Russie.",
    leaders: [],
    relations: [["dispute", "GBR", "IRN"], ["cooperation", "IRN", "RUS"]],
  },
  {
    id: "support-of-non-actor",
    text: "Le Premier ministre indien Narendra Modi a accusé le Pakistan de soutenir le terrorisme transfrontalier, après l'attentat qui a tué 26 touristes au Cachemire.",
    leaders: [["Narendra Modi", "IND"]],
    relations: [["dispute", "Narendra Modi", "PAK"]],
    allowed: [["dispute", "IND", "PAK"]],
  },
  {
    id: "dative-capital-not-locative",
    text:
      "Recep Tayyip Erdogan, le président turc, a menacé la Suède de bloquer son adhésion à l'OTAN. " +
      "M. Erdogan reproche à Stockholm sa tolérance envers des militants kurdes.",
    leaders: [["Recep Tayyip Erdogan", "TUR"]],
    relations: [["dispute", "Recep Tayyip Erdogan", "SWE"]],
    allowed: [["dispute", "TUR", "SWE"]],
  },
  {
    id: "restored-relations-mediation",
    text: "L'Arabie saoudite et l'Iran ont rétabli leurs relations diplomatiques dans le cadre d'un accord négocié sous l'égide de la Chine.",
    leaders: [],
    relations: [["cooperation", "SAU", "IRN"]],
    allowed: [["cooperation", "CHN", "SAU"], ["cooperation", "CHN", "IRN"]],
  },

  // ---- no relation: co-mentions, non-leaders, non-state actors ---------------------------------------------------
  {
    id: "no-relation-festival",
    text: "Le président sud-coréen Lee Jae-myung s'est rendu samedi en Italie pour assister à la Mostra de Venise, où un film sud-coréen était présenté en compétition.",
    leaders: [["Lee Jae-myung", "KOR"]],
    relations: [],
    notActors: ["ITA"],
  },
  {
    id: "no-relation-photographer",
    text: "Le photographe français Jean Dupont a été libéré jeudi par les autorités iraniennes après six mois de détention à Téhéran.",
    leaders: [],
    relations: [],
    allowed: [["dispute", "FRA", "IRN"]],
    notLeaders: ["Jean Dupont"],
  },
  {
    id: "researcher-quoted",
    text: "« Pékin cherche à isoler Taïwan sur la scène internationale », estime le chercheur Jean-Pierre Cabestan, spécialiste de la Chine à l'université baptiste de Hong Kong.",
    leaders: [],
    relations: [["dispute", "CHN", "TWN"]],
    notLeaders: ["Jean-Pierre Cabestan"],
  },
  {
    id: "opponent-meets-president",
    text: "L'opposante bélarusse Svetlana Tikhanovskaïa a rencontré jeudi à Vilnius le président lituanien Gitanas Nauseda.",
    leaders: [["Gitanas Nauseda", "LTU"]],
    relations: [],
    notLeaders: ["Svetlana Tikhanovskaïa"],
    notActors: ["BLR"],
  },
  {
    id: "non-state-armed-group",
    text: "Le Hezbollah a tiré dimanche une salve de roquettes sur le nord de l'État hébreu, selon l'armée israélienne.",
    leaders: [],
    relations: [],
    notActors: ["LBN"],
  },
];

/**
 * Cases the extractor gets wrong today (see the review report). `it.fails` keeps CI green and alerts when one is fixed.
 */
const KNOWN_FAILING = new Set<string>([
]);

const VARIANT_LABELS = ["ukrainien", "israélien"];

// ---- harness ---------------------------------------------------------------------------------------------------

const fold = foldName;
const lastWord = lastNameWord;
const isCode = isStateCode;

function extract(text: string): ArticleExtraction {
  return extractArticle({ id: "generalisation", text: `Dépêche\n\n${text}\n`, date: "2025-01-01" });
}

/** The expected name a leader of the extraction stands for, or null. */
function matchLeader(name: string, expected: readonly string[]): string | null {
  return expected.find((e) => fold(e) === fold(name)) ?? expected.find((e) => lastWord(e) === lastWord(name)) ?? null;
}

interface Observed {
  leaders: string[];
  relations: string[];
}

function observe(x: ArticleExtraction, expectedNames: readonly string[]): { observed: Observed; label: (a: LocalActor) => string } {
  const label = (a: LocalActor) => {
    if (a.kind === "state") return a.code;
    const leader = x.leaders[a.index]!;
    return matchLeader(leader.name, expectedNames) ?? `?${leader.name}`;
  };
  return {
    label,
    observed: {
      leaders: x.leaders.map((l) => `${l.name} [${l.roles.map((r) => `${r.role}@${r.state}`).join(", ")}]`),
      relations: x.relations.map((r) => key([r.type, label(r.a), label(r.b)])),
    },
  };
}

const key = ([type, a, b]: Triple | [string, string, string]) => `${type}:${[a, b].sort().join("|")}`;

function problems(c: Case, x: ArticleExtraction): string[] {
  const out: string[] = [];
  const expectedNames = c.leaders.map(([n]) => n);
  const { observed } = observe(x, expectedNames);

  // Leaders: every expected one, with the right state; no other.
  for (const [name, code] of c.leaders) {
    const found = x.leaders.filter((l) => matchLeader(l.name, [name]) !== null);
    if (found.length === 0) out.push(`missing leader ${name} (${code})`);
    else if (!found.some((l) => l.roles.some((r) => r.state === code)))
      out.push(`leader ${name} lacks state ${code}: ${found.map((l) => l.roles.map((r) => r.state).join(",") || "no role").join("; ")}`);
    else if (found.length > 1) out.push(`leader ${name} split in ${found.length}`);
  }
  for (const l of x.leaders) if (matchLeader(l.name, expectedNames) === null) out.push(`unexpected leader ${l.name} [${l.roles.map((r) => r.state).join(",")}]`);
  for (const n of c.notLeaders ?? []) if (x.leaders.some((l) => lastWord(l.name) === lastWord(n))) out.push(`non-leader ${n} taken as a leader`);

  // Relations: required ⊆ found ⊆ required ∪ allowed.
  const required = new Set(c.relations.map(key));
  const allowed = new Set((c.allowed ?? []).map(key));
  const found = new Set(observed.relations);
  for (const r of required) if (!found.has(r)) out.push(`missing relation ${r}`);
  for (const r of found) if (!required.has(r) && !allowed.has(r)) out.push(`spurious relation ${r}`);
  for (const code of c.notActors ?? []) for (const r of found) if (r.split(/[:|]/).slice(1).includes(code)) out.push(`${code} must not be a relation actor: ${r}`);
  return out;
}

describe("extractor generalisation on fresh French news sentences", () => {
  it("annotations are well formed", () => {
    const ids = new Set<string>();
    for (const c of CASES) {
      expect(ids.has(c.id), c.id).toBe(false);
      ids.add(c.id);
      const names = new Set(c.leaders.map(([n]) => n));
      for (const [, a, b] of [...c.relations, ...(c.allowed ?? [])])
        for (const end of [a, b]) expect(isCode(end) || names.has(end), `${c.id}: ${end}`).toBe(true);
    }
    for (const label of VARIANT_LABELS) ids.add(`variant-${label}`);
    for (const id of KNOWN_FAILING) expect(ids.has(id), id).toBe(true);
  });

  for (const c of CASES) {
    const run = KNOWN_FAILING.has(c.id) ? it.fails : it;
    run(c.id, () => {
      const x = extract(c.text);
      expect(problems(c, x), `${c.text}\n${JSON.stringify(observe(x, c.leaders.map(([n]) => n)).observed, null, 1)}`).toEqual([]);
    });
  }
});

describe("name variants across articles resolve to one leader", () => {
  const variantPairs: [string, string, string, string][] = [
    [
      "Le président ukrainien Volodymyr Zelensky a rencontré lundi à Bruxelles les dirigeants européens.",
      "Le président ukrainien Volodymyr Zelenskyy a remercié le Danemark pour la livraison d'avions de combat F-16.",
      "ukrainien",
      "UKR",
    ],
    [
      "Le Premier ministre israélien, Benyamin Netanyahou, a rejeté dimanche les critiques du président américain Joe Biden.",
      "Benjamin Netanyahu, le Premier ministre israélien, a rencontré lundi à Washington le président américain Donald Trump.",
      "israélien",
      "ISR",
    ],
  ];
  for (const [one, two, label, code] of variantPairs) {
    const id = `variant-${label}`;
    const run = KNOWN_FAILING.has(id) ? it.fails : it;
    run(id, () => {
      const extractions = [one, two].map((text, i) => ({ ...extract(text), articleId: `a${i}` }));
      const graph = graphFromExtractions(
        extractions.map((e): ArticleMeta => ({
          id: e.articleId, file: `${e.articleId}.txt`, title: "Dépêche", outlet: null, date: "2025-01-01", datePrecision: "day", language: "fr", url: null, sha256: "0".repeat(64),
        })),
        extractions,
      );
      const leaders: string[] = [];
      graph.forEachNode((node, attributes) => {
        if ((attributes as { type: string }).type === "leader" && (attributes as { state?: string }).state?.endsWith(code))
          leaders.push(node);
      });
      expect(leaders).toHaveLength(1);
    });
  }
});
