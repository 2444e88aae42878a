/**
 * French messages: the reference catalogue. Its keys are the interface's keys; `en.ts` must have exactly the same
 * (the type checker and `tests/unit/explorer/i18n.test.ts` both refuse a difference).
 */
import type { AnyCatalogue } from "./catalogue.ts";

export const fr = {
  "language.label": "Langue",
  "language.fr": "Français",
  "language.en": "English",
  "date.undated": "non daté",

  "app.stageLabel": {
    one: "Graphe de {count} acteur et de ses relations. Utilisez la recherche, la vue en tableau ou le panneau de détails pour l’explorer au clavier.",
    other:
      "Graphe de {count} acteurs et de leurs relations. Utilisez la recherche, la vue en tableau ou le panneau de détails pour l’explorer au clavier.",
  },

  "page.loading": "Chargement du graphe…",
  "page.loadFailed": "Le graphe n’a pas pu être affiché",
  "page.file": "Fichier :",
  "page.decisionsUnreadable": "Les décisions enregistrées n’ont pas pu être lues : {error} {what}",
  "page.decisionsUnsaved": "Les nouvelles décisions ne seront pas enregistrées tant que le fichier n’est pas corrigé.",
  "page.decisionsSetAside": "Elles ont été mises de côté ; les nouvelles décisions repartent de zéro.",

  "evidence.loading": "Chargement des phrases…",
  "evidence.failed": "Les phrases n’ont pas pu être chargées :",
  "evidence.exportProgress": "Chargement des phrases ({done}/{total})…",
} as const satisfies AnyCatalogue;

/** Every message key of the interface. */
export type MessageKey = keyof typeof fr;
