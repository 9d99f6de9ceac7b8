import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  accessRequest,
  addStaffMember,
  countRows,
  request,
  staffJson,
  staffRequest,
  submitApplication,
  waitForAssignment,
} from "../helpers";
import { expectError, expectInvalid, expectJson, shapes } from "../http";

type Reviewer = z.output<typeof shapes.reviewer>;

async function listReviewers(slug = "demo-pa"): Promise<Reviewer[]> {
  return (await expectJson(await staffRequest(`/api/v1/organizations/${slug}/reviewers`), 200, shapes.reviewers))
    .reviewers;
}

async function reviewer(id: string, slug = "demo-pa"): Promise<Reviewer> {
  const found = (await listReviewers(slug)).find((r) => r.id === id);
  if (!found) throw new Error(`reviewer ${id} is not listed for ${slug}`);
  return found;
}

const UK_STAFF = "coordinator@demo-uk.example.org";

let newcomer: Reviewer;

beforeAll(async () => {
  await addStaffMember(UK_STAFF, "org-demo-uk");
});

describe("reviewers: happy path", () => {
  it("lists an organization's reviewers with their load, and no one else's", async () => {
    const reviewers = await listReviewers();
    expect(reviewers).toEqual([
      {
        id: "rev-pa-1",
        organizationId: "org-demo-pa",
        name: "Alex Rivera",
        email: "alex.rivera@reviewers.example.org",
        language: "en",
        active: true,
        load: 0,
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
      {
        id: "rev-pa-2",
        organizationId: "org-demo-pa",
        name: "Beatriz Santos",
        email: "beatriz.santos@reviewers.example.org",
        language: "es",
        active: true,
        load: 0,
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    ]);
    expect((await listReviewers("demo-uk")).map((r) => r.id)).toEqual(["rev-uk-1", "rev-uk-2"]);
  });

  it("adding a reviewer → 201, active at once with no load, listed, and logged", async () => {
    const response = await staffJson("/api/v1/organizations/demo-pa/reviewers", "POST", {
      name: "Zoe Newcomer",
      email: "zoe.newcomer@reviewers.example.org",
    });
    newcomer = await expectJson(response, 201, shapes.reviewer);
    expect(newcomer).toEqual({
      id: expect.any(String),
      organizationId: "org-demo-pa",
      name: "Zoe Newcomer",
      email: "zoe.newcomer@reviewers.example.org",
      language: "en",
      active: true,
      load: 0,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect((await listReviewers()).map((r) => r.id)).toEqual(["rev-pa-1", "rev-pa-2", newcomer.id]);
    expect(await reviewer(newcomer.id)).toEqual(newcomer);
    expect(
      await countRows(
        "organization_events",
        "organization_id = 'org-demo-pa' AND type = 'reviewer_added' AND actor = 'staff:api-token' AND json_extract(data, '$.reviewerId') = ?",
        newcomer.id,
      ),
    ).toBe(1);
  });

  it("PATCH active=false deactivates a reviewer, with an organization_events row", async () => {
    const updated = await expectJson(
      await staffJson("/api/v1/reviewers/rev-pa-1", "PATCH", { active: false }),
      200,
      shapes.reviewer,
    );
    expect(updated).toMatchObject({ id: "rev-pa-1", active: false, name: "Alex Rivera", language: "en" });
    expect(await reviewer("rev-pa-1")).toEqual(updated);
    const event = await env.DB.prepare(
      "SELECT type, actor, json_extract(data, '$.reviewerId') AS reviewer FROM organization_events WHERE organization_id = 'org-demo-pa' ORDER BY id DESC LIMIT 1",
    ).first();
    expect(event).toEqual({ type: "reviewer_deactivated", actor: "staff:api-token", reviewer: "rev-pa-1" });
  });

  it("deactivating changes nothing else about the reviewer (name, email, language)", async () => {
    const before = await reviewer("rev-pa-2");
    expect(before.language).toBe("es");
    const updated = await expectJson(
      await staffJson("/api/v1/reviewers/rev-pa-2", "PATCH", { active: false }),
      200,
      shapes.reviewer,
    );
    expect(updated).toEqual({ ...before, active: false });
    expect(await reviewer("rev-pa-2")).toEqual({ ...before, active: false });
    const event = await env.DB.prepare(
      "SELECT type, json_extract(data, '$.fields') AS fields FROM organization_events WHERE organization_id = 'org-demo-pa' ORDER BY id DESC LIMIT 1",
    ).first();
    expect(event).toEqual({ type: "reviewer_deactivated", fields: "active" });
  });

  it("a deactivated reviewer gets no new case: it goes to the only active one, whose load goes up by one", async () => {
    const before = await listReviewers();
    expect(before.filter((r) => r.active).map((r) => r.id)).toEqual([newcomer.id]);
    const loadBefore = (await reviewer(newcomer.id)).load;

    const created = await submitApplication();
    const assigned = await waitForAssignment(created.id);
    expect(assigned).toBe(newcomer.id);
    expect(await countRows("assignments", "case_id = ? AND reviewer_id IN ('rev-pa-1', 'rev-pa-2')", created.id)).toBe(
      0,
    );

    const after = await listReviewers();
    expect(after.find((r) => r.id === newcomer.id)?.load).toBe(loadBefore + 1);
    expect(after.find((r) => r.id === "rev-pa-1")?.load).toBe(0);
    expect(after.find((r) => r.id === "rev-pa-2")?.load).toBe(0);
  });

  it("PATCH changes a reviewer's name, email and language, and can reactivate", async () => {
    const updated = await expectJson(
      await staffJson("/api/v1/reviewers/rev-pa-1", "PATCH", {
        name: "Alex Rivera-Cruz",
        email: "alex.rc@reviewers.example.org",
        language: "es",
        active: true,
      }),
      200,
      shapes.reviewer,
    );
    expect(updated).toMatchObject({
      id: "rev-pa-1",
      name: "Alex Rivera-Cruz",
      email: "alex.rc@reviewers.example.org",
      language: "es",
      active: true,
    });
    expect(await reviewer("rev-pa-1")).toEqual(updated);
  });
});

describe("reviewers: bad input", () => {
  it.each([
    ["an invalid email", { name: "Bad Email", email: "not-an-email" }, ["email"]],
    ["an empty name", { name: "", email: "empty.name@reviewers.example.org" }, ["name"]],
    ["a blank name", { name: "   ", email: "blank.name@reviewers.example.org" }, ["name"]],
    [
      "a language the system does not speak",
      { name: "German", email: "de@reviewers.example.org", language: "de" },
      ["language"],
    ],
    ["nothing", {}, ["name", "email"]],
  ])("adding a reviewer with %s → 400 naming the field, and nobody is added", async (_, body, paths) => {
    const before = await countRows("reviewers");
    await expectInvalid(await staffJson("/api/v1/organizations/demo-pa/reviewers", "POST", body), paths);
    expect(await countRows("reviewers")).toBe(before);
  });

  it.each([
    ["an invalid email", { email: "nope" }, ["email"]],
    ["an empty name", { name: "" }, ["name"]],
    ["language de", { language: "de" }, ["language"]],
    ["active not a boolean", { active: "no" }, ["active"]],
  ])("PATCH with %s → 400 naming the field, and the reviewer is unchanged", async (_, body, paths) => {
    const before = await reviewer("rev-pa-1");
    await expectInvalid(await staffJson("/api/v1/reviewers/rev-pa-1", "PATCH", body), paths);
    expect(await reviewer("rev-pa-1")).toEqual(before);
  });

  it("an unknown reviewer → 404", async () => {
    await expectError(
      await staffJson("/api/v1/reviewers/no-such-reviewer", "PATCH", { active: false }),
      404,
      "not_found",
    );
  });

  it("reviewers of an unknown organization → 404", async () => {
    await expectError(await staffRequest("/api/v1/organizations/no-such-org/reviewers"), 404, "not_found");
    await expectError(
      await staffJson("/api/v1/organizations/no-such-org/reviewers", "POST", { name: "X", email: "x@example.org" }),
      404,
      "not_found",
    );
  });
});

describe("reviewers: permissions", () => {
  it("staff of demo-uk may not change a demo-pa reviewer (403), who stays unchanged", async () => {
    const before = await reviewer("rev-pa-1");
    const eventsBefore = await countRows("organization_events", "organization_id = 'org-demo-pa'");
    await expectError(
      await accessRequest(UK_STAFF, "/api/v1/reviewers/rev-pa-1", "PATCH", { active: false, name: "Hijacked" }),
      403,
      "forbidden",
    );
    expect(await reviewer("rev-pa-1")).toEqual(before);
    expect(await countRows("organization_events", "organization_id = 'org-demo-pa'")).toBe(eventsBefore);
  });

  it("staff of demo-uk may neither list nor add demo-pa reviewers (403)", async () => {
    const before = await countRows("reviewers");
    await expectError(await accessRequest(UK_STAFF, "/api/v1/organizations/demo-pa/reviewers"), 403, "forbidden");
    await expectError(
      await accessRequest(UK_STAFF, "/api/v1/organizations/demo-pa/reviewers", "POST", {
        name: "Plant",
        email: "plant@example.org",
      }),
      403,
      "forbidden",
    );
    expect(await countRows("reviewers")).toBe(before);
  });

  it("staff of demo-uk manage their own reviewers", async () => {
    const updated = await expectJson(
      await accessRequest(UK_STAFF, "/api/v1/reviewers/rev-uk-2", "PATCH", { name: "Dana Hughes-Ward" }),
      200,
      shapes.reviewer,
    );
    expect(updated).toMatchObject({ id: "rev-uk-2", name: "Dana Hughes-Ward", active: true });
    const added = await expectJson(
      await accessRequest(UK_STAFF, "/api/v1/organizations/demo-uk/reviewers", "POST", {
        name: "Sam Lee",
        email: "sam.lee@reviewers.example.org",
      }),
      201,
      shapes.reviewer,
    );
    expect(added.organizationId).toBe("org-demo-uk");
    expect((await listReviewers("demo-uk")).map((r) => r.id)).toContain(added.id);
  });

  it("without credentials → 401", async () => {
    await expectError(await request("/api/v1/organizations/demo-pa/reviewers"), 401, "unauthorized");
    await expectError(
      await request("/api/v1/reviewers/rev-pa-1", {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ active: false }),
      }),
      401,
      "unauthorized",
    );
  });
});
