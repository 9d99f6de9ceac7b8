import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { countRows, postApplication, staffJson, staffRequest, validApplication, waitUntil } from "../helpers";
import { page, postForm } from "../pages/staff-forms";

const PRISON_ADDRESS = "SCI Example\nPO Box 244\nCollegeville, PA 19426";

/** The family applies for someone in prison, giving the prison's address. */
function familyApplies(overrides: Record<string, unknown> = {}) {
  const base = validApplication();
  return postApplication(
    validApplication({
      applicant: {
        ...base.applicant,
        name: `Daniel ${crypto.randomUUID().slice(0, 6)}`,
        postalAddress: PRISON_ADDRESS,
      },
      ...overrides,
    }),
  );
}

async function created(response: Response) {
  const body = await response.json<{ id: string; reference: string }>();
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body;
}

const caseStatus = async (id: string) =>
  (await env.DB.prepare("SELECT status FROM cases WHERE id = ?").bind(id).first<{ status: string }>())?.status;

const reviewRequested = (id: string) =>
  countRows("notifications", "case_id = ? AND template = 'review-request' AND status = 'sent'", id);

describe("a person in prison someone else applied for", () => {
  it("gets a letter, listed at /staff/letters, saying who applied for them", async () => {
    const kase = await created(await familyApplies());
    const letter = await waitUntil("the letter to the person in prison", async () => {
      const row = await env.DB.prepare(
        "SELECT n.channel, n.status, c.role, c.postal_address FROM notifications n JOIN contacts c ON c.id = n.contact_id WHERE n.case_id = ? AND n.template = 'applied-for-you'",
      )
        .bind(kase.id)
        .first();
      return row ?? undefined;
    });
    expect(letter).toEqual({ channel: "post", status: "pending", role: "applicant", postal_address: PRISON_ADDRESS });
    const letters = await (await page("/staff/letters")).text();
    expect(letters).toContain(kase.reference);
    expect(letters).toContain("someone applied for them");
  });

  it("gets no letter when they applied themselves, or when no prison address is known", async () => {
    const base = validApplication();
    const self = await created(
      await postApplication(
        validApplication({
          submitter: { role: "self", name: "Daniel Self", email: "daniel.self@example.com" },
          applicant: { ...base.applicant, name: "Daniel Self", postalAddress: PRISON_ADDRESS },
        }),
      ),
    );
    const noAddress = await created(await postApplication(validApplication()));
    for (const kase of [self, noAddress]) {
      await waitUntil("the acknowledgement", async () =>
        (await countRows("notifications", "case_id = ? AND template = 'acknowledgement'", kase.id)) > 0
          ? true
          : undefined,
      );
      expect(await countRows("notifications", "case_id = ? AND template = 'applied-for-you'", kase.id)).toBe(0);
    }
  });
});

describe("an organization that waits for the written confirmation of the person in prison", () => {
  beforeAll(async () => {
    const organization = await staffJson("/api/v1/organizations", "POST", {
      slug: "demo-nj",
      name: "Garden State Innocence (demo)",
      languages: ["en"],
      intakeEmail: "intake@demo-nj.example.org",
      jurisdictions: ["US-NJ"],
      postalAddress: "PO Box 9\nTrenton, NJ 08601",
      requireApplicantConfirmation: true,
    });
    expect(organization.status).toBe(201);
    const reviewer = await staffJson("/api/v1/organizations/demo-nj/reviewers", "POST", {
      name: "Nia Reviewer",
      email: "nia@reviewers.example.org",
      language: "en",
    });
    expect(reviewer.status).toBe(201);
  });

  const inNewJersey = {
    organization: "demo-nj",
    conviction: { jurisdiction: "US-NJ", offenses: "Robbery", trialOrPlea: "trial" },
  };

  it("keeps the case waiting, asks nobody to review it, then starts review once staff record the confirmation", async () => {
    const kase = await created(await familyApplies(inNewJersey));
    await waitUntil("the case to wait", async () =>
      (await caseStatus(kase.id)) === "awaiting_confirmation" ? true : undefined,
    );
    expect(await reviewRequested(kase.id)).toBe(0);
    expect(await countRows("notifications", "case_id = ? AND template = 'applied-for-you'", kase.id)).toBe(1);

    // The case page offers the form; the status says why the case waits.
    const casePage = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(casePage).toContain("awaiting confirmation");
    expect(casePage).toContain("Record the written confirmation");
    const status = await staffRequest(`/api/v1/cases?status=awaiting_confirmation&organization=demo-nj`);
    expect((await status.json<{ cases: { id: string }[] }>()).cases.map((c) => c.id)).toContain(kase.id);

    const recorded = await postForm(`/staff/cases/${kase.id}/confirmation`, { receivedOn: "2026-11-20" });
    expect(recorded.status).toBe(303);
    expect(recorded.headers.get("location")).toBe(`/staff/cases/${kase.id}?done=confirmed`);
    await waitUntil("a reviewer to be asked", async () => ((await reviewRequested(kase.id)) > 0 ? true : undefined));
    expect(await caseStatus(kase.id)).toBe("in_review");
    const event = await env.DB.prepare("SELECT actor, data FROM events WHERE case_id = ? AND type = 'confirmed'")
      .bind(kase.id)
      .first();
    expect(event).toEqual({ actor: "staff:api-token", data: JSON.stringify({ receivedOn: "2026-11-20" }) });

    // Recorded once: a second try is refused and changes nothing.
    const again = await staffJson(`/api/v1/cases/${kase.id}/confirmation`, "POST", {});
    expect(again.status).toBe(409);
    expect(await countRows("events", "case_id = ? AND type = 'confirmed'", kase.id)).toBe(1);
  });

  it("the API records it too, and two staff at once make one confirmation", async () => {
    const kase = await created(await familyApplies(inNewJersey));
    await waitUntil("the case to wait", async () =>
      (await caseStatus(kase.id)) === "awaiting_confirmation" ? true : undefined,
    );
    const [first, second] = await Promise.all([
      staffJson(`/api/v1/cases/${kase.id}/confirmation`, "POST", { receivedOn: "2026-11-21" }),
      staffJson(`/api/v1/cases/${kase.id}/confirmation`, "POST", { receivedOn: "2026-11-21" }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect(await countRows("events", "case_id = ? AND type = 'confirmed'", kase.id)).toBe(1);
    await waitUntil("a reviewer to be asked", async () => ((await reviewRequested(kase.id)) > 0 ? true : undefined));
  });

  it("does not wait when the person applied themselves", async () => {
    const base = validApplication();
    const kase = await created(
      await postApplication(
        validApplication({
          ...inNewJersey,
          submitter: { role: "self", name: "Own Applicant", postalAddress: PRISON_ADDRESS },
          applicant: { ...base.applicant, name: "Own Applicant" },
        }),
      ),
    );
    await waitUntil("a reviewer to be asked", async () => ((await reviewRequested(kase.id)) > 0 ? true : undefined));
    expect(await countRows("events", "case_id = ? AND type = 'awaiting_confirmation'", kase.id)).toBe(0);
    const refused = await staffJson(`/api/v1/cases/${kase.id}/confirmation`, "POST", {});
    expect(refused.status).toBe(409);
  });
});
