/** The evaluation report as the text table `entente eval` prints. */
import type { Counts, EvalReport } from "./score.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function row(name: string, c: Counts): string {
  return `${name.padEnd(24)} ${pct(c.precision).padStart(7)} ${pct(c.recall).padStart(7)} ${c.f1.toFixed(3).padStart(6)}   tp ${c.truePositives}  fp ${c.falsePositives}  fn ${c.falseNegatives}`;
}

export function formatReport(report: EvalReport): string {
  const lines = [
    `${"".padEnd(24)} ${"prec.".padStart(7)} ${"recall".padStart(7)} ${"F1".padStart(6)}`,
    row("relations: cooperation", report.relations.cooperation),
    row("relations: dispute", report.relations.dispute),
    row("relations: alliance", report.relations.alliance),
    row("relations: all", report.relations.all),
    row("relations per article", report.relationsPerArticle),
    row("entities", report.entities),
    row("leader → state links", report.serves),
    "",
    `duplicate actors:        ${report.duplicateActors.length}${report.duplicateActors.map((d) => `\n  - ${d}`).join("")}`,
    `non-leader persons:      ${report.nonLeaderPersons.length}${report.nonLeaderPersons.map((d) => `\n  - ${d}`).join("")}`,
    `evidence from chrome:    ${report.evidence.fromChrome} of ${report.evidence.total} sentences${report.evidence.chromeSamples.map((d) => `\n  - ${d}`).join("")}`,
    `relations w/o evidence:  ${report.unsourcedRelations.length}`,
  ];
  if (report.missing.length > 0) lines.push("", "missing (in the gold, not in the graph):", ...report.missing.map((m) => `  - ${m}`));
  if (report.spurious.length > 0) lines.push("", "spurious (in the graph, not in the gold):", ...report.spurious.map((m) => `  - ${m}`));
  if (report.goldWarnings.length > 0) lines.push("", "gold file warnings:", ...report.goldWarnings.map((m) => `  - ${m}`));
  return lines.join("\n");
}
