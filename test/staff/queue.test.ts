import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import { caseStatus, request, staffRequest, submitApplication, waitForAssignment, waitUntil } from "../helpers";
import { expectError, expectInvalid, expectJson, expectStatus, shapes } from "../http";

type Page = z.output<typeof shapes.queuePage>;

async function queue(query = ""): Promise<Page> {
  return expectJson(await staffRequest(`/api/v1/cases${query ? `?${query}` : ""}`), 200, shapes.queuePage);
}

async function ids(query: string): Promise<string[]> {
  return (await queue(query)).cases.map((c) => c.id);
}

function waitForStatus(caseId: string, status: string): Promise<true> {
  return waitUntil(
    `case ${caseId} to be ${status}`,
    async () => ((await caseStatus(caseId)) === status ? true : null),
    10_000,
  );
}

const sorted = (list: string[]) => [...list].sort();

/** The cases of this file, oldest first. */
let paOne: string;
let ukOne: string;
let paTwo: string;
/** Convicted in a place no member serves: declined at screening. */
let outside: string;
let all: string[];
const reviewerOf: Record<string, string> = {};
const OVERDUE_AT = Date.UTC(2020, 0, 15, 12, 0, 0);

beforeAll(async () => {
  paOne = (await submitApplication()).id;
  ukOne = (
    await submitApplication({
      organization: "demo-uk",
      conviction: { jurisdiction: "GB", offenses: "Murder", trialOrPlea: "trial", appealStatus: "none" },
    })
  ).id;
  paTwo = (await submitApplication({ applicant: { name: "Grace Other", prisonNumber: "KX-7777", inCustody: true } }))
    .id;
  outside = (await submitApplication({ conviction: { jurisdiction: "FR", offenses: "Theft", trialOrPlea: "trial" } }))
    .id;
  all = [paOne, ukOne, paTwo, outside];
  for (const id of [paOne, ukOne, paTwo]) reviewerOf[id] = await waitForAssignment(id);
  await waitForStatus(outside, "declined");
});

