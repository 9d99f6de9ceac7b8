import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  countRows,
  postApplication,
  request,
  staffJson,
  staffRequest,
  validApplication,
  waitUntil,
  workflowSettled,
} from "../helpers";
import { caseRow, linkFor, mailFor, postForm } from "../workflows/driver";

const LIBERTY = "intake@liberty-probono.example.com";

type Created = { id: string; reference: string };

/** A case whose reviewer has been asked, with the review link they were emailed. */
async function caseWithReviewer(overrides: Record<string, unknown> = {}) {
  const response = await postApplication(validApplication(overrides));
  const kase = await response.json<Created>();
  expect(response.status, JSON.stringify(kase)).toBe(201);
  const review = await waitUntil("the review request", () => linkFor(kase.reference, "review").catch(() => undefined));
  return { ...kase, review };
}

/** The newest link of `path` sent to `to` about a case, once it has been sent. */
function linkTo(reference: string, path: "review" | "respond" | "referral", to: string) {
  return waitUntil(`a ${path} link to ${to}`, () => linkFor(reference, path, to).catch(() => undefined));
}

async function statusOf(caseId: string, status: string) {
  return waitUntil(`case ${caseId} to be ${status}`, async () =>
    (await caseRow(caseId))?.status === status ? true : undefined,
  );
}

async function staffEvents(caseId: string) {
  const { events } = await (await staffRequest(`/api/v1/cases/${caseId}/events`)).json<{
    events: { type: string; actor: string; data: Record<string, unknown> }[];
  }>();
  return events;
}

describe("referral partners are managed like reviewers", () => {
  it("staff list, add, change and deactivate an organization's partners; each change is logged", async () => {
    const added = await staffJson("/api/v1/organizations/demo-uk/partners", "POST", {
      name: "  Northern Appeals Clinic (test) ",
      email: "clinic@northern-appeals.example.org",
    });
    const partner = await added.json<{ id: string; name: string; active: boolean; language: string }>();
    expect(added.status, JSON.stringify(partner)).toBe(201);
    expect(partner).toMatchObject({ name: "Northern Appeals Clinic (test)", active: true, language: "en" });

    const listed = await (await staffRequest("/api/v1/organizations/demo-uk/partners")).json<{
      partners: { id: string }[];
    }>();
    expect(listed.partners.map((p) => p.id)).toEqual(expect.arrayContaining(["partner-uk", partner.id]));

    const off = await staffJson(`/api/v1/partners/${partner.id}`, "PATCH", { active: false, language: "ja" });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ active: false, language: "ja" });
    const logged = await env.DB.prepare(
      "SELECT type FROM organization_events WHERE organization_id = 'org-demo-uk' AND json_extract(data, '$.partnerId') = ? ORDER BY id",
    )
      .bind(partner.id)
      .all<{ type: string }>();
    expect(logged.results.map((r) => r.type)).toEqual(["partner_added", "partner_deactivated"]);

    const bad = await staffJson("/api/v1/organizations/demo-uk/partners", "POST", { name: "", email: "nope" });
    expect(bad.status).toBe(400);
    expect((await bad.json<{ error: { issues: { path: string }[] } }>()).error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["name", "email"]),
    );
    expect((await staffJson("/api/v1/partners/no-such-partner", "PATCH", { active: true })).status).toBe(404);
  });
});

