/**
 * The extractor's compiled knowledge: every state surface form, title, relation cue and marker, turned into phrase
 * tries and folded sets once and shared by all articles. The data comes validated from `src/knowledge/` (the one door
 * of `graph-data/knowledge/`); this module only indexes it.
 */
import { loadInstitutions } from "../../knowledge/institutions.ts";
import { loadNameVariants } from "../../knowledge/name-variants.ts";
import { loadRelationCues, type CueListName } from "../../knowledge/relation-cues.ts";
import { loadNonStateForms, loadStateGroups, loadStates, type StateEntry } from "../../knowledge/states.ts";
import { loadTitles, type OfficeClass } from "../../knowledge/titles.ts";
import type { RelationType } from "../../model/types.ts";
import { fold } from "../text/normalise.ts";
import { loadVerbForms } from "../../knowledge/verb-forms.ts";
import { expandCueForms } from "./cue-templates.ts";
import { PhraseTrie } from "./phrase-trie.ts";

export type StateFormKind = "name" | "capital" | "demonym" | "seat";

export interface StateForm {
  kind: StateFormKind;
  code: string;
}

export type { OfficeClass };

export interface TitleHead {
  role: string;
  class: OfficeClass;
  plural: boolean;
}

export interface Portfolio {
  role: string;
  class: OfficeClass;
}

export interface RelationCue {
  type: RelationType;
  reciprocal: boolean;
  /** A visit: the place visited ("une visite à Riyad") is its other party. */
  visit: boolean;
  /** Relates only the members of one coordinated group ("X et Y ont signé"). */
  groupOnly: boolean;
  /** A host bringing guests together: the guests meet each other too ("X a reçu Y et Z"). */
  hosting: boolean;
  /** A noun naming the other party ("allié", "partenaire"), not the relation itself. */
  roleNoun: boolean;
  /** Travelling somewhere ("s'est rendu à X"): a visit unless a purpose follows. */
  travel: boolean;
}

export interface Lexicon {
  states: ReadonlyMap<string, StateEntry>;
  stateForms: PhraseTrie<StateForm>;
  /** Compound prefixes ("russo", "nippo") → state code. */
  prefixes: ReadonlyMap<string, string>;
  /** Phrases that contain a state form but name no state ("Washington Post", "mer de Chine", "groupe de Minsk"). */
  nonStateForms: PhraseTrie<true>;
  /** Collective names standing for several states ("les deux Corées"). */
  groups: PhraseTrie<readonly string[]>;
  /** Nouns for state organs after which a demonym stands for the state ("la diplomatie russe"). */
  organs: ReadonlySet<string>;
  heads: PhraseTrie<TitleHead>;
  portfolios: PhraseTrie<Portfolio>;
  counterparts: ReadonlySet<string>;
  predecessors: ReadonlySet<string>;
  demonstratives: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  nonLeaders: PhraseTrie<true>;
  /** Titles that, without a state, name an office of the publication's own state: "le président de la République". */
  homeTitles: PhraseTrie<true>;
  cues: PhraseTrie<RelationCue>;
  notCues: PhraseTrie<true>;
  negators: ReadonlySet<string>;
  /** Verb forms that "ne" negates without "pas": "n'ose", "ne peut", "n'arrive". */
  neAloneVerbs: ReadonlySet<string>;
  /** Verbs whose complement states no relation ("a refusé de condamner"). */
  negatingVerbs: PhraseTrie<true>;
  /** Words before a cue that make it hypothetical ("toute agression", "en cas d'attaque"). */
  hypotheticals: PhraseTrie<true>;
  /** Modal verbs that make a later cue of their clause a possibility: "peut", "pourrait", "risque de". */
  modals: PhraseTrie<true>;
  /** Stances on an event ("condamne", "exprime sa préoccupation"): their subject is no party to the event. */
  stances: PhraseTrie<true>;
  /** Nouns of mediation ("médiation", "bons offices"): their agent cooperates with each party. */
  mediations: PhraseTrie<true>;
  /** Appeals and purposes ("appelle à", "pour faciliter"): a cooperation right after one is only wished. */
  appeals: PhraseTrie<true>;
  /** Phrases before a mediator ("sous l'égide de X"): X cooperates with each party, and is not a party itself. */
  mediatorMarkers: PhraseTrie<true>;
  /** Phrases before an actor who is not a party to the relation ("face à X", "sous l'égide de X"). */
  nonPartyMarkers: PhraseTrie<true>;
  /** Forms of "être" and its kin: a cue after one is predicated of the subject ("les relations sont tendues"). */
  copulas: ReadonlySet<string>;
  /** Folded state forms that are also common words, first names or other places: they need a determiner. */
  ambiguousForms: ReadonlySet<string>;
  /** Office class of each canonical role name ("président" → head-of-state), for roles known from world knowledge. */
  roleClasses: ReadonlyMap<string, OfficeClass>;
  /** Folded spelling of a name → the displayed spelling of its variant group. */
  nameVariants: ReadonlyMap<string, string>;
}

let cached: Lexicon | null = null;

/** The compiled lexicon, built on first use. */
export function getLexicon(): Lexicon {
  cached ??= compileLexicon();
  return cached;
}

