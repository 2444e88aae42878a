/** The notice area: short messages on the page (and warnings in the console too), each dismissable. */
import { h } from "./dom.ts";
import { t } from "./i18n/index.ts";

export type NoticeLevel = "info" | "warn";

export interface Notices {
  element: HTMLElement;
  /** Shows a message; with `timeoutMs`, it goes by itself after that long. */
  notify(message: string, level?: NoticeLevel, timeoutMs?: number): void;
}

export function createNotices(log: Pick<Console, "warn">): Notices {
  const element = h("div", { className: "notices", attrs: { role: "status", "aria-live": "polite" } });
  return {
    element,
    notify(message, level = "info", timeoutMs) {
      if (level === "warn") log.warn(`entente: ${message}`);
      const item = h(
        "p",
        { className: `notice notice-${level}` },
        message,
        h(
          "button",
          {
            className: "close",
            attrs: { type: "button", "aria-label": t("notices.dismiss") },
            on: { click: () => item.remove() },
          },
          "×",
        ),
      );
      element.append(item);
      if (timeoutMs !== undefined) setTimeout(() => item.remove(), timeoutMs);
    },
  };
}
