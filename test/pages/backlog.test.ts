import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { computeBacklog, countWaiting, NOTHING_COUNTED, WAITING_CHUNK } from "../../src/cases/backlog";
import { createDb } from "../../src/db/client";
import { DAY_MS } from "../../src/lib/tokens";
import { postApplication, request, runDailyJob, validApplication, waitForReviewRequest } from "../helpers";

/**
 * Each organization's wait, counted by the daily job from a seeded history: two organizations
 * with their own reviewers, one with enough first decisions in the last year to say how long they
 * take, one without.
 */

const NOW = Date.now();
const daysAgo = (days: number) => NOW - days * DAY_MS;

type SeededCase = {
  status: string;
  receivedDaysAgo: number;
  decisions?: { outcome: "accept" | "decline" | "refer" | "request_info" | "consult_expert"; daysAgo: number }[];
};

let seeded = 0;

async function seedOrganization(slug: string, jurisdiction: string) {
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO organizations (id, slug, name, languages, intake_email, jurisdictions) VALUES (?, ?, ?, '[\"en\"]', ?, ?)",
    ).bind(`org-${slug}`, slug, `Wait Test ${slug}`, `intake@${slug}.example.org`, JSON.stringify([jurisdiction])),
    env.DB.prepare("INSERT INTO reviewers (id, organization_id, name, email) VALUES (?, ?, ?, ?)").bind(
      `rev-${slug}`,
      `org-${slug}`,
      `Reviewer ${slug}`,
      `reviewer@${slug}.example.org`,
    ),
  ]);
}

/** A case as the workflow would have left it: its row, and each reviewer decision with its assignment. */
async function seedCase(slug: string, kase: SeededCase) {
  const id = `seeded-${slug}-${++seeded}`;
  const statements = [
    env.DB.prepare(
      `INSERT INTO cases (id, reference, organization_id, status, language, submitter_role, source, application, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'en', 'self', 'api', ?, ?, ?)`,
    ).bind(
      id,
      `IN-2026-S${String(seeded).padStart(5, "0")}`,
      `org-${slug}`,
      kase.status,
      JSON.stringify(validApplication()),
      daysAgo(kase.receivedDaysAgo),
      NOW,
    ),
  ];
  for (const [index, decision] of (kase.decisions ?? []).entries()) {
    const assignmentId = `${id}-a${index}`;
    statements.push(
      env.DB.prepare(
        "INSERT INTO assignments (id, case_id, round, kind, reviewer_id, status, due_at) VALUES (?, ?, ?, 'review', ?, 'done', ?)",
      ).bind(assignmentId, id, index + 1, `rev-${slug}`, NOW),
      env.DB.prepare(
        "INSERT INTO decisions (id, case_id, round, assignment_id, reviewer_id, outcome, reason_codes, created_at) VALUES (?, ?, ?, ?, ?, ?, '[]', ?)",
      ).bind(
        `${id}-d${index}`,
        id,
        index + 1,
        assignmentId,
        `rev-${slug}`,
        decision.outcome,
        daysAgo(decision.daysAgo),
      ),
    );
  }
  await env.DB.batch(statements);
}

type DirectoryEntry = {
  slug: string;
  backlog: {
    receivedLast12Months: number;
    waitingForFirstDecision: number;
    firstDecisionsLast12Months: number;
    medianDaysToFirstDecision: number | null;
    asOf: string;
  } | null;
};

async function directory(): Promise<DirectoryEntry[]> {
  const response = await request("/api/v1/organizations");
  expect(response.status).toBe(200);
  return (await response.json<{ organizations: DirectoryEntry[] }>()).organizations;
}

beforeAll(async () => {
  await seedOrganization("test-wait", "NZ");
  await seedOrganization("test-few", "IE");

  // 25 cases received in the last year and first answered 5 days ago, after 30, 40 … 270 days.
  for (let i = 0; i < 25; i++) {
    const wait = 30 + 10 * i;
    await seedCase("test-wait", {
      status: i % 2 === 0 ? "declined" : "accepted",
      receivedDaysAgo: wait + 5,
      decisions: [{ outcome: i % 2 === 0 ? "decline" : "accept", daysAgo: 5 }],
    });
  }
  // Received 400 days ago and answered 100 days ago (after 300 days): in the median, not among the received.
  await seedCase("test-wait", {
    status: "declined",
    receivedDaysAgo: 400,
    decisions: [{ outcome: "decline", daysAgo: 100 }],
  });
  // Received and answered more than a year ago: in neither.
  await seedCase("test-wait", {
    status: "declined",
    receivedDaysAgo: 500,
    decisions: [{ outcome: "decline", daysAgo: 390 }],
  });
  // Questions first (not an answer), then referred to another member 20 days after receipt: a wait of 20 days.
  await seedCase("test-wait", {
    status: "in_review",
    receivedDaysAgo: 60,
    decisions: [
      { outcome: "request_info", daysAgo: 50 },
      { outcome: "refer", daysAgo: 40 },
    ],
  });
  // Waiting now for a first answer: in review, asked questions, with an expert, just received.
  await seedCase("test-wait", { status: "in_review", receivedDaysAgo: 100 });
  await seedCase("test-wait", {
    status: "awaiting_info",
    receivedDaysAgo: 90,
    decisions: [{ outcome: "request_info", daysAgo: 30 }],
  });
  await seedCase("test-wait", {
    status: "awaiting_expert",
    receivedDaysAgo: 80,
    decisions: [{ outcome: "consult_expert", daysAgo: 20 }],
  });
  await seedCase("test-wait", { status: "submitted", receivedDaysAgo: 1 });
  // Not waiting: withdrawn before any answer.
  await seedCase("test-wait", { status: "withdrawn", receivedDaysAgo: 30 });

  // The other organization: three answers in a year, too few to say how long they take.
  for (const wait of [10, 20, 30])
    await seedCase("test-few", {
      status: "declined",
      receivedDaysAgo: wait + 1,
      decisions: [{ outcome: "decline", daysAgo: 1 }],
    });
  await seedCase("test-few", { status: "in_review", receivedDaysAgo: 3 });

  await runDailyJob(NOW);
});

