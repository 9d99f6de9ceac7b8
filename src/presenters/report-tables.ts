import type { Language } from "../db/schema";
import { labelOf, messages } from "../lib/i18n";
import type { Report } from "./report";

/** The reports' tables, in the order of the page; each name is its CSV's. */
export const reportTableNames = [
  "months",
  "sources",
  "jurisdictions",
  "organizations",
  "outcomes",
  "decline-reasons",
  "evidence",
  "timing",
  "reviewers",
] as const;
export type ReportTableName = (typeof reportTableNames)[number];

/** One table of the reports: its name, caption, columns and rows. */
export type ReportTable = {
  name: ReportTableName;
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
  /** Drawn as bars: the label column and the number column. */
  chart?: { label: number; value: number };
};

const statusWords = (status: string) => status.replaceAll("_", " ");

/**
 * The reports as tables, in the order of the page: what the page draws, in `lang`, and what each
 * CSV holds, without `lang`: the English names (the CSV's columns) and the data's own codes for
 * decline reasons and evidence, as the API gives them.
 */
export function reportTables(report: Report, lang?: Language): ReportTable[] {
  const { applications, timing } = report;
  const catalog = messages[lang ?? "en"];
  const t = catalog.staff.reports;
  const bars = { label: 0, value: 1 };
  const table = (name: ReportTableName) => ({ name, ...t.tables[name], columns: [...t.tables[name].columns] });
  const reason = (code: string) => (lang ? labelOf(catalog.declineReasons.label, code) : statusWords(code));
  const evidence = (code: string) => (lang ? labelOf(catalog.apply.choices.evidenceTypes, code) : code);
  return [
    { ...table("months"), rows: applications.perMonth.map((r) => [r.month, r.count]), chart: bars },
    {
      ...table("sources"),
      rows: applications.bySource.map((r) => [labelOf(t.sources, r.source), r.count]),
      chart: bars,
    },
    {
      ...table("jurisdictions"),
      rows: applications.byJurisdiction.map((r) => [r.jurisdiction, r.count]),
      chart: bars,
    },
    {
      ...table("organizations"),
      rows: applications.byOrganization.map((r) => [r.organization, r.count]),
      chart: bars,
    },
    {
      ...table("outcomes"),
      rows: report.outcomes.map((r) => [labelOf(catalog.staff.statuses, r.status), r.count]),
      chart: bars,
    },
    { ...table("decline-reasons"), rows: report.declineReasons.map((r) => [reason(r.reason), r.count]), chart: bars },
    { ...table("evidence"), rows: report.evidenceTypes.map((r) => [evidence(r.type), r.count]), chart: bars },
    {
      ...table("timing"),
      rows: [
        [
          t.timing.firstDecision,
          timing.toFirstDecision.cases,
          timing.toFirstDecision.medianDays,
          timing.toFirstDecision.p90Days,
        ],
        [t.timing.outcome, timing.toOutcome.cases, timing.toOutcome.medianDays, timing.toOutcome.p90Days],
      ],
    },
    {
      ...table("reviewers"),
      rows: report.reviewers.map((r) => [r.name, r.organization, r.open, r.overdue]),
      chart: { label: 0, value: 2 },
    },
  ];
}
