import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { accessRequest, addStaffMember, countRows, request, staffJson, staffRequest } from "../helpers";
import { expectError, expectInvalid, expectJson, expectStatus, shapes } from "../http";

async function readOrganization(slug: string) {
  return expectJson(await staffRequest(`/api/v1/organizations/${slug}`), 200, shapes.organization);
}

async function directory() {
  return (await expectJson(await request("/api/v1/organizations"), 200, shapes.directory)).organizations;
}

const PA_STAFF = "coordinator@demo-pa.example.org";
let paStaffId: string;

beforeAll(async () => {
  paStaffId = await addStaffMember(PA_STAFF, "org-demo-pa");
});

describe("organizations: happy path", () => {
  it("the public directory lists the three demo organizations without credentials, and no internal settings", async () => {
    const organizations = await directory();
    expect(organizations.map((o) => o.slug).sort()).toEqual(["demo-jp", "demo-pa", "demo-uk"]);
    expect(organizations).toContainEqual({
      slug: "demo-pa",
      name: "Keystone Innocence Project (demo)",
      jurisdictions: ["US-PA", "US-DE"],
      languages: ["en", "es"],
      website: "https://demo-pa.example.org",
      postalAddress: "PO Box 1234\nPhiladelphia, PA 19101\nUSA",
      // Not counted yet: the daily job counts the wait (test/pages/backlog.test.ts).
      backlog: null,
    });
    expect(organizations).toContainEqual(
      expect.objectContaining({ slug: "demo-uk", jurisdictions: ["GB"], languages: ["en"] }),
    );
    expect(organizations).toContainEqual(
      expect.objectContaining({ slug: "demo-jp", jurisdictions: ["JP"], languages: ["ja", "en"] }),
    );
    for (const o of organizations) {
      expect(Object.keys(o).sort()).toEqual([
        "backlog",
        "jurisdictions",
        "languages",
        "name",
        "postalAddress",
        "slug",
        "website",
      ]);
    }
  });

  it("staff read an organization's settings: jurisdictions, languages, deadlines, quorum", async () => {
    const pa = await readOrganization("demo-pa");
    expect(pa).toEqual({
      id: "org-demo-pa",
      slug: "demo-pa",
      name: "Keystone Innocence Project (demo)",
      languages: ["en", "es"],
      intakeEmail: "intake@demo-pa.example.org",
      jurisdictions: ["US-PA", "US-DE"],
      website: "https://demo-pa.example.org",
      postalAddress: "PO Box 1234\nPhiladelphia, PA 19101\nUSA",
      requireApplicantConfirmation: false,
      reviewDeadlineDays: 14,
      reminders: 2,
      quorum: 1,
      respondDeadlineDays: 30,
      expertDeadlineDays: 21,
      referralDeadlineDays: 21,
      retentionDays: { declined: 730, referred: 2555, closed: 730, withdrawn: 365 },
      draftRetentionDays: 30,
      preservationDueDays: 14,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
    });
  });

  it("PATCH changes deadlines, quorum and jurisdictions; GET shows them; a settings_changed event names the staff actor", async () => {
    const eventsBefore = await countRows("organization_events", "organization_id = 'org-demo-pa'");
    const updated = await expectJson(
      await staffJson("/api/v1/organizations/demo-pa", "PATCH", {
        reviewDeadlineDays: 10,
        respondDeadlineDays: 45,
        quorum: 2,
        jurisdictions: ["us-pa", "US-DE", "US-NJ"],
      }),
      200,
      shapes.organization,
    );
    expect(updated).toMatchObject({
      slug: "demo-pa",
      reviewDeadlineDays: 10,
      respondDeadlineDays: 45,
      quorum: 2,
      jurisdictions: ["US-PA", "US-DE", "US-NJ"],
      // Untouched settings stay as they were.
      name: "Keystone Innocence Project (demo)",
      languages: ["en", "es"],
      reminders: 2,
      expertDeadlineDays: 21,
      referralDeadlineDays: 21,
    });
    expect(await readOrganization("demo-pa")).toEqual(updated);
    expect((await directory()).find((o) => o.slug === "demo-pa")?.jurisdictions).toEqual(["US-PA", "US-DE", "US-NJ"]);

    expect(await countRows("organization_events", "organization_id = 'org-demo-pa'")).toBe(eventsBefore + 1);
    const event = await env.DB.prepare(
      "SELECT type, actor, data FROM organization_events WHERE organization_id = 'org-demo-pa' ORDER BY id DESC LIMIT 1",
    ).first<{ type: string; actor: string; data: string }>();
    expect(event?.type).toBe("settings_changed");
    expect(event?.actor).toBe("staff:api-token");
    const fields = String((JSON.parse(event?.data ?? "{}") as { fields?: string }).fields).split(",");
    expect(fields.sort()).toEqual(["jurisdictions", "quorum", "respondDeadlineDays", "reviewDeadlineDays"]);
  });

  it("PATCH sets the postal address letters carry and whether review waits for the written confirmation of a person in prison", async () => {
    const address = "〒100-0002\n東京都千代田区皇居外苑1-2";
    const updated = await expectJson(
      await staffJson("/api/v1/organizations/demo-jp", "PATCH", {
        postalAddress: `  ${address}  `,
        requireApplicantConfirmation: true,
      }),
      200,
      shapes.organization,
    );
    expect(updated).toMatchObject({ postalAddress: address, requireApplicantConfirmation: true });
    expect((await directory()).find((o) => o.slug === "demo-jp")?.postalAddress).toBe(address);

    await expectInvalid(await staffJson("/api/v1/organizations/demo-jp", "PATCH", { postalAddress: " " }), [
      "postalAddress",
    ]);
    await expectInvalid(
      await staffJson("/api/v1/organizations/demo-jp", "PATCH", { requireApplicantConfirmation: "yes" }),
      ["requireApplicantConfirmation"],
    );
    const cleared = await expectJson(
      await staffJson("/api/v1/organizations/demo-jp", "PATCH", {
        postalAddress: null,
        requireApplicantConfirmation: false,
      }),
      200,
      shapes.organization,
    );
    expect(cleared).toMatchObject({ postalAddress: null, requireApplicantConfirmation: false });
  });

  it("PATCH cannot change the id or slug (they are not settings)", async () => {
    const updated = await expectJson(
      await staffJson("/api/v1/organizations/demo-pa", "PATCH", { id: "org-hijacked", slug: "hijacked" }),
      200,
      shapes.organization,
    );
    expect(updated.id).toBe("org-demo-pa");
    expect(updated.slug).toBe("demo-pa");
    await expectError(await staffRequest("/api/v1/organizations/hijacked"), 404, "not_found");
  });

  it("network staff add an organization (201), which then appears in the public directory", async () => {
    const created = await expectJson(
      await staffJson("/api/v1/organizations", "POST", {
        slug: "demo-fr",
        name: "Projet Innocence France (demo)",
        languages: ["en"],
        intakeEmail: "intake@demo-fr.example.org",
        jurisdictions: ["fr"],
        quorum: 2,
      }),
      201,
      shapes.organization,
    );
    expect(created).toMatchObject({
      slug: "demo-fr",
      name: "Projet Innocence France (demo)",
      languages: ["en"],
      intakeEmail: "intake@demo-fr.example.org",
      jurisdictions: ["FR"],
      website: null,
      quorum: 2,
      reviewDeadlineDays: 14,
      reminders: 2,
    });
    expect(created.id).toEqual(expect.any(String));

    expect(await directory()).toContainEqual({
      slug: "demo-fr",
      name: "Projet Innocence France (demo)",
      jurisdictions: ["FR"],
      languages: ["en"],
      website: null,
      postalAddress: null,
      backlog: null,
    });
    expect(await readOrganization("demo-fr")).toEqual(created);
    expect(
      await countRows(
        "organization_events",
        "organization_id = ? AND type = 'organization_added' AND actor = 'staff:api-token'",
        created.id,
      ),
    ).toBe(1);
  });
});