describe("every state can move on", () => {
  it("after the partner declines, staff choose another partner, then another member, who takes the case", async () => {
    const added = await staffJson("/api/v1/organizations/demo-pa/partners", "POST", {
      name: "Second Chance Law (test)",
      email: "referrals@second-chance.example.com",
    });
    const { id: partnerId } = await added.json<{ id: string }>();
    const kase = await caseWithReviewer();
    expect((await postForm(kase.review, { decision: "accept" })).status).toBe(200);

    // The organization's first partner declines: the case stays accepted and staff are told.
    await postForm(await linkTo(kase.reference, "referral", LIBERTY), { response: "decline" });
    await workflowSettled(kase.id);
    expect((await caseRow(kase.id))?.status).toBe("accepted");
    const [alert] = await mailFor(kase.reference, { to: "intake@demo-pa.example.org" });
    expect(alert?.subject).toBe(`Referral declined — ${kase.reference}`);

    // Staff choose the other partner, who is emailed the packet.
    const chosen = await staffJson(`/api/v1/cases/${kase.id}/refer`, "POST", { partnerId });
    expect(chosen.status, await chosen.clone().text()).toBe(200);
    expect(await chosen.json()).toEqual({ id: kase.id, status: "accepted" });
    const secondOffer = await linkTo(kase.reference, "referral", "referrals@second-chance.example.com");
    const packet = await (await request(secondOffer, { headers: { "Accept-Language": "en" } })).text();
    expect(packet).toContain("Daniel Ortega");

    // While that offer is open, another choice is refused, saying why.
    await waitUntil("the open offer", async () =>
      (await countRows("assignments", "case_id = ? AND kind = 'referral' AND status = 'open'", kase.id)) === 1
        ? true
        : undefined,
    );
    const tooSoon = await staffJson(`/api/v1/cases/${kase.id}/refer`, "POST", { organization: "demo-uk" });
    expect(tooSoon.status).toBe(409);
    expect((await tooSoon.json<{ error: { message: string } }>()).error.message).toMatch(/waiting for an answer/);

    // The second partner declines too; staff offer the case to another member organization.
    await postForm(secondOffer, { response: "decline" });
    await workflowSettled(kase.id);
    const toMember = await staffJson(`/api/v1/cases/${kase.id}/refer`, "POST", { organization: "demo-uk" });
    expect(toMember.status, await toMember.clone().text()).toBe(200);
    await postForm(await linkTo(kase.reference, "referral", "intake@demo-uk.example.org"), { response: "accept" });

    await statusOf(kase.id, "referred");
    expect(await caseRow(kase.id)).toEqual({ status: "referred", organization_id: "org-demo-uk" });
    const chosenBy = (await staffEvents(kase.id)).filter((e) => e.type === "referral_chosen");
    expect(chosenBy).toEqual([
      expect.objectContaining({ actor: "staff:api-token", data: { partnerId } }),
      expect.objectContaining({ actor: "staff:api-token", data: { organizationId: "org-demo-uk" } }),
    ]);
    // The family hears who took the case, in Spanish; nobody heard it twice.
    const [referred] = await mailFor(kase.reference, { to: "maria@example.com" });
    expect(referred?.subject).toBe(`Caso derivado para seguir trabajando — ${kase.reference}`);
    expect(referred?.text).toContain("Innocence Network UK (demo)");
    expect((await mailFor(kase.reference, { to: "maria@example.com" })).length).toBe(3);
  });

  it("a reopened case is back in review: its reviewer is asked again, and a second decline is sent", async () => {
    const kase = await caseWithReviewer();
    const reviewer = (await mailFor(kase.reference, { path: "review" }))[0]?.to ?? "";
    await postForm(kase.review, { decision: "decline", reasonCodes: ["capacity"] });
    await statusOf(kase.id, "declined");
    await workflowSettled(kase.id);

    const tooEarly = await staffRequest(`/api/v1/cases/${kase.id}/return-to-review`, { method: "POST" });
    expect(tooEarly.status).toBe(409);
    expect((await tooEarly.json<{ error: { message: string } }>()).error.message).toBe(
      "This case is declined: reopen it instead.",
    );

    const reopened = await staffJson(`/api/v1/cases/${kase.id}/reopen`, "POST", { reason: "new_information" });
    expect(reopened.status, await reopened.clone().text()).toBe(200);
    expect(await reopened.json()).toEqual({ id: kase.id, status: "in_review" });
    expect(await staffEvents(kase.id)).toContainEqual(
      expect.objectContaining({
        type: "reopened",
        actor: "staff:api-token",
        data: { from: "declined", reason: "new_information", round: 2 },
      }),
    );

    const again = await waitUntil("the second review request", async () => {
      const [mail] = await mailFor(kase.reference, { to: reviewer, path: "review" });
      return mail?.subject.startsWith("Case back for review") ? mail : undefined;
    });
    expect(again.subject).toBe(`Case back for review — ${kase.reference}`);
    expect(await countRows("assignments", "case_id = ? AND kind = 'review' AND round = 2", kase.id)).toBe(1);
    await postForm(await linkTo(kase.reference, "review", reviewer), {
      decision: "decline",
      reasonCodes: ["no_new_evidence"],
    });
    await statusOf(kase.id, "declined");
    const declines = await waitUntil("the second decline", async () => {
      const sent = (await mailFor(kase.reference, { to: "maria@example.com" })).filter((m) =>
        m.subject.startsWith("Decisión"),
      );
      return sent.length === 2 ? sent : undefined;
    });
    expect(declines[0]?.text).toContain("No encontramos pruebas nuevas");
    expect((await staffJson(`/api/v1/cases/${kase.id}/reopen`, "POST", { reason: "because" })).status).toBe(400);
  });

  it("a case waiting for the applicant's answer goes back to review; the question link is turned off", async () => {
    const kase = await caseWithReviewer();
    await postForm(kase.review, { decision: "request_info", questions: "Who saw you that night?" });
    const respond = await linkTo(kase.reference, "respond", "maria@example.com");
    await statusOf(kase.id, "awaiting_info");

    const returned = await staffRequest(`/api/v1/cases/${kase.id}/return-to-review`, { method: "POST" });
    expect(returned.status, await returned.clone().text()).toBe(200);
    expect(await returned.json()).toEqual({ id: kase.id, status: "in_review" });
    expect((await request(respond)).status).toBe(410);
    await waitUntil("the reviewer to be asked again", async () =>
      (await countRows("assignments", "case_id = ? AND kind = 'review' AND round = 2 AND status = 'open'", kase.id)) ===
      1
        ? true
        : undefined,
    );
    const inReview = await staffRequest(`/api/v1/cases/${kase.id}/return-to-review`, { method: "POST" });
    expect(inReview.status).toBe(409);
    expect((await inReview.json<{ error: { message: string } }>()).error.message).toMatch(
      /^This case is in review already: a reviewer is asked to decide by \d{4}-\d{2}-\d{2}\. Reassign the review instead\.$/,
    );
  });

  it("a case moved to another organization is reviewed there; the family is told and the first reviewer's link stops", async () => {
    const kase = await caseWithReviewer();
    const sameOrganization = await staffJson(`/api/v1/cases/${kase.id}/move`, "POST", { organization: "demo-pa" });
    expect(sameOrganization.status).toBe(400);

    const moved = await staffJson(`/api/v1/cases/${kase.id}/move`, "POST", { organization: "DEMO-UK" });
    expect(moved.status, await moved.clone().text()).toBe(200);
    expect(await moved.json()).toEqual({ id: kase.id, status: "routed" });
    expect((await request(kase.review)).status).toBe(410);

    const ukReview = await waitUntil("a UK reviewer to be asked", async () => {
      const [mail] = (await mailFor(kase.reference, { path: "review" })).filter((m) =>
        m.to.endsWith("@reviewers.example.org"),
      );
      return mail && ["chris.walker@reviewers.example.org", "dana.hughes@reviewers.example.org"].includes(mail.to)
        ? mail
        : undefined;
    });
    expect(ukReview.subject).toBe(`Case to review — ${kase.reference}`);
    expect(await caseRow(kase.id)).toEqual({ status: "in_review", organization_id: "org-demo-uk" });
    const [told] = await mailFor(kase.reference, { to: "maria@example.com" });
    expect(told?.text).toContain("Innocence Network UK (demo)");
    expect(told?.text).toContain("mejor posición");
    expect(await countRows("screenings", "case_id = ? AND organization_id = 'org-demo-uk'", kase.id)).toBe(1);
    expect(await staffEvents(kase.id)).toContainEqual(
      expect.objectContaining({
        type: "moved",
        actor: "staff:api-token",
        data: { from: "org-demo-pa", to: "org-demo-uk", round: 2 },
      }),
    );
  });

  it("two staff reopening the same case at once: one reopens it, the other is refused", async () => {
    const kase = await caseWithReviewer();
    const closed = await staffJson(`/api/v1/cases/${kase.id}/close`, "POST", { reason: "duplicate" });
    expect(closed.status, await closed.clone().text()).toBe(200);

    const both = await Promise.all(
      [1, 2].map(() => staffJson(`/api/v1/cases/${kase.id}/reopen`, "POST", { reason: "new_information" })),
    );
    expect(both.map((response) => response.status).sort()).toEqual([200, 409]);
    expect(await countRows("events", "case_id = ? AND type = 'reopened'", kase.id)).toBe(1);
    await statusOf(kase.id, "in_review");
    await waitUntil("the new round's review request", async () =>
      (await countRows("assignments", "case_id = ? AND kind = 'review' AND round = 2", kase.id)) > 0 ? true : undefined,
    );
    expect(await countRows("assignments", "case_id = ? AND kind = 'review' AND round = 2", kase.id)).toBe(1);
  });

  it("a move the case's state does not allow is a 409 that says why, and changes nothing", async () => {
    const kase = await caseWithReviewer();
    const cases: [string, unknown, RegExp][] = [
      ["refer", { partnerId: "partner-pa" }, /^This case is in review: only an accepted case/],
      ["reopen", { reason: "other" }, /^This case is in review: only a withdrawn, declined or closed case/],
    ];
    for (const [action, body, message] of cases) {
      const response = await staffJson(`/api/v1/cases/${kase.id}/${action}`, "POST", body);
      expect(response.status, action).toBe(409);
      expect((await response.json<{ error: { message: string } }>()).error.message).toMatch(message);
    }
    expect(
      await countRows("events", "case_id = ? AND actor LIKE 'staff:%' AND type <> 'viewed_by_staff'", kase.id),
    ).toBe(0);
    await staffJson(`/api/v1/cases/${kase.id}/close`, "POST", { reason: "duplicate" });
    const closedMove = await staffJson(`/api/v1/cases/${kase.id}/move`, "POST", { organization: "demo-uk" });
    expect(closedMove.status).toBe(409);
    expect((await closedMove.json<{ error: { message: string } }>()).error.message).toBe(
      "This case is closed: reopen it first.",
    );
    const both = await staffJson(`/api/v1/cases/${kase.id}/refer`, "POST", { partnerId: "x", organization: "demo-uk" });
    expect(both.status).toBe(400);
  });
});
