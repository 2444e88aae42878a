/**
 * Closed-class French words the extraction rules test for, defined once. Keys are folded (lower case, no accents,
 * typographic apostrophes as "'"), as `Token.key` is.
 */

/** Demonstrative determiners: "ces accords", "cette rencontre" refer back to something already said. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(["ce", "cet", "cette", "ces"]);

/** Plural possessives: "leur coopération" is the coopération of a plural group named before. */
export const POSSESSIVES_PLURAL: ReadonlySet<string> = new Set(["leur", "leurs"]);

/** Every third-person possessive: "avec son homologue", "avec leurs homologues". */
export const POSSESSIVES: ReadonlySet<string> = new Set(["son", "sa", "ses", "leur", "leurs"]);

/** "de" and its contractions: "la mer de Chine", "des milliers de Russes". */
export const DE_WORDS: ReadonlySet<string> = new Set(["de", "du", "des", "d'"]);

/** Every determiner (articles, contractions, possessives, demonstratives): what may open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...["le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "au", "aux"],
  ...POSSESSIVES,
  ...DEMONSTRATIVES,
]);

/** Articles, partitives and possessives that may stand between a preposition and its noun: "lors d'une rencontre". */
export const SMALL_DETERMINERS: ReadonlySet<string> = new Set([
  "un",
  "une",
  "d'",
  "de",
  "la",
  "le",
  "leur",
  "son",
  "sa",
]);

/** Prepositions that introduce a meeting closing a clause: "pour un entretien", "lors d'une rencontre". */
export const MEETING_INTRODUCERS: ReadonlySet<string> = new Set(["pour", "lors"]);

/** Words that may stand between coordinated actors: "le Japon, la Corée du Sud et les États-Unis". */
export const COORDINATION_FILLERS: ReadonlySet<string> = new Set([
  ",",
  "et",
  "ainsi",
  "que",
  "de",
  "du",
  "des",
  "d'",
  "la",
  "le",
  "les",
  "l'",
]);

/** Prepositions repeated before each member of a coordinated list: "au Chili, en Argentine et aux Philippines". */
export const PARALLEL_PREPOSITIONS: ReadonlySet<string> = new Set(["a", "au", "aux", "en", "avec", "pour"]);

/** Words that negate what follows them in their clause: "aucun accord", "sans parvenir à un accord". */
export const STANDALONE_NEGATORS: ReadonlySet<string> = new Set(["aucun", "aucune", "sans", "nul", "nulle"]);

/** Words making "sans" an adverb of manner, not a negation: "sans délai", "sans précédent", "sans doute" (folded). */
export const SANS_ADVERBIALS: ReadonlySet<string> = new Set([
  "delai",
  "tarder",
  "attendre",
  "precedent",
  "relache",
  "cesse",
  "doute",
  "conteste",
  "equivoque",
  "ambiguite",
  "reserve",
  "detour",
  "ambages",
]);

/** Prepositions opening an adjunct, which a negation before them does not reach into. */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  "pour",
  "apres",
  "avant",
  "malgre",
  "lors",
  "depuis",
  "durant",
  "pendant",
]);

/** Words that end a negation's scope before a cue. */
export const SCOPE_BREAKS: ReadonlySet<string> = new Set([",", ";", ":", "et", "mais", "puis", "qui", "que", "qu'"]);

/** Auxiliaries that may stand between a reflexive pronoun and its verb: "se sont dégradées". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "est",
  "sont",
  "etait",
  "etaient",
  "sera",
  "seront",
  "serait",
  "seraient",
  "a",
  "ont",
  "y",
]);

/** Adverbs (besides "-ment" ones) that may stand between a reflexive pronoun and its verb. */
export const REFLEXIVE_ADVERBS: ReadonlySet<string> = new Set([
  "encore",
  "davantage",
  "deja",
  "beaucoup",
  "peu",
  "tres",
  "plus",
  "bien",
  "mal",
]);

/** Reflexive pronouns. */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(["se", "s'"]);

/** Subject pronouns: a subordinate clause opening with one carries the main clause's subject over ("qu'il"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["il", "elle", "ils", "elles", "on", "nous", "je", "j'"]);

/** Stems of verbs of saying, thinking and wishing whose "que" opens a clause of its own: "estime que". */
export const REPORTING_VERB_STEMS: readonly string[] = [
  "convaincu",
  "estim",
  "souhait",
  "esper",
  "pens",
  "croi",
  "jug",
  "consider",
  "rappel",
  "affirm",
  "declar",
  "indiqu",
  "annonc",
  "precis",
  "ajout",
  "assur",
  "soulign",
  "redout",
  "craign",
  "craint",
  "regrett",
  "demand",
  "exig",
  "constat",
  "expliqu",
  "insist",
  "reconn",
  "admet",
  "admis",
  "averti",
  "prevenu",
  "dit",
  "disent",
  "dire",
  "veut",
  "veulent",
  "souligne",
  "estime",
  "sait",
  "savent",
  "ecrit",
  "repet",
];

/** Prepositions by which a cue noun takes its other party: "contacts avec", "tensions entre". */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set([
  "avec",
  "entre",
  "contre",
  "envers",
  "a",
  "au",
  "aux",
]);

/** Words before a title saying its holder no longer holds it: "l'ancien président", "l'ex-Premier ministre". */
export const FORMER_MARKERS: ReadonlySet<string> = new Set([
  ...["ancien", "ancienne", "anciens", "anciennes", "ex", "feu", "defunt", "defunte"],
]);

/** Determiners of a noun phrase taken as known: definite articles and contractions, possessives, demonstratives. */
export const PRESUPPOSING_DETERMINERS: ReadonlySet<string> = new Set([
  ...["le", "la", "l'", "les", "du", "au", "aux"],
  ...POSSESSIVES,
  ...DEMONSTRATIVES,
]);
