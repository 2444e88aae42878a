// Blind held-out evaluation ("final" set): 12 fresh French news articles, written and annotated without looking at the
// extractor's source, its data, or the other held-out sets. The articles are captured the way a scraper sees a page
// (headline printed twice, byline, share widgets, "PUBLICITÉ", photo captions with credits, related headlines).
//
// Gold annotations describe what a careful reader finds in the BODY (never in the page chrome):
//   states      – every state the body mentions (by name, capital-as-metonym or adjective);
//   leaders     – people holding an office for a state, with that state;
//   relations   – relations the body states (unordered; endpoints are ISO alpha-3 codes or gold leader names);
//   allowed     – extra relations a reasonable annotator would tolerate (not needed for recall);
//   tolerated   – borderline people (ambassadors, ministry spokespeople, movement chiefs) ignored by leader scoring;
//   notLeaders  – journalists, experts, photographers, executives, supranational officials: extracting them is an error;
//   allowedStates – borderline state mentions (cities used only as venues, company nationalities) ignored by scoring.
//
// Scoring: a predicted relation is correct if it matches required ∪ allowed (same type, unordered pair); a gold leader
// endpoint is also satisfied by that leader's state. Recall counts required relations only. Leader names match
// case/accent-insensitively on the full name or the last word, and must carry the gold state. The figures are printed in
// afterAll; nothing is asserted about them. One test per article passes when it has no relation and no leader error;
// the articles observed failing are marked `it.fails` so the suite stays green.
import { afterAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/article.ts";
import { foldName, isStateCode, lastNameWord, nameMatches, percent } from "./name-match.ts";

type RelType = "cooperation" | "dispute" | "alliance";
const C: RelType = "cooperation";
const D: RelType = "dispute";
const A: RelType = "alliance";

type GoldRel = [string, string, RelType];

interface GoldLeader {
  name: string;
  state: string;
}

interface GoldArticle {
  id: string;
  outlet: string;
  date: string;
  text: string;
  states: string[];
  allowedStates?: string[];
  leaders: GoldLeader[];
  tolerated?: GoldLeader[];
  notLeaders?: string[];
  relations: GoldRel[];
  allowed?: GoldRel[];
}

/** Every unordered pair of `ends`, for each of `types` (used for tolerated intra-camp relations). */
function clique(ends: string[], ...types: RelType[]): GoldRel[] {
  const out: GoldRel[] = [];
  for (let i = 0; i < ends.length; i++)
    for (let j = i + 1; j < ends.length; j++) for (const t of types) out.push([ends[i]!, ends[j]!, t]);
  return out;
}

/** Every pair (x, y) with x in `xs`, y in `ys`. */
function cross(xs: string[], ys: string[], ...types: RelType[]): GoldRel[] {
  const out: GoldRel[] = [];
  for (const x of xs) for (const y of ys) for (const t of types) out.push([x, y, t]);
  return out;
}

const ARTICLES: GoldArticle[] = [
  // 1 ── AFP wire, Ethiopia–Egypt, GERD dam, July 2020
  {
    id: "afp-gerd-2020",
    outlet: "AFP",
    date: "2020-07-22",
    text: [
      "Barrage de la Renaissance : l'Egypte et l'Ethiopie campent sur leurs positions malgré la médiation de l'UA",
      "Barrage de la Renaissance : l'Egypte et l'Ethiopie campent sur leurs positions malgré la médiation de l'UA",
      "Par AFP - Publié le 22/07/2020 à 18h42",
      "Partager sur Facebook",
      "Partager sur Twitter",
      "Envoyer par e-mail",
      "PUBLICITÉ",
      "Le Premier ministre éthiopien Abiy Ahmed a assuré mercredi que le remplissage du Grand barrage de la Renaissance (GERD) sur le Nil Bleu se poursuivrait « conformément au calendrier », au lendemain d'un mini-sommet virtuel organisé par l'Union africaine.",
      "Le président sud-africain Cyril Ramaphosa, qui préside cette année l'UA, avait réuni mardi par visioconférence M. Abiy, le président égyptien Abdel Fattah al-Sissi et le Premier ministre soudanais Abdallah Hamdok pour tenter de relancer des négociations enlisées depuis près de dix ans.",
      "Le Caire accuse Addis Abeba de vouloir imposer un « fait accompli » et réclame un accord juridiquement contraignant sur la gestion de l'ouvrage, qu'il considère comme une menace existentielle pour l'Egypte, dépendante du Nil pour 97 % de son eau.",
      "« L'Egypte ne permettra à personne de toucher à sa part des eaux du Nil », a répété mercredi le ministre égyptien des Affaires étrangères, Sameh Choukri, lors d'un entretien télévisé.",
      "Khartoum, qui espère que le barrage régulera les crues du fleuve, s'inquiète néanmoins de la sécurité de ses propres installations, notamment du barrage de Roseires, situé à une centaine de kilomètres en aval.",
      "Le ministre éthiopien de l'Eau, Seleshi Bekele, a de son côté affirmé que les fortes pluies de juillet avaient permis d'atteindre l'objectif de remplissage de la première année, soit 4,9 milliards de mètres cubes.",
      "Selon Mehari Tadesse, chercheur à l'Institut d'études de sécurité, les trois pays restent « très loin d'un compromis sur le partage des eaux en période de sécheresse ».",
      "Washington, qui avait parrainé des pourparlers en début d'année, n'était pas parvenu à faire signer un accord à l'Ethiopie, qui avait boycotté la dernière séance.",
      "str/ab/jca",
    ].join("\n"),
    states: ["ETH", "EGY", "SDN", "ZAF", "USA"],
    leaders: [
      { name: "Abiy Ahmed", state: "ETH" },
      { name: "Cyril Ramaphosa", state: "ZAF" },
      { name: "Abdel Fattah al-Sissi", state: "EGY" },
      { name: "Abdallah Hamdok", state: "SDN" },
      { name: "Sameh Choukri", state: "EGY" },
      { name: "Seleshi Bekele", state: "ETH" },
    ],
    notLeaders: ["Mehari Tadesse"],
    relations: [["EGY", "ETH", D]],
    allowed: [
      ["Abdel Fattah al-Sissi", "Abiy Ahmed", D],
      ["Abdel Fattah al-Sissi", "ETH", D],
      ["Abiy Ahmed", "EGY", D],
      ["Sameh Choukri", "ETH", D],
      ["Seleshi Bekele", "EGY", D],
      ...cross(["Cyril Ramaphosa"], ["Abiy Ahmed", "Abdel Fattah al-Sissi", "Abdallah Hamdok"], C),
      ...clique(["Abiy Ahmed", "Abdel Fattah al-Sissi", "Abdallah Hamdok"], C),
      ["SDN", "ETH", D],
      ["USA", "ETH", D],
      ...cross(["USA"], ["ETH", "EGY", "SDN"], C),
    ],
  },

  // 2 ── AFP wire, Qatar blockade, June 2017
  {
    id: "afp-qatar-blockade-2017",
    outlet: "AFP",
    date: "2017-06-05",
    text: [
      "Le Qatar isolé par ses voisins du Golfe, accusé de soutenir le « terrorisme »",
      "Le Qatar isolé par ses voisins du Golfe, accusé de soutenir le « terrorisme »",
      "AFP",
      "Publié le lundi 5 juin 2017 à 21h10 - Mis à jour à 22h35",
      "Réagir",
      "Partager",
      "Tweeter",
      "PUBLICITÉ",
      "L'Arabie saoudite, les Emirats arabes unis, Bahreïn et l'Egypte ont annoncé lundi la rupture de leurs relations diplomatiques avec le Qatar, accusé de « soutenir le terrorisme », la plus grave crise dans la région depuis la création du Conseil de coopération du Golfe (CCG) en 1981.",
      "Ryad a fermé sa frontière terrestre avec l'émirat, seul accès routier du petit pays, et les trois monarchies du Golfe ont donné quatorze jours aux ressortissants qataris pour quitter leur territoire.",
      "Le ministère qatari des Affaires étrangères a dénoncé des mesures « injustifiées » fondées sur des « allégations sans fondement », assurant que la vie des citoyens et des résidents ne serait pas affectée.",
      "Le ministre des Affaires étrangères, cheikh Mohammed ben Abderrahmane Al-Thani, a appelé au dialogue, tandis que l'émir, cheikh Tamim ben Hamad Al-Thani, a reporté un discours qu'il devait prononcer dans la soirée à la demande de l'émir du Koweït.",
      "Le Koweït, qui n'a pas rompu avec Doha, a proposé sa médiation : l'émir Sabah al-Ahmad al-Sabah s'est entretenu au téléphone avec son homologue qatari et doit se rendre mardi à Ryad pour rencontrer le roi Salmane.",
      "Le Yémen, le gouvernement libyen de l'est et les Maldives ont également annoncé rompre avec Doha.",
      "À Ankara, le président turc Recep Tayyip Erdogan a regretté des sanctions qui « ne résoudront aucun problème » et promis de maintenir ses liens avec le Qatar, où la Turquie dispose d'une base militaire.",
      "L'Iran, que les pays du Golfe accusent Doha de ménager, a appelé à la retenue et proposé d'ouvrir ses ports pour ravitailler l'émirat.",
      "bur-sf/tp",
      "Sur le même sujet",
      "Crise diplomatique : Trump s'attribue le mérite de l'isolement du Qatar",
      "Coupe du monde 2022 : la FIFA « en contact » avec le comité d'organisation",
    ].join("\n"),
    states: ["SAU", "ARE", "BHR", "EGY", "QAT", "KWT", "YEM", "LBY", "MDV", "TUR", "IRN"],
    leaders: [
      { name: "Mohammed ben Abderrahmane Al-Thani", state: "QAT" },
      { name: "Tamim ben Hamad Al-Thani", state: "QAT" },
      { name: "Sabah al-Ahmad al-Sabah", state: "KWT" },
      { name: "Salmane", state: "SAU" },
      { name: "Recep Tayyip Erdogan", state: "TUR" },
    ],
    relations: [
      ["SAU", "QAT", D],
      ["ARE", "QAT", D],
      ["BHR", "QAT", D],
      ["EGY", "QAT", D],
      ["YEM", "QAT", D],
      ["MDV", "QAT", D],
      ["Sabah al-Ahmad al-Sabah", "Tamim ben Hamad Al-Thani", C],
      ["Recep Tayyip Erdogan", "QAT", C],
      ["IRN", "QAT", C],
    ],
    allowed: [
      ["LBY", "QAT", D],
      ["Sabah al-Ahmad al-Sabah", "Salmane", C],
      ["KWT", "SAU", C],
      ["Recep Tayyip Erdogan", "QAT", A],
      ["TUR", "QAT", A],
      ...cross(["Recep Tayyip Erdogan"], ["SAU", "ARE", "BHR", "EGY"], D),
      ...clique(["SAU", "ARE", "BHR", "EGY"], C, A),
      ...cross(["SAU", "ARE", "BHR", "EGY"], ["IRN"], D),
      ...cross(["Tamim ben Hamad Al-Thani", "Mohammed ben Abderrahmane Al-Thani"], ["SAU", "ARE", "BHR", "EGY"], D),
      ["Salmane", "QAT", D],
      ["Salmane", "Tamim ben Hamad Al-Thani", D],
    ],
  },

  // 3 ── Libération, Japan–South Korea export controls, August 2019
  {
    id: "libe-japon-coree-2019",
    outlet: "Libération",
    date: "2019-08-02",
    text: [
      "Commerce : Tokyo raye Séoul de sa « liste blanche », la colère monte en Corée du Sud",
      "Commerce : Tokyo raye Séoul de sa « liste blanche », la colère monte en Corée du Sud",
      "Par Arnaud Vaulerin, correspondant à Tokyo — 2 août 2019 à 19:05",
      "Partager",
      "Facebook",
      "Twitter",
      "Abonnez-vous",
      "Le Premier ministre Shinzo Abe à Tokyo, le 2 août. Photo Kazuhiro Nogi. AFP",
      "PUBLICITÉ",
      "Le gouvernement japonais a approuvé vendredi le retrait de la Corée du Sud de la liste des pays bénéficiant de procédures simplifiées pour l'exportation de produits sensibles, une décision qui entrera en vigueur le 28 août et qui aggrave la pire crise entre les deux voisins depuis des décennies.",
      "Le Premier ministre Shinzo Abe justifie la mesure par des « raisons de sécurité nationale », sans convaincre à Séoul, où l'on y voit des représailles aux décisions de la Cour suprême sud-coréenne condamnant des entreprises nippones à indemniser des victimes du travail forcé pendant la colonisation.",
      "« Nous ne perdrons plus jamais contre le Japon », a lancé le président Moon Jae-in lors d'une réunion de crise retransmise à la télévision, promettant une riposte « proportionnée ».",
      "Le vice-Premier ministre chargé de l'Economie, Hong Nam-ki, a annoncé que Séoul retirerait à son tour l'archipel de sa propre liste de partenaires de confiance.",
      "La veille, à Bangkok, une rencontre entre le ministre japonais des Affaires étrangères, Taro Kono, et son homologue sud-coréenne, Kang Kyung-wha, n'avait débouché sur rien, malgré les appels au calme du secrétaire d'Etat américain Mike Pompeo, présent au forum régional de l'Asean.",
      "Washington s'inquiète d'un affaiblissement de la coopération entre ses deux alliés face à la Corée du Nord, qui a encore tiré deux projectiles de courte portée dans la nuit.",
      "Dans les rues de Séoul, le boycott des bières et des vêtements japonais s'étend, et les agences de voyages font état d'une chute des réservations vers le Japon.",
    ].join("\n"),
    states: ["JPN", "KOR", "USA", "PRK"],
    allowedStates: ["THA"],
    leaders: [
      { name: "Shinzo Abe", state: "JPN" },
      { name: "Moon Jae-in", state: "KOR" },
      { name: "Hong Nam-ki", state: "KOR" },
      { name: "Taro Kono", state: "JPN" },
      { name: "Kang Kyung-wha", state: "KOR" },
      { name: "Mike Pompeo", state: "USA" },
    ],
    notLeaders: ["Arnaud Vaulerin", "Kazuhiro Nogi"],
    relations: [
      ["JPN", "KOR", D],
      ["Moon Jae-in", "JPN", D],
      ["USA", "JPN", A],
      ["USA", "KOR", A],
    ],
    allowed: [
      ["Shinzo Abe", "KOR", D],
      ["Shinzo Abe", "Moon Jae-in", D],
      ["Hong Nam-ki", "JPN", D],
      ["Taro Kono", "Kang Kyung-wha", C],
      ["Taro Kono", "Kang Kyung-wha", D],
      ["JPN", "KOR", C],
      ...cross(["Mike Pompeo"], ["Taro Kono", "Kang Kyung-wha"], C),
      ...cross(["USA"], ["JPN", "KOR"], C),
      ...cross(["USA", "JPN", "KOR"], ["PRK"], D),
    ],
  },

  // 4 ── Le Parisien, Ceuta migration crisis Spain–Morocco, May 2021
  {
    id: "parisien-ceuta-2021",
    outlet: "Le Parisien",
    date: "2021-05-18",
    text: [
      "Ceuta : l'Espagne envoie l'armée après l'arrivée de 6 000 migrants depuis le Maroc",
      "Par Le Parisien avec AFP",
      "Le 18 mai 2021 à 20h14, modifié le 18 mai 2021 à 22h01",
      "Des soldats espagnols sur la plage de Tarajal, à Ceuta, ce mardi. REUTERS/Jon Nazca",
      "PUBLICITÉ",
      "Partager",
      "Commenter",
      "Le Premier ministre espagnol Pedro Sánchez s'est rendu ce mardi à Ceuta, enclave espagnole au nord du Maroc, où plus de 6 000 personnes, dont 1 500 mineurs, sont entrées à la nage ou en escaladant les digues en moins de 48 heures.",
      "« Nous serons fermes pour garantir l'intégrité territoriale de Ceuta et de Melilla », a martelé le chef du gouvernement, qui a fait déployer des militaires sur la plage frontalière de Tarajal.",
      "Madrid soupçonne Rabat d'avoir délibérément relâché les contrôles à la frontière pour protester contre l'hospitalisation en Espagne de Brahim Ghali, le chef des indépendantistes sahraouis du Front Polisario, soigné depuis avril à Logroño pour le Covid-19.",
      "La ministre espagnole des Affaires étrangères, Arancha González Laya, a convoqué l'ambassadrice du Maroc, Karima Benyaich, pour lui exprimer son « rejet » de la situation. Rabat a aussitôt rappelé sa diplomate pour consultations.",
      "Le ministre marocain des Affaires étrangères, Nasser Bourita, avait prévenu début mai que l'accueil de Ghali aurait « des conséquences ».",
      "Arrivé d'Alger avec un passeport diplomatique algérien, le dirigeant sahraoui a été admis sous une fausse identité, selon la presse espagnole.",
      "La Commission européenne a apporté son soutien à l'Espagne, son vice-président Margaritis Schinas affirmant que « personne ne peut intimider l'Europe ».",
      "Plus de 4 000 migrants ont déjà été renvoyés vers le Maroc, selon le ministère espagnol de l'Intérieur.",
      "À LIRE AUSSI",
      "Migrants : à Lampedusa, l'afflux record relance le débat en Italie",
      "Sahara occidental : Donald Trump reconnaît la souveraineté du Maroc",
    ].join("\n"),
    states: ["ESP", "MAR", "DZA"],
    allowedStates: ["ESH"],
    leaders: [
      { name: "Pedro Sánchez", state: "ESP" },
      { name: "Arancha González Laya", state: "ESP" },
      { name: "Nasser Bourita", state: "MAR" },
    ],
    tolerated: [
      { name: "Karima Benyaich", state: "MAR" },
      { name: "Brahim Ghali", state: "ESH" },
    ],
    notLeaders: ["Margaritis Schinas", "Jon Nazca"],
    relations: [["ESP", "MAR", D]],
    allowed: [
      ["Pedro Sánchez", "MAR", D],
      ["Arancha González Laya", "MAR", D],
      ["Arancha González Laya", "Karima Benyaich", D],
      ["Nasser Bourita", "ESP", D],
      ["Nasser Bourita", "Pedro Sánchez", D],
      ["Brahim Ghali", "MAR", D],
      ["Brahim Ghali", "ESP", C],
      ["Brahim Ghali", "DZA", C],
      ["ESH", "MAR", D],
      ["DZA", "MAR", D],
      ["ESP", "MAR", C],
    ],
  },

  // 5 ── France Info, Colombia–Venezuela border reopening, September 2022
  {
    id: "franceinfo-colombie-venezuela-2022",
    outlet: "France Info",
    date: "2022-09-26",
    text: [
      "La Colombie et le Venezuela rouvrent leur frontière commune après sept ans de fermeture",
      "Publié le 26/09/2022 19:32",
      "Article rédigé par franceinfo avec AFP",
      "France Télévisions",
      "Temps de lecture : 2 min",
      "Un camion traverse le pont Simón Bolívar entre Cúcuta (Colombie) et San Antonio del Táchira (Venezuela), le 26 septembre 2022. (SCHNEYDER MENDOZA / AFP)",
      "PUBLICITÉ",
      "Partager",
      "La Colombie et le Venezuela ont rouvert lundi 26 septembre leur frontière commune aux camions de marchandises, une étape clé du rapprochement engagé par le nouveau président colombien Gustavo Petro avec le gouvernement de Nicolás Maduro.",
      "Des responsables des deux pays ont assisté à la traversée d'un premier camion sur le pont Simón Bolívar, qui relie la ville colombienne de Cúcuta à San Antonio del Táchira, dans l'Etat vénézuélien de Táchira.",
      "« Aujourd'hui, nous rouvrons la frontière et nous commençons à rétablir la fraternité », a déclaré Gustavo Petro, présent à Cúcuta aux côtés de son ministre du Commerce, Germán Umaña.",
      "Nicolás Maduro, qui était attendu sur place, ne s'est finalement pas déplacé et s'est adressé à la foule par visioconférence depuis Caracas, saluant « un jour historique ».",
      "Les deux pays avaient rompu leurs relations diplomatiques en 2019, lorsque Bogota avait reconnu l'opposant Juan Guaidó comme président par intérim du Venezuela.",
      "Depuis l'investiture de Gustavo Petro, le 7 août, des ambassadeurs ont de nouveau été nommés à Bogota et à Caracas, et les vols commerciaux doivent reprendre.",
      "Les échanges commerciaux entre les deux voisins, qui avaient dépassé 7 milliards de dollars en 2008, étaient tombés à environ 400 millions de dollars l'an dernier, selon la Chambre de commerce colombo-vénézuélienne.",
    ].join("\n"),
    states: ["COL", "VEN"],
    leaders: [
      { name: "Gustavo Petro", state: "COL" },
      { name: "Nicolás Maduro", state: "VEN" },
      { name: "Germán Umaña", state: "COL" },
    ],
    tolerated: [{ name: "Juan Guaidó", state: "VEN" }],
    notLeaders: ["Schneyder Mendoza", "Simón Bolívar"],
    relations: [
      ["COL", "VEN", C],
      ["Gustavo Petro", "Nicolás Maduro", C],
    ],
    allowed: [
      ["Gustavo Petro", "VEN", C],
      ["Nicolás Maduro", "COL", C],
      ["Germán Umaña", "VEN", C],
      ["Germán Umaña", "Nicolás Maduro", C],
      ["COL", "VEN", D],
      ["Juan Guaidó", "COL", C],
      ["Juan Guaidó", "Nicolás Maduro", D],
    ],
  },

  // 6 ── RTBF, Serbia–Kosovo licence plates, September 2021
  {
    id: "rtbf-serbie-kosovo-2021",
    outlet: "RTBF",
    date: "2021-09-28",
    text: [
      "Tensions à la frontière entre la Serbie et le Kosovo : Belgrade met son armée en alerte",
      "RTBF avec agences",
      "Publié le mardi 28 septembre 2021 à 17h20",
      "Partager",
      "Copier le lien",
      "PUBLICITÉ",
      "La tension est encore montée d'un cran mardi dans le nord du Kosovo, où des centaines de Serbes bloquent depuis dix jours deux postes-frontières pour protester contre l'obligation faite aux véhicules immatriculés en Serbie de poser des plaques provisoires.",
      "Des avions de chasse serbes ont survolé la zone frontalière, et le ministre serbe de la Défense, Nebojša Stefanović, a inspecté des unités placées en état d'alerte près de la frontière.",
      "Le Premier ministre kosovar Albin Kurti défend une mesure de « réciprocité » : Belgrade impose depuis 2008 la même règle aux voitures immatriculées au Kosovo, dont elle ne reconnaît pas l'indépendance.",
      "Le président serbe Aleksandar Vučić a accusé Pristina de vouloir « provoquer un conflit » et exigé le retrait des unités spéciales de la police kosovare déployées aux postes de Jarinje et Brnjak.",
      "L'ambassadeur de Russie à Belgrade, Alexandre Botsan-Khartchenko, a accompagné M. Stefanović lors de sa tournée des casernes, un geste de soutien de Moscou à son allié serbe.",
      "Bruxelles a appelé à la désescalade, le chef de la diplomatie européenne Josep Borrell s'entretenant au téléphone avec MM. Kurti et Vučić, tandis que l'émissaire de l'UE Miroslav Lajčák a été dépêché dans la région.",
      "Les Etats-Unis ont également exhorté les deux parties à « faire preuve de retenue ».",
      "Lire aussi :",
      "Belgique : le gouvernement De Croo adopte son budget 2022",
      "Kosovo : Pristina et Belgrade à nouveau autour de la table à Bruxelles",
    ].join("\n"),
    states: ["XKX", "SRB", "RUS", "USA"],
    allowedStates: ["BEL"],
    leaders: [
      { name: "Nebojša Stefanović", state: "SRB" },
      { name: "Albin Kurti", state: "XKX" },
      { name: "Aleksandar Vučić", state: "SRB" },
    ],
    tolerated: [{ name: "Alexandre Botsan-Khartchenko", state: "RUS" }],
    notLeaders: ["Josep Borrell", "Miroslav Lajčák"],
    relations: [
      ["SRB", "XKX", D],
      ["Aleksandar Vučić", "XKX", D],
      ["RUS", "SRB", A],
    ],
    allowed: [
      ["Albin Kurti", "SRB", D],
      ["Albin Kurti", "Aleksandar Vučić", D],
      ["Nebojša Stefanović", "XKX", D],
      ["RUS", "SRB", C],
      ["Alexandre Botsan-Khartchenko", "Nebojša Stefanović", C],
      ["Alexandre Botsan-Khartchenko", "SRB", C],
      ...cross(["USA"], ["SRB", "XKX"], C),
    ],
  },

  // 7 ── Le Temps, Iran nuclear deal (JCPOA), July 2015
  {
    id: "letemps-jcpoa-2015",
    outlet: "Le Temps",
    date: "2015-07-14",
    text: [
      "Accord historique sur le nucléaire iranien à Vienne",
      "Accord historique sur le nucléaire iranien à Vienne",
      "Par Stéphane Bussard, Vienne",
      "Publié le 14 juillet 2015 à 13:47. Modifié le 14 juillet 2015 à 18:20.",
      "Le ministre iranien des Affaires étrangères, Mohammad Javad Zarif, et le secrétaire d'Etat américain, John Kerry, au Palais Coburg. © Carlos Barria / Reuters",
      "PUBLICITÉ",
      "Abonnez-vous à cet auteur",
      "Après vingt-deux mois de négociations et dix-huit jours de marathon diplomatique au Palais Coburg, l'Iran et les six grandes puissances du groupe 5+1 (Etats-Unis, Royaume-Uni, France, Russie, Chine et Allemagne) ont conclu mardi un accord encadrant le programme nucléaire de Téhéran.",
      "En échange d'une limitation de ses capacités d'enrichissement et d'inspections renforcées de l'AIEA, la République islamique obtiendra la levée progressive des sanctions internationales qui étranglent son économie.",
      "« C'est un moment historique », s'est félicité le ministre iranien des Affaires étrangères, Mohammad Javad Zarif, qui a longuement négocié en tête-à-tête avec le secrétaire d'Etat américain John Kerry.",
      "À Washington, le président Barack Obama a salué un accord qui « ferme toutes les voies vers l'arme atomique » et promis d'opposer son veto à toute tentative du Congrès de le bloquer.",
      "À Téhéran, le président Hassan Rohani a estimé que « les prières de la nation iranienne ont été exaucées ».",
      "Le premier ministre israélien, Benyamin Netanyahou, a en revanche dénoncé une « erreur historique » et affirmé qu'Israël n'était pas lié par ce texte, qui selon lui permettra à l'Iran d'obtenir la bombe.",
      "Genève et Lausanne, où s'étaient tenues plusieurs sessions, peuvent revendiquer leur part du succès : le chef du Département fédéral des affaires étrangères, Didier Burkhalter, a rappelé que la Suisse représente les intérêts américains à Téhéran depuis 1980.",
      "L'accord doit encore être entériné par le Conseil de sécurité de l'ONU.",
    ].join("\n"),
    states: ["IRN", "USA", "GBR", "FRA", "RUS", "CHN", "DEU", "ISR", "CHE"],
    allowedStates: ["AUT"],
    leaders: [
      { name: "Mohammad Javad Zarif", state: "IRN" },
      { name: "John Kerry", state: "USA" },
      { name: "Barack Obama", state: "USA" },
      { name: "Hassan Rohani", state: "IRN" },
      { name: "Benyamin Netanyahou", state: "ISR" },
      { name: "Didier Burkhalter", state: "CHE" },
    ],
    notLeaders: ["Stéphane Bussard", "Carlos Barria"],
    relations: [
      ...cross(["IRN"], ["USA", "GBR", "FRA", "RUS", "CHN", "DEU"], C),
      ["Mohammad Javad Zarif", "John Kerry", C],
      ["Benyamin Netanyahou", "IRN", D],
    ],
    allowed: [
      ...clique(["USA", "GBR", "FRA", "RUS", "CHN", "DEU"], C),
      ["Barack Obama", "IRN", C],
      ["Hassan Rohani", "USA", C],
      ["Barack Obama", "Hassan Rohani", C],
      ["Mohammad Javad Zarif", "USA", C],
      ["John Kerry", "IRN", C],
      ["IRN", "USA", D],
      ["Benyamin Netanyahou", "USA", D],
      ["Benyamin Netanyahou", "Barack Obama", D],
      ["Benyamin Netanyahou", "Hassan Rohani", D],
      ["CHE", "USA", C],
      ["CHE", "IRN", C],
      ["Didier Burkhalter", "USA", C],
      ["Didier Burkhalter", "IRN", C],
    ],
  },

  // 8 ── Le Devoir, Australia–China trade war and the doctored image, December 2020
  {
    id: "ledevoir-australie-chine-2020",
    outlet: "Le Devoir",
    date: "2020-12-01",
    text: [
      "Canberra exige des excuses de Pékin après un tweet jugé « répugnant »",
      "Canberra exige des excuses de Pékin après un tweet jugé « répugnant »",
      "Agence France-Presse à Sydney",
      "1 décembre 2020",
      "Asie",
      "Partager",
      "Facebook",
      "Twitter",
      "Courriel",
      "Imprimer",
      "PUBLICITÉ",
      "Le premier ministre australien, Scott Morrison, a exigé lundi des excuses de la Chine après la publication par un porte-parole de la diplomatie chinoise, Zhao Lijian, d'une image truquée montrant un soldat australien menaçant un enfant afghan avec un couteau.",
      "« Le gouvernement chinois devrait avoir profondément honte de cette publication », a déclaré M. Morrison, dénonçant un message « véritablement répugnant ».",
      "Pékin a rejeté la demande et accusé Canberra de chercher à détourner l'attention des crimes de guerre présumés commis par ses forces spéciales en Afghanistan, documentés dans un rapport publié le mois dernier.",
      "L'incident survient trois jours après l'imposition par la Chine de droits de douane allant jusqu'à 212 % sur les vins australiens, dernier épisode d'une guerre commerciale déclenchée au printemps, lorsque Canberra avait réclamé une enquête indépendante sur l'origine de la pandémie de COVID-19.",
      "L'orge, le bœuf, le charbon et le homard australiens font déjà l'objet de restrictions, et le ministre du Commerce, Simon Birmingham, estime que ces mesures pourraient coûter des milliards de dollars aux exportateurs.",
      "La Nouvelle-Zélande, les États-Unis et la France ont exprimé leur préoccupation au sujet de l'image, le gouvernement de Jacinda Ardern jugeant qu'elle n'était « pas factuelle ».",
      "Ottawa observe la querelle avec attention : les relations sino-canadiennes sont au plus bas depuis l'arrestation à Vancouver, en décembre 2018, de la dirigeante de Huawei Meng Wanzhou, suivie de la détention en Chine de Michael Kovrig et de Michael Spavor.",
    ].join("\n"),
    states: ["AUS", "CHN", "AFG", "NZL", "USA", "FRA", "CAN"],
    leaders: [
      { name: "Scott Morrison", state: "AUS" },
      { name: "Simon Birmingham", state: "AUS" },
      { name: "Jacinda Ardern", state: "NZL" },
    ],
    tolerated: [{ name: "Zhao Lijian", state: "CHN" }],
    notLeaders: ["Meng Wanzhou", "Michael Kovrig", "Michael Spavor"],
    relations: [
      ["AUS", "CHN", D],
      ["Scott Morrison", "CHN", D],
      ["CAN", "CHN", D],
    ],
    allowed: [
      ["Simon Birmingham", "CHN", D],
      ...cross(["NZL", "USA", "FRA", "Jacinda Ardern"], ["CHN", "Zhao Lijian"], D),
      ...cross(["NZL", "USA", "FRA", "Jacinda Ardern"], ["AUS", "Scott Morrison"], C),
      ["Zhao Lijian", "AUS", D],
      ["Zhao Lijian", "Scott Morrison", D],
      ["AUS", "AFG", D],
    ],
  },

  // 9 ── Al-Ahram Hebdo, Abraham accords, September 2020
  {
    id: "ahram-accords-abraham-2020",
    outlet: "Al-Ahram Hebdo",
    date: "2020-09-16",
    text: [
      "Normalisation : Abou-Dhabi et Manama scellent leur rapprochement avec Israël à Washington",
      "Normalisation : Abou-Dhabi et Manama scellent leur rapprochement avec Israël à Washington",
      "Al-Ahram Hebdo avec agences",
      "Mercredi, 16 septembre 2020",
      "Imprimer",
      "Envoyer",
      "Partager",
      "PUBLICITÉ",
      "Les Emirats arabes unis et Bahreïn ont signé mardi à la Maison Blanche des accords de normalisation de leurs relations avec Israël, devenant les troisième et quatrième pays arabes à reconnaître l'Etat hébreu, après l'Egypte en 1979 et la Jordanie en 1994.",
      "Le premier ministre israélien, Benyamin Netanyahou, le ministre émirati des Affaires étrangères, cheikh Abdallah bin Zayed, et le chef de la diplomatie bahreïnie, Abdellatif al-Zayani, ont paraphé les documents sous le regard du président américain, Donald Trump, qui a salué « l'aube d'un nouveau Moyen-Orient ».",
      "Les accords prévoient l'ouverture d'ambassades ainsi qu'une coopération dans les domaines du tourisme, de la sécurité, de l'énergie et de la santé.",
      "Le prince héritier d'Abou-Dhabi, Mohamed bin Zayed, considéré comme le véritable dirigeant des Emirats, n'a pas fait le déplacement.",
      "A Ramallah, le président palestinien Mahmoud Abbas a dénoncé un « coup de poignard dans le dos », estimant qu'aucune paix ne sera possible sans la fin de l'occupation.",
      "Le Caire a salué, par la voix du président Abdel-Fattah Al-Sissi, une initiative susceptible de « contribuer à la stabilité », tandis que la Turquie et l'Iran ont vivement condamné ces accords.",
      "Pour Amr Hamdi, chercheur au Centre d'études politiques et stratégiques d'Al-Ahram, « les Emirats ont obtenu un gel de l'annexion, mais les Palestiniens ont perdu l'un de leurs derniers leviers ».",
      "Lire aussi :",
      "Le Soudan sur la voie de la normalisation ?",
      "Barrage de la Renaissance : Le Caire dénonce l'intransigeance d'Addis-Abeba",
    ].join("\n"),
    states: ["ARE", "BHR", "ISR", "EGY", "JOR", "USA", "PSE", "TUR", "IRN"],
    leaders: [
      { name: "Benyamin Netanyahou", state: "ISR" },
      { name: "Abdallah bin Zayed", state: "ARE" },
      { name: "Abdellatif al-Zayani", state: "BHR" },
      { name: "Donald Trump", state: "USA" },
      { name: "Mohamed bin Zayed", state: "ARE" },
      { name: "Mahmoud Abbas", state: "PSE" },
      { name: "Abdel-Fattah Al-Sissi", state: "EGY" },
    ],
    notLeaders: ["Amr Hamdi"],
    relations: [
      ["ARE", "ISR", C],
      ["BHR", "ISR", C],
      ["Benyamin Netanyahou", "Abdallah bin Zayed", C],
      ["Benyamin Netanyahou", "Abdellatif al-Zayani", C],
      ["Mahmoud Abbas", "ARE", D],
    ],
    allowed: [
      ["Abdallah bin Zayed", "Abdellatif al-Zayani", C],
      ["ARE", "BHR", C],
      ...cross(["Donald Trump"], ["Benyamin Netanyahou", "Abdallah bin Zayed", "Abdellatif al-Zayani"], C),
      ...cross(["Mohamed bin Zayed"], ["ISR", "Benyamin Netanyahou"], C),
      ["Mahmoud Abbas", "BHR", D],
      ["Mahmoud Abbas", "ISR", D],
      ["Mahmoud Abbas", "Mohamed bin Zayed", D],
      ["Mahmoud Abbas", "Abdallah bin Zayed", D],
      ["Mahmoud Abbas", "Abdellatif al-Zayani", D],
      ["PSE", "ISR", D],
      ...cross(["Abdel-Fattah Al-Sissi"], ["ARE", "BHR", "ISR"], C),
      ...cross(["EGY", "JOR"], ["ISR"], C),
      ...cross(["TUR", "IRN"], ["ARE", "BHR", "ISR"], D),
    ],
  },

  // 10 ── Le Soleil (Dakar), Senegal–Mauritania gas field agreement, February 2018
  {
    id: "lesoleil-senegal-mauritanie-2018",
    outlet: "Le Soleil",
    date: "2018-02-10",
    text: [
      "Gisement gazier Grand Tortue Ahmeyim : Macky Sall et Mohamed Ould Abdel Aziz signent l'accord de coopération",
      "Par Babacar Ndiaye (envoyé spécial à Nouakchott)",
      "Publié le 10 février 2018",
      "Partager sur WhatsApp",
      "Partager sur Facebook",
      "PUBLICITÉ",
      "Le président de la République, Macky Sall, et son homologue mauritanien, Mohamed Ould Abdel Aziz, ont signé vendredi à Nouakchott l'accord de coopération intergouvernemental pour l'exploitation du champ gazier Grand Tortue Ahmeyim, situé à cheval sur la frontière maritime entre les deux pays.",
      "Le texte fixe le partage à parts égales des revenus et des coûts du projet, dont les réserves sont estimées à 15 000 milliards de pieds cubes et dont la première production est attendue en 2021.",
      "« Ce gaz doit être un facteur d'intégration et de paix entre nos deux peuples », a déclaré le chef de l'Etat sénégalais lors de la cérémonie, en présence du ministre du Pétrole et des Energies, Mansour Elimane Kane, et de son homologue mauritanien, Mohamed Abdel Vetah.",
      "Cette visite intervient quelques jours après la mort d'un jeune pêcheur de Guet Ndar, à Saint-Louis, tué par des garde-côtes mauritaniens, un drame qui avait provoqué de violentes manifestations dans la capitale du Nord.",
      "Les deux chefs d'Etat ont convenu de relancer les négociations sur l'accord de pêche, qui fixe le nombre de licences accordées aux pirogues sénégalaises dans les eaux mauritaniennes.",
      "Le projet est conduit par le britannique BP et l'américain Kosmos Energy, qui doivent encore prendre leur décision finale d'investissement.",
      "Pour l'économiste Abdoulaye Sarr, ce partenariat « pourrait servir de modèle à une région où les frontières maritimes sont souvent sources de conflit ».",
    ].join("\n"),
    states: ["SEN", "MRT"],
    allowedStates: ["GBR", "USA"],
    leaders: [
      { name: "Macky Sall", state: "SEN" },
      { name: "Mohamed Ould Abdel Aziz", state: "MRT" },
      { name: "Mansour Elimane Kane", state: "SEN" },
      { name: "Mohamed Abdel Vetah", state: "MRT" },
    ],
    notLeaders: ["Babacar Ndiaye", "Abdoulaye Sarr"],
    relations: [
      ["SEN", "MRT", C],
      ["Macky Sall", "Mohamed Ould Abdel Aziz", C],
    ],
    allowed: [
      ["Macky Sall", "MRT", C],
      ["Mohamed Ould Abdel Aziz", "SEN", C],
      ["Mansour Elimane Kane", "Mohamed Abdel Vetah", C],
      ["Mansour Elimane Kane", "MRT", C],
      ["Mohamed Abdel Vetah", "SEN", C],
      ["SEN", "MRT", D],
    ],
  },

  // 11 ── AFP wire, South China Sea arbitration ruling, July 2016
  {
    id: "afp-mer-de-chine-2016",
    outlet: "AFP",
    date: "2016-07-12",
    text: [
      "Mer de Chine : Pékin rejette le verdict de La Haye, Manille appelle à la « retenue »",
      "Mer de Chine : Pékin rejette le verdict de La Haye, Manille appelle à la « retenue »",
      "AFP",
      "Publié le 12/07/2016 à 20:31",
      "Twitter Facebook Linkedin Email",
      "PUBLICITÉ",
      "La Chine a rejeté mardi avec véhémence la décision de la Cour permanente d'arbitrage de La Haye, qui a jugé que ses revendications historiques sur la quasi-totalité de la mer de Chine méridionale n'avaient « aucun fondement juridique ».",
      "Saisie en 2013 par les Philippines, après le face-à-face de 2012 autour du récif de Scarborough, la juridiction a également estimé que Pékin avait violé les droits souverains de Manille en entravant ses activités de pêche et d'exploration.",
      "« La souveraineté territoriale et les droits maritimes de la Chine ne seront en aucun cas affectés par ce jugement », a déclaré le président Xi Jinping, cité par l'agence Chine nouvelle.",
      "Le ministre chinois des Affaires étrangères, Wang Yi, a dénoncé « une farce politique » orchestrée sous couvert de droit.",
      "À Manille, le ministre des Affaires étrangères Perfecto Yasay a salué une décision « historique » tout en appelant « toutes les parties à la retenue et à la sobriété ».",
      "Le nouveau président philippin, Rodrigo Duterte, investi le 30 juin, s'est gardé de tout triomphalisme et s'était dit prêt à des discussions bilatérales avec Pékin.",
      "Washington, qui mène régulièrement des patrouilles navales dans la zone, a jugé la décision « juridiquement contraignante » et appelé la Chine à s'y conformer, tandis que le Japon, en conflit avec Pékin sur les îles Senkaku, a fait de même.",
      "Le Vietnam, la Malaisie et Brunei, qui revendiquent eux aussi des îlots de l'archipel des Spratleys, ont accueilli le verdict avec prudence.",
      "sbr-bar/cac/jh",
    ].join("\n"),
    states: ["CHN", "PHL", "USA", "JPN", "VNM", "MYS", "BRN"],
    allowedStates: ["NLD"],
    leaders: [
      { name: "Xi Jinping", state: "CHN" },
      { name: "Wang Yi", state: "CHN" },
      { name: "Perfecto Yasay", state: "PHL" },
      { name: "Rodrigo Duterte", state: "PHL" },
    ],
    relations: [
      ["CHN", "PHL", D],
      ["JPN", "CHN", D],
    ],
    allowed: [
      ["Xi Jinping", "PHL", D],
      ["Wang Yi", "PHL", D],
      ["Perfecto Yasay", "CHN", D],
      ["Rodrigo Duterte", "CHN", D],
      ["Rodrigo Duterte", "CHN", C],
      ["CHN", "PHL", C],
      ["USA", "CHN", D],
      ["USA", "PHL", C],
      ["JPN", "PHL", C],
      ...cross(["VNM", "MYS", "BRN"], ["CHN"], D),
    ],
  },

  // 12 ── Le Monde, Greece–Turkey in the eastern Mediterranean, August 2020
  {
    id: "lemonde-grece-turquie-2020",
    outlet: "Le Monde",
    date: "2020-08-13",
    text: [
      "En Méditerranée orientale, la tension monte entre Athènes et Ankara",
      "En Méditerranée orientale, la tension monte entre Athènes et Ankara",
      "Le Monde avec AFP et Reuters",
      "Publié le 13 août 2020 à 11h02 - Mis à jour le 13 août 2020 à 19h45",
      "Temps de Lecture 3 min.",
      "Offrir cet article",
      "Partager",
      "Le navire de recherche sismique turc « Oruç Reis », escorté par des bâtiments de la marine turque, au large d'Antalya, le 10 août. HANDOUT / AFP",
      "PUBLICITÉ",
      "La Grèce a réuni, jeudi 13 août, son conseil national de sécurité, au lendemain d'une « mini-collision » entre une frégate grecque et un navire de guerre turc qui escortait le bâtiment de recherche sismique Oruç Reis au sud de l'île de Kastellorizo.",
      "Ankara a envoyé lundi ce navire prospecter dans une zone que revendique Athènes, quelques jours après la signature d'un accord de délimitation maritime entre la Grèce et l'Egypte, que la Turquie juge « nul et non avenu ».",
      "Le président turc Recep Tayyip Erdogan a averti que toute attaque contre l'Oruç Reis se paierait « au prix fort », tandis que le premier ministre grec, Kyriakos Mitsotakis, a appelé à un « dialogue sincère » tout en se disant prêt à défendre la souveraineté de son pays.",
      "Emmanuel Macron a annoncé le renforcement temporaire de la présence militaire française en Méditerranée orientale, en coopération avec la Grèce, une décision saluée à Athènes et vivement critiquée par le ministre turc des Affaires étrangères, Mevlüt Çavuşoğlu.",
      "L'Allemagne, qui assure la présidence tournante de l'Union européenne, tente de jouer les médiateurs : la chancelière Angela Merkel s'est entretenue au téléphone avec les deux dirigeants.",
      "Le chef de la diplomatie grecque, Nikos Dendias, doit participer vendredi à une réunion extraordinaire des ministres des affaires étrangères de l'UE.",
      "Pour Deniz Aksoy, ancien diplomate turc et chercheur associé à l'Institut Egmont, Ankara cherche à « forcer Athènes à négocier sur l'ensemble des différends en mer Egée ».",
      "Sur le même sujet",
      "Entre la France et la Turquie, l'escalade verbale",
      "Libye : l'ONU s'inquiète d'une nouvelle offensive",
    ].join("\n"),
    states: ["GRC", "TUR", "EGY", "FRA", "DEU"],
    leaders: [
      { name: "Recep Tayyip Erdogan", state: "TUR" },
      { name: "Kyriakos Mitsotakis", state: "GRC" },
      { name: "Emmanuel Macron", state: "FRA" },
      { name: "Mevlüt Çavuşoğlu", state: "TUR" },
      { name: "Angela Merkel", state: "DEU" },
      { name: "Nikos Dendias", state: "GRC" },
    ],
    notLeaders: ["Deniz Aksoy"],
    relations: [
      ["GRC", "TUR", D],
      ["Recep Tayyip Erdogan", "GRC", D],
      ["GRC", "EGY", C],
      ["Emmanuel Macron", "GRC", C],
      ["Mevlüt Çavuşoğlu", "FRA", D],
      ["Angela Merkel", "Recep Tayyip Erdogan", C],
      ["Angela Merkel", "Kyriakos Mitsotakis", C],
    ],
    allowed: [
      ["TUR", "EGY", D],
      ["Recep Tayyip Erdogan", "Kyriakos Mitsotakis", D],
      ["Kyriakos Mitsotakis", "TUR", D],
      ["Nikos Dendias", "TUR", D],
      ["Emmanuel Macron", "TUR", D],
      ["Mevlüt Çavuşoğlu", "Emmanuel Macron", D],
      ["Mevlüt Çavuşoğlu", "GRC", D],
      ["FRA", "GRC", A],
      ["Emmanuel Macron", "GRC", A],
      ["Kyriakos Mitsotakis", "FRA", C],
      ["Emmanuel Macron", "Kyriakos Mitsotakis", C],
    ],
  },
];

/** Articles observed failing (relation or leader error) when the set was first scored. */
const KNOWN_FAILING = new Set<string>([
  "afp-gerd-2020",
  "afp-qatar-blockade-2017",
  "libe-japon-coree-2019",
  "parisien-ceuta-2021",
  "rtbf-serbie-kosovo-2021",
  "letemps-jcpoa-2015",
  "ledevoir-australie-chine-2020",
  "ahram-accords-abraham-2020",
  "lesoleil-senegal-mauritanie-2018",
  "afp-mer-de-chine-2016",
  "lemonde-grece-turquie-2020",
]);

// ───────────────────────────── scoring ─────────────────────────────

const nameMatchesGold = (pred: string, gold: string): boolean => nameMatches(pred, [gold]);

type PredEnd = { kind: "state"; code: string } | { kind: "leader"; name: string; states: string[] };

interface ArticleResult {
  id: string;
  relTP: number;
  relFP: string[];
  relFN: string[];
  relTPRecall: number;
  relRequired: number;
  stateTP: number;
  stateFP: string[];
  stateFN: string[];
  leaderTP: number;
  leaderFP: string[];
  leaderFN: string[];
  nonLeaders: string[];
  predLeaders: string[];
  predRelations: string[];
  ok: boolean;
}

function endLabel(e: PredEnd): string {
  return e.kind === "state" ? e.code : `${e.name}(${e.states.join("/")})`;
}

function score(g: GoldArticle): ArticleResult {
  const x = extractArticle({ id: g.id, text: g.text, date: g.date });
  const people = new Map<string, string>();
  for (const l of [...g.leaders, ...(g.tolerated ?? [])]) people.set(l.name, l.state);

  const goldEndMatches = (gold: string, p: PredEnd): boolean => {
    if (isStateCode(gold)) return p.kind === "state" && p.code === gold;
    const st = people.get(gold);
    if (st === undefined) throw new Error(`${g.id}: unknown gold endpoint ${gold}`);
    if (p.kind === "state") return p.code === st;
    return nameMatchesGold(p.name, gold);
  };
  const relMatches = (gr: GoldRel, a: PredEnd, b: PredEnd, t: RelType): boolean =>
    gr[2] === t &&
    ((goldEndMatches(gr[0], a) && goldEndMatches(gr[1], b)) || (goldEndMatches(gr[0], b) && goldEndMatches(gr[1], a)));

  const toEnd = (actor: { kind: "state"; code: string } | { kind: "leader"; index: number }): PredEnd => {
    if (actor.kind === "state") return { kind: "state", code: actor.code };
    const l = x.leaders[actor.index];
    return { kind: "leader", name: l?.name ?? `#${actor.index}`, states: (l?.roles ?? []).map((r) => r.state) };
  };

  // Relations.
  const preds = x.relations.map((r) => ({ a: toEnd(r.a), b: toEnd(r.b), t: r.type as RelType }));
  const accepted = [...g.relations, ...(g.allowed ?? [])];
  let relTP = 0;
  const relFP: string[] = [];
  for (const p of preds) {
    if (accepted.some((gr) => relMatches(gr, p.a, p.b, p.t))) relTP++;
    else relFP.push(`${endLabel(p.a)} —${p.t}— ${endLabel(p.b)}`);
  }
  const relFN: string[] = [];
  let relTPRecall = 0;
  for (const gr of g.relations) {
    if (preds.some((p) => relMatches(gr, p.a, p.b, p.t))) relTPRecall++;
    else relFN.push(`${gr[0]} —${gr[2]}— ${gr[1]}`);
  }

  // States.
  const predStates = [...x.states.keys()];
  const goldStates = new Set(g.states);
  const allowedStates = new Set(g.allowedStates ?? []);
  const stateFP = predStates.filter((s) => !goldStates.has(s) && !allowedStates.has(s));
  const stateTP = predStates.filter((s) => goldStates.has(s)).length;
  const stateFN = g.states.filter((s) => !predStates.includes(s));

  // Leaders: full-name matches first, then last-word matches, one predicted leader per gold leader.
  const predL = x.leaders.map((l) => ({ name: l.name, states: l.roles.map((r) => r.state) }));
  const used = new Set<number>();
  const goldMatched = new Set<number>();
  for (const pass of ["full", "last"] as const) {
    g.leaders.forEach((gl, gi) => {
      if (goldMatched.has(gi)) return;
      const pi = predL.findIndex(
        (pl, i) =>
          !used.has(i) &&
          pl.states.includes(gl.state) &&
          (pass === "full" ? foldName(pl.name) === foldName(gl.name) : lastNameWord(pl.name) === lastNameWord(gl.name)),
      );
      if (pi >= 0) {
        used.add(pi);
        goldMatched.add(gi);
      }
    });
  }
  const leaderFP: string[] = [];
  const nonLeaders: string[] = [];
  let leaderTP = 0;
  predL.forEach((pl, i) => {
    const label = `${pl.name}(${pl.states.join("/")})`;
    if (used.has(i)) {
      leaderTP++;
      return;
    }
    // A second mention of a gold leader (same name and state) is neither right nor wrong twice: count it as right.
    if (g.leaders.some((gl) => nameMatchesGold(pl.name, gl.name) && pl.states.includes(gl.state))) {
      leaderTP++;
      return;
    }
    if ((g.notLeaders ?? []).some((n) => nameMatchesGold(pl.name, n))) {
      nonLeaders.push(label);
      leaderFP.push(label);
      return;
    }
    if ((g.tolerated ?? []).some((t) => nameMatchesGold(pl.name, t.name))) return;
    leaderFP.push(label);
  });
  const leaderFN = g.leaders.filter((_, gi) => !goldMatched.has(gi)).map((gl) => `${gl.name}(${gl.state})`);

  return {
    id: g.id,
    relTP,
    relFP,
    relFN,
    relTPRecall,
    relRequired: g.relations.length,
    stateTP,
    stateFP,
    stateFN,
    leaderTP,
    leaderFP,
    leaderFN,
    nonLeaders,
    predLeaders: predL.map((pl) => `${pl.name}(${pl.states.join("/")})`),
    predRelations: preds.map((p) => `${endLabel(p.a)} —${p.t}— ${endLabel(p.b)}`),
    ok: relFP.length === 0 && relFN.length === 0 && leaderFP.length === 0 && leaderFN.length === 0,
  };
}

const results: ArticleResult[] = [];

const pct = percent;

describe("held-out final set (blind, 12 articles)", () => {
  afterAll(() => {
    const sum = (f: (r: ArticleResult) => number): number => results.reduce((s, r) => s + f(r), 0);
    const relTP = sum((r) => r.relTP);
    const relPred = sum((r) => r.relTP + r.relFP.length);
    const relRecTP = sum((r) => r.relTPRecall);
    const relReq = sum((r) => r.relRequired);
    const p = relPred ? relTP / relPred : 0;
    const rc = relReq ? relRecTP / relReq : 0;
    const f1 = p + rc ? (2 * p * rc) / (p + rc) : 0;
    const stTP = sum((r) => r.stateTP);
    const stPred = sum((r) => r.stateTP + r.stateFP.length);
    const stGold = sum((r) => r.stateTP + r.stateFN.length);
    const lTP = sum((r) => r.leaderTP);
    const lPred = sum((r) => r.leaderTP + r.leaderFP.length);
    const lGoldMissed = sum((r) => r.leaderFN.length);
    const lGold = ARTICLES.filter((a) => results.some((r) => r.id === a.id)).reduce((s, a) => s + a.leaders.length, 0);
    const lines: string[] = [];
    lines.push(`=== held-out final: ${results.length} articles, ${results.filter((r) => r.ok).length} clean ===`);
    lines.push(
      `relations  P ${pct(relTP, relPred)} (${relTP}/${relPred})  R ${pct(relRecTP, relReq)} (${relRecTP}/${relReq})  F1 ${(100 * f1).toFixed(1)}%`,
    );
    lines.push(`states     P ${pct(stTP, stPred)} (${stTP}/${stPred})  R ${pct(stTP, stGold)} (${stTP}/${stGold})`);
    lines.push(
      `leaders    P ${pct(lTP, lPred)} (${lTP}/${lPred})  R ${pct(lGold - lGoldMissed, lGold)} (${lGold - lGoldMissed}/${lGold})`,
    );
    lines.push(`non-leaders extracted as leaders: ${sum((r) => r.nonLeaders.length)}`);
    for (const r of results) {
      lines.push(`--- ${r.id} ${r.ok ? "OK" : "FAIL"}`);
      if (r.relFP.length) lines.push(`  relation FP: ${r.relFP.join(" | ")}`);
      if (r.relFN.length) lines.push(`  relation FN: ${r.relFN.join(" | ")}`);
      if (r.leaderFP.length) lines.push(`  leader FP: ${r.leaderFP.join(" | ")}`);
      if (r.leaderFN.length) lines.push(`  leader FN: ${r.leaderFN.join(" | ")}`);
      if (r.stateFP.length) lines.push(`  state FP: ${r.stateFP.join(" ")}`);
      if (r.stateFN.length) lines.push(`  state FN: ${r.stateFN.join(" ")}`);
      if (process.env.HELDOUT_VERBOSE) {
        lines.push(`  predicted leaders: ${r.predLeaders.join(" | ")}`);
        lines.push(`  predicted relations: ${r.predRelations.join(" | ")}`);
      }
    }
    console.log(lines.join("\n"));
  });

  for (const article of ARTICLES) {
    const run = KNOWN_FAILING.has(article.id) ? it.fails : it;
    run(`${article.outlet} — ${article.id}: no relation or leader error`, () => {
      const r = score(article);
      results.push(r);
      expect(r.relFP).toEqual([]);
      expect(r.relFN).toEqual([]);
      expect(r.leaderFP).toEqual([]);
      expect(r.leaderFN).toEqual([]);
    });
  }
});