/**
 * `count` cases waiting in review for the organization `slug`, with ids `<slug>-00001` onwards, in
 * one statement (the ids must run on with no other case between them).
 */
async function seedWaitingCases(slug: string, count: number) {
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO cases (id, reference, organization_id, status, language, submitter_role, source, application, created_at, updated_at)
     SELECT printf('%s-%05d', ?, i), printf('IN-2026-%s-%05d', ?, i), ?, 'in_review', 'en', 'self', 'api', ?, ?, ? FROM n`,
  )
    .bind(count, slug, slug, `org-${slug}`, JSON.stringify(validApplication()), daysAgo(10), NOW)
    .run();
}

describe("the wait made visible", () => {
  it("the directory's figures match the seeded history", async () => {
    const entries = await directory();
    const wait = entries.find((o) => o.slug === "test-wait");
    expect(wait?.backlog).toEqual({
      // 25 answered + the referred one + 4 waiting + the withdrawn one.
      receivedLast12Months: 31,
      waitingForFirstDecision: 4,
      // 25 + the one received 400 days ago + the referred one.
      firstDecisionsLast12Months: 27,
      // Waits 20, 30, 40 … 270, 300: the 14th of 27 is 150 days.
      medianDaysToFirstDecision: 150,
      asOf: new Date(NOW).toISOString(),
    });
    expect(entries.find((o) => o.slug === "test-few")?.backlog).toMatchObject({
      receivedLast12Months: 4,
      waitingForFirstDecision: 1,
      firstDecisionsLast12Months: 3,
      medianDaysToFirstDecision: null,
    });
  });

  it("the landing page shows each organization's figures, or that there is not enough data yet", async () => {
    const html = await (await request("/?lang=en")).text();
    const section = (slug: string) => {
      const start = html.indexOf(`id="org-${slug}"`);
      return html.slice(start, html.indexOf("</section>", start));
    };
    const wait = section("test-wait").replace(/<[^>]+>/g, " ");
    expect(wait).toMatch(/Applications in the last 12 months\s+31/);
    expect(wait).toMatch(/Waiting for a first decision now\s+4/);
    // 150 days is 4.9 months: rounded up, so that most were indeed answered within it.
    expect(wait).toContain("Most applications get a first answer within about 5 months.");
    expect(section("test-few")).toContain("Not enough data yet to say how long a first answer takes.");
    const es = await (await request("/?lang=es")).text();
    expect(es).toContain("La mayoría de las solicitudes reciben una primera respuesta en unos 5 meses.");
  });

  it("the receipt and the status page of a new case say how long a first answer usually takes", async () => {
    const created = await (
      await postApplication(
        validApplication({
          organization: "test-wait",
          conviction: { jurisdiction: "NZ", offenses: "Robbery" },
          submitter: { role: "self", name: "Wiremu Example", email: "wiremu@example.com" },
          contacts: [],
          lawyers: [],
        }),
      )
    ).json<{ id: string; statusUrl: string }>();
    const path = new URL(created.statusUrl).pathname;
    const receipt = await (await request(`${path}?received=1&lang=en`)).text();
    expect(receipt).toContain("Most applications get a first answer within about 5 months.");
    await waitForReviewRequest(created.id);
    const status = await (await request(`${path}?lang=ja`)).text();
    expect(status).toContain("ほとんどの申し込みは、約5か月以内に最初の答えが出ています。");

    const other = await (
      await postApplication(
        validApplication({
          organization: "test-few",
          conviction: { jurisdiction: "IE", offenses: "Robbery" },
          contacts: [],
          lawyers: [],
        }),
      )
    ).json<{ id: string; statusUrl: string }>();
    const few = await (await request(`${new URL(other.statusUrl).pathname}?received=1&lang=en`)).text();
    expect(few).toContain("Not enough data yet to say how long a first answer takes.");
    await waitForReviewRequest(other.id);
  });
});

describe("the wait of an organization with many cases waiting", () => {
  it("counts each waiting case once when they take more steps than one", async () => {
    await seedOrganization("test-many", "FJ");
    await seedWaitingCases("test-many", WAITING_CHUNK + 1);
    // The daily job's steps read the cases in the order of their ids, WAITING_CHUNK at a time: with no
    // other case among these, at least one step ends on one of them and the next starts after it.
    const others = await env.DB.prepare(
      "SELECT count(*) AS n FROM cases WHERE id BETWEEN 'test-many-00001' AND ? AND organization_id <> 'org-test-many'",
    )
      .bind(`test-many-${String(WAITING_CHUNK + 1).padStart(5, "0")}`)
      .first<number>("n");
    expect(others).toBe(0);

    const db = createDb(env);
    let count = NOTHING_COUNTED;
    let steps = 0;
    // As the daily job does, each count handed to the next step.
    while (count.after !== null) {
      count = await countWaiting(db, count);
      steps++;
    }
    expect(steps).toBeGreaterThan(1);
    await computeBacklog(db, NOW, count.waiting);
    expect((await directory()).find((o) => o.slug === "test-many")?.backlog).toMatchObject({
      receivedLast12Months: WAITING_CHUNK + 1,
      waitingForFirstDecision: WAITING_CHUNK + 1,
    });
  });
});