describe("organizations: bad input", () => {
  const badSettings: [string, Record<string, unknown>, string][] = [
    ["quorum 0", { quorum: 0 }, "quorum"],
    ["reviewDeadlineDays not a number", { reviewDeadlineDays: "x" }, "reviewDeadlineDays"],
    ["a jurisdiction that is not an ISO code", { jurisdictions: ["Pennsylvania"] }, "jurisdictions.0"],
    ["intakeEmail not an email", { intakeEmail: "nope" }, "intakeEmail"],
    ["a language the system does not speak", { languages: ["de"] }, "languages.0"],
  ];

  it("PATCH with every bad field at once → 400 naming each field, and nothing changed", async () => {
    const before = await readOrganization("demo-pa");
    const eventsBefore = await countRows("organization_events", "organization_id = 'org-demo-pa'");
    await expectInvalid(
      await staffJson(
        "/api/v1/organizations/demo-pa",
        "PATCH",
        Object.assign({ name: "Renamed by a bad request" }, ...badSettings.map(([, body]) => body)),
      ),
      badSettings.map(([, , path]) => path),
    );
    expect(await readOrganization("demo-pa")).toEqual(before);
    expect(await countRows("organization_events", "organization_id = 'org-demo-pa'")).toBe(eventsBefore);
  });

  it.each(badSettings)("PATCH with %s → 400 naming the field, and nothing changed", async (_, body, path) => {
    const before = await readOrganization("demo-pa");
    const eventsBefore = await countRows("organization_events", "organization_id = 'org-demo-pa'");
    await expectInvalid(await staffJson("/api/v1/organizations/demo-pa", "PATCH", { ...body, reminders: 5 }), [path]);
    expect(await readOrganization("demo-pa")).toEqual(before);
    expect(await countRows("organization_events", "organization_id = 'org-demo-pa'")).toBe(eventsBefore);
  });

  it("PATCH with a website that is not an http(s) address → 400, and the public directory never links to it", async () => {
    // The landing and status pages render the website as a link (`<a href={o.website}>`).
    const before = await readOrganization("demo-pa");
    for (const website of ["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>"]) {
      await expectInvalid(await staffJson("/api/v1/organizations/demo-pa", "PATCH", { website }), ["website"]);
    }
    expect(await readOrganization("demo-pa")).toEqual(before);
    expect((await directory()).find((o) => o.slug === "demo-pa")?.website).toBe("https://demo-pa.example.org");
  });

  it("PATCH with a body that is not JSON → 400", async () => {
    const response = await staffRequest("/api/v1/organizations/demo-pa", {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: "{not json",
    });
    await expectError(response, 400, "invalid_request");
  });

  it("PATCH or GET an unknown slug → 404", async () => {
    await expectError(await staffJson("/api/v1/organizations/no-such-org", "PATCH", { quorum: 2 }), 404, "not_found");
    await expectError(await staffRequest("/api/v1/organizations/no-such-org"), 404, "not_found");
  });

  it("POST the same slug again → 409, and the first organization is unchanged", async () => {
    const before = await readOrganization("demo-fr");
    const body = await expectError(
      await staffJson("/api/v1/organizations", "POST", {
        slug: "demo-fr",
        name: "A second one",
        languages: ["en"],
        intakeEmail: "other@example.org",
        jurisdictions: ["BE"],
      }),
      409,
      "conflict",
    );
    expect(body.error.message).toContain("demo-fr");
    expect(await readOrganization("demo-fr")).toEqual(before);
    expect(await countRows("organizations", "slug = 'demo-fr'")).toBe(1);
    // An existing demo slug is taken too.
    await expectError(
      await staffJson("/api/v1/organizations", "POST", {
        slug: "demo-pa",
        name: "Impostor",
        languages: ["en"],
        intakeEmail: "impostor@example.org",
        jurisdictions: ["US-PA"],
      }),
      409,
      "conflict",
    );
    expect((await readOrganization("demo-pa")).name).toBe("Keystone Innocence Project (demo)");
  });

  it.each([
    ["uppercase and spaces", "Bad Slug"],
    ["too short", "ab"],
    ["a leading dash", "-demo"],
    ["a trailing dash", "demo-"],
    ["punctuation", "demo_fr!"],
  ])("POST with a slug with %s → 400 naming slug, and nothing stored", async (_, slug) => {
    const before = await countRows("organizations");
    await expectInvalid(
      await staffJson("/api/v1/organizations", "POST", {
        slug,
        name: "Bad slug org",
        languages: ["en"],
        intakeEmail: "intake@bad.example.org",
        jurisdictions: ["BE"],
      }),
      ["slug"],
    );
    expect(await countRows("organizations")).toBe(before);
  });

  it("POST without the required settings → 400 naming each missing field", async () => {
    const before = await countRows("organizations");
    await expectInvalid(await staffJson("/api/v1/organizations", "POST", { slug: "demo-empty" }), [
      "name",
      "languages",
      "intakeEmail",
      "jurisdictions",
    ]);
    expect(await countRows("organizations")).toBe(before);
  });
});

