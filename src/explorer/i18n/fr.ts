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

  // The timeline above the date slider and a relation's history (timeline.ts, timeline-chart.ts, relation-history.ts).
  "timeline.group": "Frise chronologique",
  "timeline.play": "Lire",
  "timeline.pause": "Pause",
  "timeline.playHint": "Faire défiler la fenêtre de dates sur la période, un mois par pas",
  "timeline.pauseHint": "Mettre la frise en pause",
  "timeline.width": "Fenêtre",
  "timeline.widthMonths": { one: "{count} mois", other: "{count} mois" },
  "timeline.widthYears": { one: "{count} an", other: "{count} ans" },
  "timeline.speed": "Vitesse",
  "timeline.speedValue": { one: "{count} mois/s", other: "{count} mois/s" },
  "timeline.chart":
    "Relations par mois et par type, de {first} à {last} ({count} mois) ; la part que garde le filtre est mise en avant.",
  "timeline.noMonths": "Aucun article daté",
  "timeline.month": {
    one: "{month} : {count} relation, {kept} gardée(s) par le filtre{parts}",
    other: "{month} : {count} relations, {kept} gardée(s) par le filtre{parts}",
  },
  "timeline.undated": {
    one: "Articles non datés : {count} relation",
    other: "Articles non datés : {count} relations",
  },
  "timeline.undatedKept": { one: ", {count} gardée", other: ", {count} gardées" },
  "timeline.urlWidth": "« win={value} » ignoré dans l’URL : la fenêtre de la frise fait {widths} mois.",
  "history.title": "Historique de la paire",
  "history.perMonth": "Phrases à l’appui par mois, toutes les relations entre les deux acteurs",
  "history.perYear": "Phrases à l’appui par an, toutes les relations entre les deux acteurs",
  "history.bar": { one: "{period} : {count} phrase{parts}", other: "{period} : {count} phrases{parts}" },
  "history.listed": { one: "{period} — {count} phrase", other: "{period} — {count} phrases" },
  "history.hint": "Choisissez une barre pour lire ses phrases.",
} as const satisfies AnyCatalogue;

/** Every message key of the interface. */
export type MessageKey = keyof typeof fr;