describe("case queue: happy path", () => {
  it("lists every case, newest first, with what a coordinator scans for", async () => {
    const page = await queue();
    expect(page.cases.map((c) => c.id)).toEqual([outside, paTwo, ukOne, paOne]);
    expect(page.nextCursor).toBeNull();

    const item = page.cases.find((c) => c.id === paOne);
    expect(item).toEqual({
      id: paOne,
      reference: expect.stringMatching(/^IN-\d{4}-[A-Z0-9]{6}$/),
      organization: "demo-pa",
      status: "in_review",
      source: "api",
      language: "en",
      applicantName: "Daniel Ortega",
      submittedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      stageDueAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      overdue: false,
      // Its workflow runs.
      stuck: false,
      // The same person (name and prison number) applied to demo-uk and, again, to demo-pa.
      possibleDuplicates: 2,
      jurisdiction: "US-PA",
      offenses: "Robbery",
      evidenceTypes: ["eyewitness", "alibi"],
      outcome: null,
      reasons: [],
      reviewer: expect.any(String),
      daysIntake: 0,
      daysInReview: 0,
      daysAwaitingInfo: 0,
      daysAwaitingExpert: 0,
      daysAccepted: 0,
      nextTask: null,
    });
    expect(page.cases.find((c) => c.id === paTwo)?.possibleDuplicates).toBe(0);
    // A review is due in the organization's review deadline (14 days at demo-pa, 21 at demo-uk).
    const dueIn = (id: string) => {
      const c = page.cases.find((x) => x.id === id);
      return Math.round((Date.parse(c?.stageDueAt ?? "") - Date.parse(c?.submittedAt ?? "")) / 86_400_000);
    };
    expect(dueIn(paOne)).toBe(14);
    expect(dueIn(ukOne)).toBe(21);
    // A declined case asks nobody for anything.
    expect(page.cases.find((c) => c.id === outside)).toMatchObject({
      status: "declined",
      stageDueAt: null,
      overdue: false,
    });
  });

  it("filters by status, one or a comma-separated list", async () => {
    expect(sorted(await ids("status=in_review"))).toEqual(sorted([paOne, ukOne, paTwo]));
    expect(await ids("status=declined")).toEqual([outside]);
    expect(await ids("status=declined,in_review")).toEqual([outside, paTwo, ukOne, paOne]);
    expect(await ids("status=accepted,withdrawn")).toEqual([]);
    for (const c of (await queue("status=in_review,declined")).cases)
      expect(["in_review", "declined"]).toContain(c.status);
  });

  it("filters by organization (slug), alone and with a status", async () => {
    expect(await ids("organization=demo-uk")).toEqual([ukOne]);
    expect(await ids("organization=demo-pa")).toEqual([outside, paTwo, paOne]);
    expect(await ids("organization=demo-pa&status=in_review")).toEqual([paTwo, paOne]);
    expect(await ids("organization=demo-jp")).toEqual([]);
  });

  it("filters by reviewer: only cases that reviewer was asked to review", async () => {
    for (const id of [paOne, ukOne, paTwo]) {
      const reviewer = reviewerOf[id] ?? "";
      const listed = await ids(`reviewer=${encodeURIComponent(reviewer)}`);
      expect(listed).toContain(id);
      const expected = Object.entries(reviewerOf)
        .filter(([, r]) => r === reviewer)
        .map(([caseId]) => caseId);
      expect(sorted(listed)).toEqual(sorted(expected));
    }
    expect(await ids("reviewer=no-such-reviewer")).toEqual([]);
  });

  it("filters by submission day (UTC): the day they were submitted includes them, 2001 excludes them", async () => {
    const page = await queue();
    const days = new Set(page.cases.map((c) => c.submittedAt.slice(0, 10)));
    for (const day of days) {
      const onDay = page.cases.filter((c) => c.submittedAt.startsWith(day)).map((c) => c.id);
      expect(await ids(`submittedFrom=${day}&submittedTo=${day}`)).toEqual(onDay);
      expect(await ids(`submittedFrom=${day}`)).toEqual(
        page.cases.filter((c) => c.submittedAt.slice(0, 10) >= day).map((c) => c.id),
      );
      expect(await ids(`submittedTo=${day}`)).toEqual(
        page.cases.filter((c) => c.submittedAt.slice(0, 10) <= day).map((c) => c.id),
      );
    }
    expect(await ids("submittedFrom=2001-01-01&submittedTo=2001-12-31")).toEqual([]);
    expect(await ids("submittedTo=2001-12-31")).toEqual([]);
    expect(await ids("submittedFrom=2999-01-01")).toEqual([]);
  });

  it("overdue=true lists only the case whose open request is past due, with its due date", async () => {
    expect(await ids("overdue=true")).toEqual([]);
    await env.DB.prepare("UPDATE assignments SET due_at = ? WHERE case_id = ?").bind(OVERDUE_AT, paTwo).run();

    const { cases } = await queue("overdue=true");
    expect(cases.map((c) => c.id)).toEqual([paTwo]);
    expect(cases[0]).toMatchObject({ overdue: true, stageDueAt: new Date(OVERDUE_AT).toISOString() });

    // The full queue marks it too, and only it.
    const full = (await queue()).cases;
    expect(full.filter((c) => c.overdue).map((c) => c.id)).toEqual([paTwo]);
    // overdue=false is no filter.
    expect(await ids("overdue=false")).toEqual(full.map((c) => c.id));
    // Filters combine.
    expect(await ids("overdue=true&organization=demo-uk")).toEqual([]);
    expect(await ids("overdue=true&status=in_review&organization=demo-pa")).toEqual([paTwo]);
  });

  it("cursor pagination with limit=1 walks through every case newest first, no repeats, ending with nextCursor null", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const page: Page = await queue(`limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(page.cases.length).toBeLessThanOrEqual(1);
      seen.push(...page.cases.map((c) => c.id));
      cursor = page.nextCursor;
      if (cursor === null) break;
      expect(page.cases).toHaveLength(1);
    }
    expect(cursor).toBeNull();
    expect(seen).toEqual([outside, paTwo, ukOne, paOne]);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("pages of two hold the same order, and a cursor keeps the filters", async () => {
    const first = await queue("limit=2");
    expect(first.cases.map((c) => c.id)).toEqual([outside, paTwo]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await queue(`limit=2&cursor=${encodeURIComponent(first.nextCursor ?? "")}`);
    expect(second.cases.map((c) => c.id)).toEqual([ukOne, paOne]);
    expect(second.nextCursor).toBeNull();

    const filtered = await queue("organization=demo-pa&limit=1");
    expect(filtered.cases.map((c) => c.id)).toEqual([outside]);
    const next = await queue(`organization=demo-pa&limit=1&cursor=${encodeURIComponent(filtered.nextCursor ?? "")}`);
    expect(next.cases.map((c) => c.id)).toEqual([paTwo]);
  });
});

describe("case queue: bad input", () => {
  it.each([
    ["an unknown status", "status=bogus", ["status"]],
    ["an unknown status in a list", "status=in_review,bogus", ["status"]],
    ["an impossible date", "submittedFrom=2026-13-01", ["submittedFrom"]],
    ["a date that is not a date", "submittedTo=yesterday", ["submittedTo"]],
    ["a date with a time", "submittedFrom=2026-01-01T00:00:00Z", ["submittedFrom"]],
    ["limit 0", "limit=0", ["limit"]],
    ["limit 500", "limit=500", ["limit"]],
    ["a limit that is not a number", "limit=ten", ["limit"]],
    ["overdue maybe", "overdue=maybe", ["overdue"]],
    ["a cursor longer than any cursor", `cursor=${"A".repeat(201)}`, ["cursor"]],
  ])("%s → 400 with the issue's path", async (_, query, paths) => {
    await expectInvalid(await staffRequest(`/api/v1/cases?${query}`), paths);
  });

  it.each([
    ["not base64", "!!!not-a-cursor!!!"],
    ["base64 of nonsense", btoa("nonsense")],
    ["a time that is not a number", btoa("yesterday:some-id")],
    ["no id", btoa("1700000000000:")],
    ["a time out of range", btoa("99999999999999999999:some-id")],
    ["a negative time", btoa("-5:some-id")],
  ])("a garbage cursor (%s) does not fail the request", async (_, cursor) => {
    const response = await staffRequest(`/api/v1/cases?cursor=${encodeURIComponent(cursor)}`);
    expect(response.status, await response.clone().text()).toBeLessThan(500);
    if (response.status === 200) {
      const page = await expectJson(response, 200, shapes.queuePage);
      // Whatever it does, it only ever narrows the queue: nothing that is not a case here.
      for (const c of page.cases) expect(all).toContain(c.id);
    } else {
      await expectError(response, response.status, "invalid_request");
    }
  });

  it("without credentials → 401", async () => {
    await expectStatus(await request("/api/v1/cases"), 401);
  });
});
