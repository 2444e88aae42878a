/**
 * Camera and layout controls over the stage: zoom in, zoom out, fit, zoom to the selection, fullscreen, run/stop the
 * live layout — as labelled buttons and as keyboard shortcuts (+, −, 0, z, f, l).
 */
import { h, icon } from "./dom.ts";
import type { Camera } from "sigma";
import { t } from "./i18n/index.ts";

export interface Controls {
  element: HTMLElement;
  setLayoutRunning(running: boolean): void;
  /** Handles a shortcut key; returns whether it was one. */
  handleKey(event: KeyboardEvent): boolean;
  kill(): void;
}

const DURATION = 250;

const ICONS = {
  zoomIn: ["M10 4v12", "M4 10h12"],
  zoomOut: ["M4 10h12"],
  fit: ["M3 7V3h4", "M13 3h4v4", "M17 13v4h-4", "M7 17H3v-4"],
  fullscreen: ["M12 3h5v5", "M17 3l-6 6", "M8 17H3v-5", "M3 17l6-6"],
  zoomSelection: ["M9 3a6 6 0 1 0 0 12a6 6 0 1 0 0-12", "M13.5 13.5L17 17", "M9 7v4", "M7 9h4"],
  play: ["M6 4l10 6-10 6z"],
  stop: ["M5 5h10v10H5z"],
};

export function createControls(options: {
  /** Only the camera is used, so any sigma renderer will do. */
  renderer: { getCamera(): Camera };
  fullscreenTarget: HTMLElement;
  onLayoutToggle: () => void;
  /** Frames the selected actor with its neighbours, or the path shown. */
  onZoomToSelection: () => void;
}): Controls {
  const camera = () => options.renderer.getCamera();
  const zoomIn = () => void camera().animatedZoom({ duration: DURATION });
  const zoomOut = () => void camera().animatedUnzoom({ duration: DURATION });
  const fit = () => void camera().animatedReset({ duration: DURATION });
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void options.fullscreenTarget.requestFullscreen?.().catch(() => {});
  };

  const button = (
    label: string,
    paths: readonly string[],
    shortcut: string,
    onClick: () => void,
    extra: Record<string, string> = {},
  ) =>
    h(
      "button",
      {
        attrs: {
          type: "button",
          "aria-label": label,
          title: `${label} (${shortcut})`,
          "aria-keyshortcuts": shortcut,
          ...extra,
        },
        on: { click: onClick },
      },
      icon(paths),
    );

  const layoutButton = button(t("controls.runLayout"), ICONS.play, "L", () => options.onLayoutToggle(), {
    "aria-pressed": "false",
    "data-control": "layout",
  });
  const fullscreenButton = button(t("controls.fullscreen"), ICONS.fullscreen, "F", fullscreen, {
    "aria-pressed": "false",
    "data-control": "fullscreen",
  });
  const element = h(
    "div",
    { className: "controls", attrs: { role: "toolbar", "aria-label": t("controls.toolbar") } },
    button(t("controls.zoomIn"), ICONS.zoomIn, "+", zoomIn, { "data-control": "zoom-in" }),
    button(t("controls.zoomOut"), ICONS.zoomOut, "-", zoomOut, { "data-control": "zoom-out" }),
    button(t("controls.fit"), ICONS.fit, "0", fit, { "data-control": "fit" }),
    button(t("controls.zoomSelection"), ICONS.zoomSelection, "Z", () => options.onZoomToSelection(), {
      "data-control": "zoom-selection",
    }),
    fullscreenButton,
    layoutButton,
  );

  const onFullscreen = () => fullscreenButton.setAttribute("aria-pressed", String(document.fullscreenElement !== null));
  document.addEventListener("fullscreenchange", onFullscreen);

  return {
    element,
    setLayoutRunning(running) {
      layoutButton.setAttribute("aria-pressed", String(running));
      const label = running ? t("controls.stopLayout") : t("controls.runLayout");
      layoutButton.setAttribute("aria-label", label);
      layoutButton.title = `${label} (L)`;
      layoutButton.replaceChildren(icon(running ? ICONS.stop : ICONS.play));
    },
    handleKey(event) {
      const actions: Record<string, () => void> = {
        "+": zoomIn,
        "=": zoomIn,
        "-": zoomOut,
        "0": fit,
        z: options.onZoomToSelection,
        f: fullscreen,
        l: options.onLayoutToggle,
      };
      const action = actions[event.key];
      if (action === undefined) return false;
      event.preventDefault();
      action();
      return true;
    },
    kill() {
      document.removeEventListener("fullscreenchange", onFullscreen);
    },
  };
}
