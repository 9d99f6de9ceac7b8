import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { files, multipartBody, request, staffRequest, validApplication } from "../helpers";
import { introspectWorkflow, linkFor, mailFor, postForm } from "./driver";

type Event = {
  type: string;
  actor: string;
  data: Record<string, string | number | boolean | null>;
  person: { role: string; name: string } | null;
};

async function eventsOf(caseId: string): Promise<Event[]> {
  const response = await staffRequest(`/api/v1/cases/${caseId}/events`);
  expect(response.status).toBe(200);
  return (await response.json<{ events: Event[] }>()).events;
}

/** A browser following a click: the only kind of request that says a person opened the link. */
const clicked = { "Accept-Language": "en", "Sec-Fetch-User": "?1", "Sec-Fetch-Mode": "navigate" };
/** A mail scanner: no Sec-Fetch headers, and an address the edge would have set. */
const scanner = { "User-Agent": "LinkScanner/1.0", "CF-Connecting-IP": "203.0.113.7" };

describe("every outside look is on the record", () => {
  it("each link opened and each file downloaded through one is an event, with role and purpose, and no address", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { body, contentType } = multipartBody([
      { name: "application", value: JSON.stringify(validApplication()) },
      { name: "attachments", filename: "verdict.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    const created = await request("/api/v1/applications", {
      method: "POST",
      headers: { "Content-Type": contentType },
      body,
    });
    const kase = await created.json<{ id: string; reference: string; statusUrl: string }>();
    expect(created.status).toBe(201);
    const instance = (await workflows.get()).at(-1);
    if (!instance) throw new Error("no workflow instance");
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    const [file] = (
      await env.DB.prepare("SELECT id FROM attachments WHERE case_id = ?").bind(kase.id).all<{ id: string }>()
    ).results;

    // The status link: its page, by a person; the JSON API, by a scanner.
    const status = await linkFor(kase.reference, "status", "tom@example.com");
    expect((await request(status, { headers: clicked })).status).toBe(200);
    expect((await request(`/api/v1${status}`, { headers: scanner })).status).toBe(200);

    // The review link: the page, twice (a scanner, then the reviewer), and the document.
    const review = await linkFor(kase.reference, "review");
    expect((await request(review, { headers: scanner })).status).toBe(200);
    expect((await request(review, { headers: clicked })).status).toBe(200);
    expect((await request(`/files${review.slice("/review".length)}/${file?.id}`, { headers: clicked })).status).toBe(
      200,
    );
    await postForm(review, { decision: "request_info", questions: "Who saw him at work?" });
    await instance.waitForStepResult({ name: "send for request_info round 1" });

    const respond = await linkFor(kase.reference, "respond", "maria@example.com");
    expect((await request(respond, { headers: clicked })).status).toBe(200);
    const answer = multipartBody([{ name: "answer", value: "His manager." }]);
    const answered = await request(respond, {
      method: "POST",
      headers: { "Content-Type": answer.contentType },
      body: answer.body,
    });
    expect(answered.status).toBe(200);
    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "accept" });
    await instance.waitForStepResult({ name: "send for offer to referral partner" });

    const referral = await linkFor(kase.reference, "referral");
    expect((await request(referral, { headers: clicked })).status).toBe(200);
    const viaReferral = `/files${referral.slice("/referral".length)}/${file?.id}`;
    expect((await request(viaReferral, { headers: scanner })).status).toBe(200);
    // A made-up link and a POST are not looks.
    expect((await request(`/review/${"x".repeat(43)}`)).status).toBe(404);
    await postForm(referral, { response: "accept" });
    await instance.waitForStatus("complete");

    const events = await eventsOf(kase.id);
    const looks = events
      .filter((e) => e.type === "link_opened" || e.type === "file_downloaded")
      .map((e) => ({
        type: e.type,
        actor: e.actor,
        purpose: e.data.purpose,
        via: e.data.via,
        userActivated: e.data.userActivated,
        attachmentId: e.data.attachmentId ?? null,
      }));
    expect(looks).toEqual([
      {
        type: "link_opened",
        actor: "supporter",
        purpose: "status",
        via: "page",
        userActivated: true,
        attachmentId: null,
      },
      {
        type: "link_opened",
        actor: "supporter",
        purpose: "status",
        via: "api",
        userActivated: false,
        attachmentId: null,
      },
      {
        type: "link_opened",
        actor: "reviewer",
        purpose: "review",
        via: "page",
        userActivated: false,
        attachmentId: null,
      },
      {
        type: "link_opened",
        actor: "reviewer",
        purpose: "review",
        via: "page",
        userActivated: true,
        attachmentId: null,
      },
      {
        type: "file_downloaded",
        actor: "reviewer",
        purpose: "review",
        via: "page",
        userActivated: true,
        attachmentId: file?.id,
      },
      {
        type: "link_opened",
        actor: "family",
        purpose: "respond",
        via: "page",
        userActivated: true,
        attachmentId: null,
      },
      {
        type: "link_opened",
        actor: "referral_partner",
        purpose: "referral",
        via: "page",
        userActivated: true,
        attachmentId: null,
      },
      {
        type: "file_downloaded",
        actor: "referral_partner",
        purpose: "referral",
        via: "page",
        userActivated: false,
        attachmentId: file?.id,
      },
    ]);
    // Who looked, by role and name; nothing of the client's address, in clear or otherwise.
    const opened = events.filter((e) => e.type === "link_opened");
    expect(opened.map((e) => e.person)).toContainEqual({ role: "supporter", name: "Tom Friend" });
    expect(opened.map((e) => e.person)).toContainEqual({ role: "referral_partner", name: "Liberty Pro Bono LLP" });
    expect(JSON.stringify(events)).not.toContain("203.0.113");
    const stored = await env.DB.prepare("SELECT data FROM events WHERE case_id = ?").bind(kase.id).all();
    expect(JSON.stringify(stored.results)).not.toContain("203.0.113");
  });

  it("the timeline names each message's recipient by role and name", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const created = await request("/api/v1/applications", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(validApplication()),
    });
    const kase = await created.json<{ id: string; reference: string }>();
    const instance = (await workflows.get()).at(-1);
    await instance?.waitForStepResult({ name: "send for assign reviewers round 1" });
    const [reviewer] = await mailFor(kase.reference, { path: "review" });

    const notified = (await eventsOf(kase.id)).filter((e) => e.type === "notified").map((e) => e.person);
    expect(notified).toEqual(
      expect.arrayContaining([
        { role: "family", name: "Maria Ortega" },
        { role: "defense_attorney", name: "Ann Counsel" },
        { role: "supporter", name: "Tom Friend" },
        {
          role: "reviewer",
          name: reviewer?.to.startsWith("alex") ? "Alex Rivera" : "Beatriz Santos",
        },
      ]),
    );
    const page = await (await staffRequest(`/staff/cases/${kase.id}`)).text();
    const timeline = page.slice(page.indexOf('id="timeline-caption"'), page.indexOf('id="notifications-caption"'));
    expect(timeline).toContain("family: Maria Ortega");
    expect(timeline).toContain("defense attorney: Ann Counsel");
  });
});
