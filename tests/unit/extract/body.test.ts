import { describe, expect, it } from "vitest";
import { splitBody } from "../../../src/extract/body.ts";

const body = (text: string) => splitBody(text).paragraphs.map((p) => text.slice(p.start, p.end));
const reasons = (text: string) => splitBody(text).dropped.map((d) => [text.slice(d.start, d.end), d.reason]);

const PARAGRAPH = "Le ministre des Affaires étrangères a rencontré son homologue lundi à Berlin.";

describe("page chrome never becomes body text", () => {
  it("drops a source credit, with the lines it wraps onto, and keeps what follows", () => {
    const after = "Les deux délégations se retrouveront en juin pour un nouveau cycle de discussions.";
    const text = `${PARAGRAPH}\nCet article reprend des extraits de la dépêche de l'agence intitulée\n« Le Chili et le Pérou signent un accord » datée du 3 mai 2015.\n${after}`;
    expect(body(text)).toEqual([PARAGRAPH, after]);
    expect(reasons(text).map(([, reason]) => reason)).toEqual(["source-credit", "source-credit"]);
  });

  it("drops share widgets, ad markers and comment boxes", () => {
    const text = `Titre de l'article\nPartager cet article\nPUBLICITÉ\n${PARAGRAPH}\nCommentaires\n`;
    expect(body(text)).toEqual([PARAGRAPH]);
    expect(reasons(text)).toContainEqual(["PUBLICITÉ", "widget"]);
  });

  it("drops lines in another script", () => {
    expect(reasons(`${PARAGRAPH}\nЗаголовок открываемого материала`)).toContainEqual([
      "Заголовок открываемого материала",
      "foreign-script",
    ]);
  });

  it("drops photo captions with a credit", () => {
    const caption = "Les deux ministres lors d'une conférence de presse conjointe à Tokyo [Jean Dupont / AFP]";
    expect(body(`${caption}\n${PARAGRAPH}`)).toEqual([PARAGRAPH]);
  });

  it("drops the related-headlines list at the end", () => {
    const text = `${PARAGRAPH}\nÀ lire aussi\nLa Chine et l'Inde signent un accord historique\nPékin menace Taïwan de représailles`;
    expect(body(text)).toEqual([PARAGRAPH]);
  });

  it("drops bylines and keeps a lead printed twice only once, even when the first copy is cut off", () => {
    const lead =
      "Le président français a reçu mardi son homologue brésilien pour évoquer la coopération entre les deux pays dans le domaine de l'énergie et du climat.";
    const text = `Par Jean Martin avec AFP\n${lead.slice(0, 120)}\n${lead}\n${lead}`;
    expect(body(text)).toEqual([lead]);
  });
});
