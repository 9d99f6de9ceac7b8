import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { type SeedCase, seedStatements } from "../../bench/seed";
import { accessJwt, addStaffMember, asAccess, request, staffRequest } from "../helpers";
import { exportThroughPages } from "../staff/exporting";

const DAY = 86_400_000;
const at = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * A history of two organizations of their own, told as it happened: six cases received in the
 * first quarter of 2025 and one the day before it. Every figure expected below is counted by hand
 * from it.
 */
const history: SeedCase[] = [
  {
    id: "rep-1",
    reference: "IN-2025-REPAAA",
    organizationId: "org-rep-a",
    source: "web_form",
    jurisdiction: "US-NY",
    evidenceTypes: ["dna", "eyewitness"],
    receivedAt: at("2025-01-05"),
    status: "declined",
    reviews: [
      {
        id: "rep-1-r",
        reviewerId: "rev-rep-a1",
        createdAt: at("2025-01-06"),
        dueAt: at("2025-01-20"),
        status: "done",
        decision: {
          id: "rep-1-d",
          outcome: "decline",
          reasonCodes: ["no_new_evidence", "capacity"],
          at: at("2025-01-15"),
        },
      },
    ],
    moves: [
      { to: "in_review", at: at("2025-01-06") },
      { to: "declined", at: at("2025-01-16"), data: { decisionId: "rep-1-d", reason: null } },
    ],
  },
  {
    id: "rep-2",
    reference: "IN-2025-REPBBB",
    organizationId: "org-rep-a",
    source: "api",
    jurisdiction: "US-NY",
    evidenceTypes: ["alibi"],
    receivedAt: at("2025-01-20"),
    status: "referred",
    reviews: [
      {
        id: "rep-2-r",
        reviewerId: "rev-rep-a2",
        createdAt: at("2025-01-21"),
        dueAt: at("2025-02-04"),
        status: "done",
        decision: { id: "rep-2-d", outcome: "accept", at: at("2025-02-09") },
      },
    ],
    moves: [
      { to: "in_review", at: at("2025-01-21") },
      { to: "accepted", at: at("2025-02-10") },
      { to: "referred", at: at("2025-02-19") },
    ],
  },
  {
    id: "rep-3",
    reference: "IN-2025-REPCCC",
    organizationId: "org-rep-a",
    source: "paper_mail",
    jurisdiction: "US-NJ",
    evidenceTypes: ["dna"],
    receivedAt: at("2025-02-03"),
    status: "in_review",
    reviews: [
      { id: "rep-3-r", reviewerId: "rev-rep-a1", createdAt: at("2025-02-04"), dueAt: at("2025-02-18"), status: "open" },
    ],
    moves: [{ to: "in_review", at: at("2025-02-04") }],
  },
  {
    id: "rep-4",
    reference: "IN-2025-REPDDD",
    organizationId: "org-rep-b",
    source: "web_form",
    jurisdiction: "GB",
    receivedAt: at("2025-02-10"),
    status: "declined",
    moves: [{ to: "declined", at: at("2025-02-11"), data: { decisionId: null, reason: "outside_jurisdiction" } }],
  },
  {
    id: "rep-5",
    reference: "IN-2025-REPEEE",
    organizationId: "org-rep-b",
    source: "paper_mail",
    jurisdiction: "GB",
    evidenceTypes: ["confession", "dna"],
    receivedAt: at("2025-03-01"),
    status: "declined",
    reviews: [
      {
        id: "rep-5-r",
        reviewerId: "rev-rep-b1",
        createdAt: at("2025-03-01"),
        dueAt: at("2025-03-15"),
        status: "done",
        decision: { id: "rep-5-d", outcome: "decline", reasonCodes: ["capacity"], at: at("2025-03-05") },
      },
    ],
    moves: [
      { to: "in_review", at: at("2025-03-01") },
      { to: "declined", at: at("2025-03-06"), data: { decisionId: "rep-5-d", reason: null } },
    ],
  },
  {
    id: "rep-6",
    reference: "IN-2025-REPFFF",
    organizationId: "org-rep-a",
    source: "web_form",
    jurisdiction: "US-NY",
    evidenceTypes: ["eyewitness"],
    receivedAt: at("2025-03-30"),
    status: "in_review",
    reviews: [
      { id: "rep-6-r", reviewerId: "rev-rep-a2", createdAt: at("2025-03-31"), dueAt: at("2099-01-01"), status: "open" },
    ],
    moves: [{ to: "in_review", at: at("2025-03-31") }],
  },
  {
    id: "rep-7",
    reference: "IN-2024-REPGGG",
    organizationId: "org-rep-a",
    source: "api",
    jurisdiction: "US-NY",
    receivedAt: at("2024-12-31"),
    status: "in_review",
    reviews: [
      {
        id: "rep-7-r",
        reviewerId: "rev-rep-a1",
        createdAt: at("2024-12-31") + DAY / 2,
        dueAt: at("2099-01-01"),
        status: "open",
      },
    ],
  },
];

