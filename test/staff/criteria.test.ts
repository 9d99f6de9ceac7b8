import { beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import type { criterionSchema } from "../../src/schemas/organization";
import {
  accessRequest,
  addStaffMember,
  countRows,
  request,
  staffJson,
  staffRequest,
  submitApplication,
  waitForAssignment,
  waitForReviewRequest,
} from "../helpers";
import { expectError, expectInvalid, expectJson, shapes } from "../http";

type Criterion = z.input<typeof criterionSchema>;

async function readCase(id: string) {
  return expectJson(await staffRequest(`/api/v1/cases/${id}`), 200, shapes.case);
}

async function versions(slug = "demo-pa") {
  return (await expectJson(await staffRequest(`/api/v1/organizations/${slug}/criteria`), 200, shapes.criteriaVersions))
    .versions;
}

/** The demo network's version 1 for demo-pa, as scripts/demo-network.sql loads it. */
const PA_VERSION_1: Criterion[] = [
  {
    id: "actual_innocence",
    question: "Does the applicant claim actual innocence (not only a legal error)?",
    questions: { es: "¿La persona solicitante dice que es inocente de verdad (no solo que hubo un error legal)?" },
    onFail: "decline",
  },
  {
    id: "direct_appeal",
    question: "Is the direct appeal finished?",
    questions: { es: "¿Ya terminó la apelación directa?" },
    rule: { field: "conviction.appealStatus", op: "not_equals", value: "direct_appeal_pending" },
    onFail: "flag",
  },
];

/** Version 2: the sample application (appealStatus direct_appeal_decided) fails `post_conviction_done`. */
const PA_VERSION_2: Criterion[] = [
  { id: "claims_innocence", question: "Does the applicant say they did not do it?", onFail: "decline" },
  {
    id: "post_conviction_done",
    question: "Has post-conviction review been decided?",
    rule: { field: "conviction.appealStatus", op: "equals", value: "post_conviction_decided" },
    onFail: "decline",
  },
  {
    id: "served_state",
    question: "Was the conviction in Pennsylvania or Delaware?",
    rule: { field: "conviction.jurisdiction", op: "in", value: ["US-PA", "US-DE"] },
    onFail: "route",
  },
];

const UK_STAFF = "coordinator@demo-uk.example.org";
let firstCase: string;

beforeAll(async () => {
  await addStaffMember(UK_STAFF, "org-demo-uk");
  firstCase = (await submitApplication()).id;
  await waitForReviewRequest(firstCase);
});

describe("criteria versions: happy path", () => {
  it("a case submitted now is screened against version 1", async () => {
    const { screenings } = await readCase(firstCase);
    expect(screenings).toHaveLength(1);
    expect(screenings[0]).toMatchObject({
      organization: "demo-pa",
      criteriaVersion: 1,
      outcome: "pass",
      results: [
        { id: "actual_innocence", result: "unknown", onFail: "decline" },
        { id: "direct_appeal", result: "pass", onFail: "flag" },
      ],
    });
  });

  it("publishing new criteria → 201 with version 2, recorded in the organization's log", async () => {
    const created = await expectJson(
      await staffJson("/api/v1/organizations/demo-pa/criteria", "POST", { criteria: PA_VERSION_2 }),
      201,
      shapes.criteriaVersion,
    );
    expect(created).toEqual({
      version: 2,
      criteria: PA_VERSION_2,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(
      await countRows(
        "organization_events",
        "organization_id = 'org-demo-pa' AND type = 'criteria_published' AND actor = 'staff:api-token' AND json_extract(data, '$.version') = 2",
      ),
    ).toBe(1);
  });

  it("the list shows every version, newest first, and version 1 is unchanged", async () => {
    const list = await versions();
    expect(list.map((v) => v.version)).toEqual([2, 1]);
    expect(list[0]?.criteria).toEqual(PA_VERSION_2);
    expect(list[1]?.criteria).toEqual(PA_VERSION_1);
    // Other organizations' criteria are untouched.
    expect((await versions("demo-uk")).map((v) => v.version)).toEqual([1]);
  });

  it("the case screened earlier still shows version 1 and its criterion ids", async () => {
    const { screenings } = await readCase(firstCase);
    expect(screenings).toHaveLength(1);
    expect(screenings[0]?.criteriaVersion).toBe(1);
    expect(screenings[0]?.results.map((r) => r.id)).toEqual(["actual_innocence", "direct_appeal"]);
  });

  it("a case submitted after is screened against version 2; a failed rule is flagged for the reviewer, not declined", async () => {
    const { id } = await submitApplication({
      applicant: { name: "Ruth Newcase", prisonNumber: "KX-5000", inCustody: true },
    });
    // Screening comes before the assignment.
    await waitForAssignment(id);

    const detail = await readCase(id);
    expect(detail.screenings).toHaveLength(1);
    expect(detail.screenings[0]).toMatchObject({ organization: "demo-pa", criteriaVersion: 2, outcome: "flagged" });
    expect(detail.screenings[0]?.results).toEqual([
      { id: "claims_innocence", result: "unknown", onFail: "decline" },
      { id: "post_conviction_done", result: "fail", onFail: "decline" },
      { id: "served_state", result: "pass", onFail: "route" },
    ]);
    // Screening never declines by itself: the case goes to a reviewer with the flag.
    expect(detail.status).toBe("in_review");
    expect(detail.assignments.map((a) => a.kind)).toEqual(["review"]);
  });

  it("organization staff may publish their own organization's criteria", async () => {
    const created = await expectJson(
      await accessRequest(UK_STAFF, "/api/v1/organizations/demo-uk/criteria", "POST", {
        criteria: [{ id: "any_case", question: "Is there a case?", onFail: "flag" }],
      }),
      201,
      shapes.criteriaVersion,
    );
    expect(created.version).toBe(2);
  });
});

describe("criteria versions: bad input", () => {
  const valid = (overrides: Record<string, unknown> = {}) => ({
    id: "some_rule",
    question: "A question?",
    rule: { field: "conviction.appealStatus", op: "equals", value: "none" },
    onFail: "flag",
    ...overrides,
  });

  it.each([
    [
      "two criteria with the same id",
      { criteria: [valid({ id: "same" }), valid({ id: "same", question: "Another?" })] },
      ["criteria"],
    ],
    [
      "an unknown op",
      { criteria: [valid({ rule: { field: "conviction.appealStatus", op: "greater_than", value: 1 } })] },
      ["criteria.0.rule.op"],
    ],
    ["onFail maybe", { criteria: [valid({ onFail: "maybe" })] }, ["criteria.0.onFail"]],
    ["a missing question", { criteria: [valid(), { id: "no_question", onFail: "flag" }] }, ["criteria.1.question"]],
    ["a blank question", { criteria: [valid({ question: "   " })] }, ["criteria.0.question"]],
    ["an id with capitals and spaces", { criteria: [valid({ id: "Not An Id" })] }, ["criteria.0.id"]],
    ["criteria not an array", { criteria: "all of them" }, ["criteria"]],
    ["no criteria at all", {}, ["criteria"]],
  ])("%s → 400 naming the field, and no version is published", async (_, body, paths) => {
    const before = await versions();
    const eventsBefore = await countRows("organization_events", "organization_id = 'org-demo-pa'");
    await expectInvalid(await staffJson("/api/v1/organizations/demo-pa/criteria", "POST", body), paths);
    expect(await versions()).toEqual(before);
    expect(await countRows("organization_events", "organization_id = 'org-demo-pa'")).toBe(eventsBefore);
  });

  it("an unknown organization → 404", async () => {
    await expectError(await staffRequest("/api/v1/organizations/no-such-org/criteria"), 404, "not_found");
    await expectError(
      await staffJson("/api/v1/organizations/no-such-org/criteria", "POST", { criteria: [valid()] }),
      404,
      "not_found",
    );
  });
});

describe("criteria versions: permissions", () => {
  it("staff of another organization may neither read nor publish (403), and nothing is published", async () => {
    const before = await versions();
    await expectError(await accessRequest(UK_STAFF, "/api/v1/organizations/demo-pa/criteria"), 403, "forbidden");
    await expectError(
      await accessRequest(UK_STAFF, "/api/v1/organizations/demo-pa/criteria", "POST", {
        criteria: [{ id: "sneaky", question: "Sneaky?", onFail: "decline" }],
      }),
      403,
      "forbidden",
    );
    expect(await versions()).toEqual(before);
  });

  it("without credentials → 401", async () => {
    await expectError(await request("/api/v1/organizations/demo-pa/criteria"), 401, "unauthorized");
    await expectError(
      await request("/api/v1/organizations/demo-pa/criteria", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ criteria: [] }),
      }),
      401,
      "unauthorized",
    );
  });
});