function compileLexicon(): Lexicon {
  const cues = loadRelationCues();
  const institutions = loadInstitutions();
  const titles = loadTitles();
  // A cue list with its verb templates ("{recevoir}", "se {rendre}") expanded to their forms.
  const verbs = loadVerbForms();
  const cue = (list: CueListName): string[] => expandCueForms(cues[list], verbs);
  const states = new Map<string, StateEntry>();
  const stateForms = new PhraseTrie<StateForm>();
  const prefixes = new Map<string, string>();
  const ambiguousForms = new Set<string>();
  for (const state of loadStates()) {
    states.set(state.code, state);
    for (const name of state.names) stateForms.add(name, { kind: "name", code: state.code });
    for (const capital of state.capitals) stateForms.add(capital, { kind: "capital", code: state.code });
    for (const demonym of state.demonyms) stateForms.add(demonym, { kind: "demonym", code: state.code });
    for (const prefix of state.prefixes) prefixes.set(fold(prefix), state.code);
    for (const form of state.ambiguous) ambiguousForms.add(fold(form));
  }
  for (const [seat, code] of Object.entries(institutions.seats))
    if (states.has(code)) stateForms.add(seat, { kind: "seat", code });

  const nonStateForms = new PhraseTrie<true>();
  for (const form of loadNonStateForms()) nonStateForms.add(form, true);
  const groups = new PhraseTrie<readonly string[]>();
  for (const group of loadStateGroups()) groups.add(group.name, group.members);

  const heads = new PhraseTrie<TitleHead>();
  for (const head of titles.heads) {
    for (const form of head.forms) heads.add(form, { role: head.role, class: head.class, plural: false });
    for (const form of head.plurals) heads.add(form, { role: head.role, class: head.class, plural: true });
  }
  const portfolios = new PhraseTrie<Portfolio>();
  for (const portfolio of titles.portfolios)
    for (const form of portfolio.forms) portfolios.add(form, { role: portfolio.role, class: portfolio.class });
  const homeTitles = markerTrie(titles.homeTitles);
  const nonLeaders = new PhraseTrie<true>();
  for (const form of titles.nonLeaders) nonLeaders.add(form, true);

  const cueTrie = new PhraseTrie<RelationCue>();
  const reciprocal = new Set(cue("reciprocal").map(fold));
  const roleNouns = new Set(cue("roleNouns").map(fold));
  const hosting = new Set(cue("hosting").map(fold));
  const groupOnly = new Set(cue("groupOnly").map(fold));
  const visits = new Set(cue("visits").map(fold));
  const travels = new Set(cue("travels").map(fold));
  for (const type of ["cooperation", "dispute", "alliance"] as const)
    for (const form of cue(type))
      cueTrie.add(form, {
        type,
        reciprocal: reciprocal.has(fold(form)),
        hosting: hosting.has(fold(form)),
        groupOnly: groupOnly.has(fold(form)),
        visit: visits.has(fold(form)),
        roleNoun: roleNouns.has(fold(form)),
        travel: travels.has(fold(form)),
      });
  const negatingVerbs = markerTrie(cue("negatingVerbs"));
  const hypotheticals = markerTrie(cue("hypotheticals"));
  const modals = markerTrie(cue("modals"));
  const stances = markerTrie(cue("stance"));
  const mediations = markerTrie(cue("mediations"));
  const appeals = markerTrie(cue("appeals"));
  const mediatorMarkers = markerTrie(cue("mediatorMarkers"));
  const nonPartyMarkers = markerTrie(cue("nonPartyMarkers"));
  const notCues = markerTrie(cue("notCues"));

  // A role's class from the data's explicit table first, else from the first title naming that role.
  const roleClasses = new Map<string, OfficeClass>(Object.entries(titles.roleClasses));
  for (const group of [...titles.heads, ...titles.portfolios])
    if (!roleClasses.has(group.role)) roleClasses.set(group.role, group.class);
  const variants = new Map<string, string>();
  for (const group of loadNameVariants().groups) for (const spelling of group) variants.set(fold(spelling), group[0]!);

  return {
    states,
    stateForms,
    prefixes,
    nonStateForms,
    groups,
    organs: new Set(institutions.organs.map(fold)),
    heads,
    portfolios,
    counterparts: new Set(titles.counterparts.map(fold)),
    predecessors: new Set(titles.predecessors.map(fold)),
    demonstratives: new Set(titles.demonstratives.map(fold)),
    honorifics: new Set(titles.honorifics.map((h) => fold(h).replace(/\.$/, ""))),
    nonLeaders,
    homeTitles,
    cues: cueTrie,
    notCues,
    negators: new Set(cue("negators").map(fold)),
    neAloneVerbs: new Set(cue("neAloneVerbs").map(fold)),
    copulas: new Set(cue("copulas").map(fold)),
    negatingVerbs,
    hypotheticals,
    modals,
    stances,
    mediations,
    appeals,
    nonPartyMarkers,
    mediatorMarkers,
    nameVariants: variants,
    roleClasses,
    ambiguousForms,
  };
}

/** A trie that only says whether one of `forms` starts at a token ("a refusé de", "en cas de", "appelle à"). */
function markerTrie(forms: readonly string[]): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  for (const form of forms) trie.add(form, true);
  return trie;
}