beforeAll(async () => {
  if ((await env.DB.prepare("SELECT id FROM organizations WHERE id = 'org-rep-a'").first()) !== null) return;
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES
       ('org-rep-a', 'rep-a', 'Report Project A', '["en"]', 'intake@rep-a.example.org', '["US-NY","US-NJ"]'),
       ('org-rep-b', 'rep-b', 'Report Project B', '["en"]', 'intake@rep-b.example.org', '["GB"]')`,
    ),
    env.DB.prepare(
      `INSERT INTO reviewers (id, organization_id, name, email) VALUES
       ('rev-rep-a1', 'org-rep-a', 'Ana Alpha', 'ana@reviewers.example.org'),
       ('rev-rep-a2', 'org-rep-a', 'Ben Beta', 'ben@reviewers.example.org'),
       ('rev-rep-b1', 'org-rep-b', 'Cleo Gamma', 'cleo@reviewers.example.org')`,
    ),
    ...seedStatements(history).map((s) => env.DB.prepare(s.sql).bind(...s.params)),
  ]);
});

const QUARTER = "from=2025-01-01&to=2025-03-31";

async function report(query: string, init?: RequestInit) {
  const response = await staffRequest(`/api/v1/reports?${query}`, init);
  expect(response.status).toBe(200);
  return response.json<Record<string, unknown>>();
}

describe("reports", () => {
  it("match the seeded history exactly, for one organization", async () => {
    expect(await report(`${QUARTER}&organization=rep-a`)).toEqual({
      scope: { from: "2025-01-01", to: "2025-03-31", organization: "rep-a" },
      applications: {
        total: 4,
        perMonth: [
          { month: "2025-01", count: 2 },
          { month: "2025-02", count: 1 },
          { month: "2025-03", count: 1 },
        ],
        bySource: [
          { source: "web", count: 2 },
          { source: "api", count: 1 },
          { source: "post", count: 1 },
        ],
        byJurisdiction: [
          { jurisdiction: "US-NY", count: 3 },
          { jurisdiction: "US-NJ", count: 1 },
        ],
        byOrganization: [{ organization: "rep-a", count: 4 }],
      },
      outcomes: [
        { status: "in_review", count: 2 },
        { status: "declined", count: 1 },
        { status: "referred", count: 1 },
      ],
      declineReasons: [
        { reason: "capacity", count: 1 },
        { reason: "no_new_evidence", count: 1 },
      ],
      evidenceTypes: [
        { type: "dna", count: 2 },
        { type: "eyewitness", count: 2 },
        { type: "alibi", count: 1 },
      ],
      timing: {
        toFirstDecision: { cases: 2, medianDays: 10, p90Days: 20 },
        toOutcome: { cases: 2, medianDays: 11, p90Days: 30 },
      },
      reviewers: [
        { reviewerId: "rev-rep-a1", name: "Ana Alpha", organization: "rep-a", open: 2, overdue: 1 },
        { reviewerId: "rev-rep-a2", name: "Ben Beta", organization: "rep-a", open: 1, overdue: 0 },
      ],
    });
  });

  it("match it across organizations: sources, reasons, evidence and the percentiles of both", async () => {
    const all = await report(QUARTER);
    expect(all).toMatchObject({
      applications: {
        total: 6,
        bySource: [
          { source: "web", count: 3 },
          { source: "post", count: 2 },
          { source: "api", count: 1 },
        ],
        byJurisdiction: [
          { jurisdiction: "US-NY", count: 3 },
          { jurisdiction: "GB", count: 2 },
          { jurisdiction: "US-NJ", count: 1 },
        ],
        byOrganization: [
          { organization: "rep-a", count: 4 },
          { organization: "rep-b", count: 2 },
        ],
      },
      outcomes: [
        { status: "declined", count: 3 },
        { status: "in_review", count: 2 },
        { status: "referred", count: 1 },
      ],
      declineReasons: [
        { reason: "capacity", count: 2 },
        { reason: "no_new_evidence", count: 1 },
        { reason: "outside_jurisdiction", count: 1 },
      ],
      evidenceTypes: [
        { type: "dna", count: 3 },
        { type: "eyewitness", count: 2 },
        { type: "alibi", count: 1 },
        { type: "confession", count: 1 },
      ],
      // First decisions after 4, 10 and 20 days; outcomes after 1, 5, 11 and 30 (nearest rank).
      timing: {
        toFirstDecision: { cases: 3, medianDays: 10, p90Days: 20 },
        toOutcome: { cases: 4, medianDays: 5, p90Days: 30 },
      },
    });
    const months = await report("from=2024-12-01&to=2025-02-28&organization=rep-b");
    expect(months.applications).toMatchObject({
      total: 1,
      perMonth: [
        { month: "2024-12", count: 0 },
        { month: "2025-01", count: 0 },
        { month: "2025-02", count: 1 },
      ],
    });
  });

  it("organization staff see their own organization's figures only", async () => {
    await addStaffMember("reports@rep-b.example.org", "org-rep-b");
    const jwt = await accessJwt({ email: "reports@rep-b.example.org" });
    const own = await report(QUARTER, asAccess(jwt));
    expect(own).toMatchObject({ scope: { organization: "rep-b" }, applications: { total: 2 } });
    expect((await request(`/api/v1/reports?${QUARTER}&organization=rep-a`, asAccess(jwt))).status).toBe(403);
    expect((await staffRequest("/api/v1/reports?from=2025-03-01&to=2025-01-01")).status).toBe(400);
    expect((await staffRequest("/api/v1/reports?organization=nowhere")).status).toBe(400);
  });

  it("the page draws each figure as SVG beside its table, with no script, and offers a CSV of each", async () => {
    const page = await staffRequest(`/staff/reports?${QUARTER}&organization=rep-a`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain("<script");
    expect(html.match(/<svg /g)).toHaveLength(8);
    expect(html.match(/<table>/g)).toHaveLength(9);
    expect(html).toContain('<title id="sources-chart-title">Applications by source, as a bar chart');
    // Each table's button asks for its CSV with the report's filters.
    const sourcesForm = html.slice(html.indexOf('<input type="hidden" name="table" value="sources"/>'));
    expect(sourcesForm.slice(0, sourcesForm.indexOf("</form>"))).toContain(
      '<input type="hidden" name="from" value="2025-01-01"/><input type="hidden" name="to" value="2025-03-31"/><input type="hidden" name="organization" value="rep-a"/>',
    );

    const timing = await exportThroughPages({ kind: "report", table: "timing", from: "2025-01-01", to: "2025-03-31" });
    expect(timing.download.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(timing.csv).toBe(
      "to,cases,median days,90th percentile days\r\nfirst decision,3,10,20\r\noutcome,4,5,30\r\n",
    );
    const sources = await exportThroughPages({
      kind: "report",
      table: "sources",
      from: "2025-01-01",
      to: "2025-03-31",
      organization: "rep-b",
    });
    expect(sources.csv).toBe("source,applications\r\npost,1\r\nweb,1\r\n");
  });

  it("the page keeps bad filters and says what is wrong", async () => {
    const page = await staffRequest("/staff/reports?from=2025-03-01&to=2025-01-01");
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain('value="2025-03-01"');
    expect(html).toContain('aria-invalid="true"');
  });

  it("the queue CSV carries what a director needs: place, offences, evidence, outcome, reasons, reviewer, days per stage", async () => {
    const { csv } = await exportThroughPages({
      kind: "cases",
      organization: "rep-a",
      submittedFrom: "2025-01-01",
      submittedTo: "2025-03-31",
    });
    const [header, ...lines] = csv.trimEnd().split("\r\n");
    const columns = header?.split(",") ?? [];
    const row = (id: string) => {
      const cells = lines.find((line) => line.startsWith(`${id},`))?.split(",") ?? [];
      return Object.fromEntries(columns.map((name, i) => [name, cells[i]]));
    };
    expect(row("rep-1")).toMatchObject({
      jurisdiction: "US-NY",
      offenses: "Robbery",
      evidenceTypes: "dna; eyewitness",
      outcome: "declined",
      reasons: "no_new_evidence; capacity",
      reviewer: "Ana Alpha",
      daysIntake: "1",
      daysInReview: "10",
      daysAwaitingInfo: "0",
      daysAccepted: "0",
    });
    expect(row("rep-2")).toMatchObject({
      outcome: "referred",
      reasons: "",
      reviewer: "Ben Beta",
      daysIntake: "1",
      daysInReview: "20",
      daysAccepted: "9",
    });
    expect(row("rep-3")).toMatchObject({ outcome: "", evidenceTypes: "dna", jurisdiction: "US-NJ" });
  });
});
