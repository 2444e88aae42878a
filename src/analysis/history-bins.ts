/**
 * A relation's history as numbers: the supporting sentences of every relation between one pair of actors (e.g.
 * Japan–Russia: cooperation and dispute), binned by the date of their article, by type. Pure; takes the evidence as
 * input, so the panel can draw it whenever the evidence arrives.
 *
 * The rule for the bins: by month when every dated sentence's article is dated to the month or the day and the
 * dated sentences span at most `MONTHLY_SPAN_LIMIT` months; otherwise by year (a year-dated article cannot be placed
 * in a month, and ten years of months would be too thin to read). Bins run without gaps from the first to the last
 * dated period, so quiet periods show as empty; sentences of undated articles go to one last `undated` bin.
 */
import { dateInterval, intervalsOverlap } from "../model/dates.ts";
import type { ViewFilter } from "../model/filter.ts";
import { RELATION_TYPES, type Evidence, type RelationType } from "../model/types.ts";

/** Above this many months between the first and last dated sentence, bins are years. */
export const MONTHLY_SPAN_LIMIT = 24;

/** One relation of the pair with its supporting sentences (as loaded, or as the filter restricts them). */
export interface HistoryRelation {
  edge: string;
  type: RelationType;
  evidence: readonly Evidence[];
}

export interface HistorySentence {
  edge: string;
  type: RelationType;
  evidence: Evidence;
}

export interface HistoryBin {
  /** `YYYY-MM`, `YYYY`, or `undated`. */
  period: string;
  /** Inclusive day bounds of the period; null for `undated`. */
  start: string | null;
  end: string | null;
  /** Sentences per relation type. */
  counts: Readonly<Record<RelationType, number>>;
  /** The sentences, in the order of the input (relations, then their evidence). */
  sentences: readonly HistorySentence[];
}

export interface RelationHistory {
  unit: "month" | "year";
  bins: readonly HistoryBin[];
  /** The largest number of sentences in one bin (all types): the bars' scale. */
  peak: number;
}

/**
 * Bins the sentences of `relations` by period. `dateOf` gives a sentence's article date (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD` or null), so the caller reads it where the filter does (the graph's article list).
 */
export function relationHistory(
  relations: readonly HistoryRelation[],
  dateOf: (evidence: Evidence) => string | null,
): RelationHistory {
  const dated: { sentence: HistorySentence; start: string; end: string; year: boolean }[] = [];
  const undated: HistorySentence[] = [];
  for (const relation of relations)
    for (const evidence of relation.evidence) {
      const sentence = { edge: relation.edge, type: relation.type, evidence };
      const date = dateOf(evidence);
      const interval = date === null ? null : dateInterval(date);
      if (interval === null) undated.push(sentence);
      else dated.push({ sentence, ...interval, year: date!.length === 4 });
    }

  let first: string | null = null;
  let last: string | null = null;
  for (const d of dated) {
    if (first === null || d.start < first) first = d.start;
    if (last === null || d.end > last) last = d.end;
  }
  const spanMonths =
    first === null || last === null
      ? 0
      : (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
        Number(last.slice(5, 7)) -
        Number(first.slice(5, 7)) +
        1;
  const unit = dated.some((d) => d.year) || spanMonths > MONTHLY_SPAN_LIMIT ? "year" : "month";

  const bins: HistoryBin[] = [];
  const index = new Map<string, { counts: Record<RelationType, number>; sentences: HistorySentence[] }>();
  if (first !== null && last !== null)
    for (const period of periods(first, last, unit)) {
      const entry = { counts: zeroCounts(), sentences: [] as HistorySentence[] };
      index.set(period, entry);
      const interval = dateInterval(period)!;
      bins.push({ period, start: interval.start, end: interval.end, ...entry });
    }
  for (const d of dated) {
    const entry = index.get(unit === "year" ? d.start.slice(0, 4) : d.start.slice(0, 7))!;
    entry.counts[d.sentence.type]++;
    entry.sentences.push(d.sentence);
  }
  if (undated.length > 0) {
    const counts = zeroCounts();
    for (const s of undated) counts[s.type]++;
    bins.push({ period: "undated", start: null, end: null, counts, sentences: undated });
  }
  const peak = bins.reduce((max, bin) => Math.max(max, bin.sentences.length), 0);
  return { unit, bins, peak };
}

function zeroCounts(): Record<RelationType, number> {
  return Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
}

/** Every month (`YYYY-MM`) or year (`YYYY`) from the one holding `start` to the one holding `end`. */
function periods(start: string, end: string, unit: "month" | "year"): string[] {
  const out: string[] = [];
  let year = Number(start.slice(0, 4));
  const endYear = Number(end.slice(0, 4));
  if (unit === "year") {
    for (; year <= endYear; year++) out.push(String(year).padStart(4, "0"));
    return out;
  }
  let month = Number(start.slice(5, 7));
  const endMonth = Number(end.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    out.push(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

/**
 * Whether the current filter keeps a bin's period: its dates overlap the filter's range (any, when unbounded); the
 * undated bin is kept when no range is set or undated articles are included — the filter's own rule.
 */
export function binKept(bin: HistoryBin, filter: Pick<ViewFilter, "from" | "to" | "includeUndated">): boolean {
  const hasRange = filter.from !== null || filter.to !== null;
  if (!hasRange) return true;
  if (bin.start === null || bin.end === null) return filter.includeUndated;
  return intervalsOverlap(
    { start: bin.start, end: bin.end },
    { start: filter.from ?? "0000-01-01", end: filter.to ?? "9999-12-31" },
  );
}
