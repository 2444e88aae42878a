/** English messages: exactly the keys of `fr.ts` (a missing or extra key is a type error). */
import type { Message } from "./catalogue.ts";
import type { MessageKey } from "./fr.ts";

export const en: Readonly<Record<MessageKey, Message>> = {
  "language.label": "Language",
  "language.fr": "Français",
  "language.en": "English",
  "date.undated": "undated",

  "app.stageLabel": {
    one: "Graph of {count} actor and its relations. Use the search, the table view or the details panel to explore it with the keyboard.",
    other:
      "Graph of {count} actors and their relations. Use the search, the table view or the details panel to explore it with the keyboard.",
  },

  "page.loading": "Loading the graph…",
  "page.loadFailed": "The graph could not be shown",
  "page.file": "File:",
  "page.decisionsUnreadable": "The saved decisions could not be read: {error} {what}",
  "page.decisionsUnsaved": "New decisions will not be saved until the file is fixed.",
  "page.decisionsSetAside": "They were set aside; new decisions start afresh.",

  // The timeline above the date slider and a relation's history (timeline.ts, timeline-chart.ts, relation-history.ts).
  "timeline.group": "Timeline",
  "timeline.play": "Play",
  "timeline.pause": "Pause",
  "timeline.playHint": "Play the date window through the period, one month per step",
  "timeline.pauseHint": "Pause the timeline",
  "timeline.width": "Window",
  "timeline.widthMonths": { one: "{count} month", other: "{count} months" },
  "timeline.widthYears": { one: "{count} year", other: "{count} years" },
  "timeline.speed": "Speed",
  "timeline.speedValue": { one: "{count} month/s", other: "{count} months/s" },
  "timeline.chart":
    "Relations per month by type, {first} to {last} ({count} months); the current filter's part is highlighted.",
  "timeline.noMonths": "No dated articles",
  "timeline.month": {
    one: "{month}: {count} relation, {kept} kept by the filter{parts}",
    other: "{month}: {count} relations, {kept} kept by the filter{parts}",
  },
  "timeline.undated": {
    one: "Undated articles: {count} relation",
    other: "Undated articles: {count} relations",
  },
  "timeline.undatedKept": { other: ", {count} kept" },
  "timeline.urlWidth": 'Ignored "win={value}" in the URL: the timeline window is {widths} months.',
  "history.title": "History of the pair",
  "history.perMonth": "Supporting sentences per month, every relation between the two actors",
  "history.perYear": "Supporting sentences per year, every relation between the two actors",
  "history.bar": { one: "{period}: {count} sentence{parts}", other: "{period}: {count} sentences{parts}" },
  "history.listed": { one: "{period} — {count} sentence", other: "{period} — {count} sentences" },
  "history.hint": "Choose a bar to read its sentences.",
};
