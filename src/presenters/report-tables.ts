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

/** The reports as tables, in the order of the page: what the page draws and what each CSV holds. */
export function reportTables(report: Report): ReportTable[] {
  const { applications, timing } = report;
  const bars = { label: 0, value: 1 };
  return [
    {
      name: "months",
      caption: "Applications per month",
      columns: ["month", "applications"],
      rows: applications.perMonth.map((r) => [r.month, r.count]),
      chart: bars,
    },
    {
      name: "sources",
      caption: "Applications by source",
      columns: ["source", "applications"],
      rows: applications.bySource.map((r) => [r.source, r.count]),
      chart: bars,
    },
    {
      name: "jurisdictions",
      caption: "Applications by place of conviction",
      columns: ["jurisdiction", "applications"],
      rows: applications.byJurisdiction.map((r) => [r.jurisdiction, r.count]),
      chart: bars,
    },
    {
      name: "organizations",
      caption: "Applications by organization",
      columns: ["organization", "applications"],
      rows: applications.byOrganization.map((r) => [r.organization, r.count]),
      chart: bars,
    },
    {
      name: "outcomes",
      caption: "Where the cases are now",
      columns: ["status", "cases"],
      rows: report.outcomes.map((r) => [statusWords(r.status), r.count]),
      chart: bars,
    },
    {
      name: "decline-reasons",
      caption: "Decline reasons (a case can have several)",
      columns: ["reason", "cases"],
      rows: report.declineReasons.map((r) => [statusWords(r.reason), r.count]),
      chart: bars,
    },
    {
      name: "evidence",
      caption: "Evidence the applicants named (a case can name several)",
      columns: ["evidence", "cases"],
      rows: report.evidenceTypes.map((r) => [r.type, r.count]),
      chart: bars,
    },
    {
      name: "timing",
      caption: "Days from receipt",
      columns: ["to", "cases", "median days", "90th percentile days"],
      rows: [
        [
          "first decision",
          timing.toFirstDecision.cases,
          timing.toFirstDecision.medianDays,
          timing.toFirstDecision.p90Days,
        ],
        ["outcome", timing.toOutcome.cases, timing.toOutcome.medianDays, timing.toOutcome.p90Days],
      ],
    },
    {
      name: "reviewers",
      caption: "Reviewer load now",
      columns: ["reviewer", "organization", "open reviews", "overdue"],
      rows: report.reviewers.map((r) => [r.name, r.organization, r.open, r.overdue]),
      chart: { label: 0, value: 2 },
    },
  ];
}