describe("organizations: permissions", () => {
  it("organization staff may not PATCH another organization (403), which stays unchanged", async () => {
    const before = await readOrganization("demo-uk");
    await expectError(
      await accessRequest(PA_STAFF, "/api/v1/organizations/demo-uk", "PATCH", { quorum: 3 }),
      403,
      "forbidden",
    );
    await expectError(await accessRequest(PA_STAFF, "/api/v1/organizations/demo-uk"), 403, "forbidden");
    expect(await readOrganization("demo-uk")).toEqual(before);
    expect(await countRows("organization_events", "organization_id = 'org-demo-uk'")).toBe(0);
  });

  it("organization staff change their own organization (200), recorded with them as the actor", async () => {
    const updated = await expectJson(
      await accessRequest(PA_STAFF, "/api/v1/organizations/demo-pa", "PATCH", { expertDeadlineDays: 28, reminders: 3 }),
      200,
      shapes.organization,
    );
    expect(updated).toMatchObject({ slug: "demo-pa", expertDeadlineDays: 28, reminders: 3 });
    expect(await readOrganization("demo-pa")).toEqual(updated);
    const event = await env.DB.prepare(
      "SELECT type, actor FROM organization_events WHERE organization_id = 'org-demo-pa' ORDER BY id DESC LIMIT 1",
    ).first();
    expect(event).toEqual({ type: "settings_changed", actor: `staff:${paStaffId}` });
  });

  it("organization staff may not add organizations (403)", async () => {
    await expectError(
      await accessRequest(PA_STAFF, "/api/v1/organizations", "POST", {
        slug: "demo-be",
        name: "Belgium",
        languages: ["en"],
        intakeEmail: "intake@demo-be.example.org",
        jurisdictions: ["BE"],
      }),
      403,
      "forbidden",
    );
    expect(await countRows("organizations", "slug = 'demo-be'")).toBe(0);
  });

  it("without credentials the settings cannot be read or changed (401), though the directory is public", async () => {
    await expectError(await request("/api/v1/organizations/demo-pa"), 401, "unauthorized");
    await expectError(
      await request("/api/v1/organizations/demo-pa", {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ quorum: 5 }),
      }),
      401,
      "unauthorized",
    );
    expect((await readOrganization("demo-pa")).quorum).toBe(2);
    await expectStatus(await request("/api/v1/organizations"), 200);
  });
});
