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

  "evidence.loading": "Loading the sentences…",
  "evidence.failed": "The sentences could not be loaded:",
  "evidence.exportProgress": "Loading the sentences ({done}/{total})…",
};
