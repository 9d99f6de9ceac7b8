import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  accessJwt,
  addStaffMember,
  countRows,
  files,
  mailbox,
  multipartBody,
  ORIGIN,
  postApplication,
  r2Keys,
  request,
  staffJson,
  staffRequest,
  validApplication,
} from "../helpers";

type Contact = { id: string; role: string; name: string; isSubmitter: boolean };
type Detail = {
  contacts: Contact[];
  correspondence: { id: string; kind: string; receivedOn: string; summary: string; attachmentIds: string[] }[];
  messages: { id: string; channel: string; status: string; body: string; subject: string | null }[];
};

const PRISON_ADDRESS = "Walter Postal, KX-9001\nSCI Example\n1 Prison Road\nExampletown, PA 19000";

async function detail(caseId: string): Promise<Detail> {
  return (await staffRequest(`/api/v1/cases/${caseId}`)).json<Detail>();
}

/** An application from the family, naming a Spanish-speaking sister to keep informed. */
async function familyCase() {
  const response = await postApplication(
    validApplication({
      contacts: [{ role: "family", name: "Rosa Ortega", email: "rosa@example.com", language: "es", notify: true }],
    }),
  );
  const created = await response.json<{ id: string; reference: string }>();
  expect(response.status).toBe(201);
  return created;
}

/** A mailed application typed in by staff: the applicant has only a prison address. */
async function postalCase() {
  const response = await staffJson("/api/v1/cases", "POST", {
    organization: "demo-pa",
    submitter: { role: "self", name: "Walter Postal", postalAddress: PRISON_ADDRESS },
    applicant: { name: "Walter Postal", prisonNumber: "KX-9001", facility: "SCI Example", inCustody: true },
    conviction: { jurisdiction: "US-PA", offenses: "Robbery" },
    claim: { innocenceStatement: "I was elsewhere." },
    consent: { dataProcessing: true },
  });
  const created = await response.json<{ id: string; reference: string }>();
  expect(response.status, JSON.stringify(created)).toBe(201);
  return created;
}

describe("writing to people on a case", () => {
  it("a message reaches a Spanish family contact in Spanish, by email, framed by their language", async () => {
    const kase = await familyCase();
    const rosa = (await detail(kase.id)).contacts.find((c) => c.name === "Rosa Ortega");
    const response = await staffJson(`/api/v1/cases/${kase.id}/messages`, "POST", {
      contactId: rosa?.id,
      subject: "La transcripción del juicio",
      body: "¿Puede enviarnos una copia de la transcripción del juicio?\n\nUna foto de cada página es suficiente.",
    });
    const written = await response.json<{ id: string; channel: string; status: string; notificationId: string }>();
    expect(response.status, JSON.stringify(written)).toBe(201);
    expect(written).toMatchObject({ channel: "email", status: "sent" });

    const [mail] = (await mailbox()).filter((m) => m.to === "rosa@example.com" && m.subject.includes(kase.reference));
    expect(mail?.subject).toBe(`Un mensaje sobre la solicitud — ${kase.reference}`);
    expect(mail?.text).toContain("Estimado/a Rosa Ortega:");
    expect(mail?.html).toContain("La transcripción del juicio");
    expect(mail?.text).toContain("Una foto de cada página es suficiente.");
    expect(mail?.text).toContain("Un saludo cordial,");
    expect(mail?.text).toContain("Keystone Innocence Project (demo)");
    expect(mail?.html).toContain('lang="es"');

    const notification = await env.DB.prepare(
      "SELECT template, channel, language, status, context FROM notifications WHERE id = ?",
    )
      .bind(written.notificationId)
      .first();
    expect(notification).toMatchObject({ template: "staff-message", channel: "email", language: "es", status: "sent" });
    expect(JSON.parse(String(notification?.context))).toEqual({ messageId: written.id });
    const { events } = await (await staffRequest(`/api/v1/cases/${kase.id}/events`)).json<{
      events: { type: string; actor: string; data: Record<string, unknown> }[];
    }>();
    expect(events).toContainEqual(
      expect.objectContaining({
        type: "message_written",
        actor: "staff:api-token",
        data: { messageId: written.id, contactId: rosa?.id, channel: "email" },
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ type: "notified", data: expect.objectContaining({ template: "staff-message" }) }),
    );
    // The text is sealed at rest, and readable through the API.
    const stored = await env.DB.prepare("SELECT subject, body FROM staff_messages WHERE id = ?")
      .bind(written.id)
      .first();
    expect(String(stored?.body)).toMatch(/^sealed:v1:/);
    expect(String(stored?.subject)).toMatch(/^sealed:v1:/);
    expect((await detail(kase.id)).messages).toEqual([
      expect.objectContaining({ id: written.id, status: "sent", subject: "La transcripción del juicio" }),
    ]);
  });

  it("a postal-only applicant gets the message as a letter to print, not an email", async () => {
    const kase = await postalCase();
    const walter = (await detail(kase.id)).contacts.find((c) => c.role === "applicant");
    const emailOnly = await staffJson(`/api/v1/cases/${kase.id}/messages`, "POST", {
      contactId: walter?.id,
      body: "x",
      channel: "email",
    });
    expect(emailOnly.status).toBe(400);
    expect((await emailOnly.json<{ error: { issues: { path: string }[] } }>()).error.issues[0]?.path).toBe("channel");

    const before = (await mailbox()).length;
    const response = await staffJson(`/api/v1/cases/${kase.id}/messages`, "POST", {
      contactId: walter?.id,
      body: "We received your letter of 3 November. A reviewer will read your case.",
    });
    const written = await response.json<{ id: string; channel: string; status: string; notificationId: string }>();
    expect(response.status).toBe(201);
    expect(written).toMatchObject({ channel: "post", status: "pending" });
    expect((await mailbox()).length).toBe(before);

    const letters = await staffRequest("/staff/letters");
    expect(await letters.text()).toContain(`value="${written.notificationId}"`);
    const printed = await staffRequest("/staff/letters/print", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
      body: new URLSearchParams({ ids: written.notificationId }),
    });
    const letter = await printed.text();
    expect(letter).toContain("We received your letter of 3 November.");
    expect(letter).toContain("1 Prison Road");
    expect(letter).toContain(kase.reference);
    expect((await detail(kase.id)).messages).toEqual([expect.objectContaining({ id: written.id, status: "sent" })]);
  });

  it("the same Idempotency-Key writes and sends one message; bad recipients are refused", async () => {
    const kase = await familyCase();
    const maria = (await detail(kase.id)).contacts.find((c) => c.isSubmitter);
    const send = () =>
      staffJson(
        `/api/v1/cases/${kase.id}/messages`,
        "POST",
        { contactId: maria?.id, body: "Thank you." },
        { "Idempotency-Key": "desk-message-1" },
      );
    const [first, second] = [await send(), await send()];
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect((await first.json<{ id: string }>()).id).toBe((await second.json<{ id: string }>()).id);
    expect(await countRows("staff_messages", "case_id = ?", kase.id)).toBe(1);
    const toMaria = (await mailbox()).filter((m) => m.to === "maria@example.com" && m.subject.startsWith("Un mensaje"));
    expect(toMaria.filter((m) => m.subject.endsWith(kase.reference))).toHaveLength(1);

    const other = await familyCase();
    const strangers = (await detail(other.id)).contacts;
    for (const contactId of ["no-such-contact", strangers[0]?.id]) {
      const refused = await staffJson(`/api/v1/cases/${kase.id}/messages`, "POST", { contactId, body: "Hi." });
      expect(refused.status).toBe(400);
      expect((await refused.json<{ error: { issues: { path: string }[] } }>()).error.issues[0]?.path).toBe("contactId");
    }
    const empty = await staffJson(`/api/v1/cases/${kase.id}/messages`, "POST", { contactId: maria?.id, body: " " });
    expect(empty.status).toBe(400);
  });
});

describe("snippets", () => {
  it("staff keep texts per organization, and only their own organization's", async () => {
    const added = await staffJson("/api/v1/organizations/demo-pa/snippets", "POST", {
      title: "Trial transcript",
      body: "Please send us a copy of your trial transcript.",
      language: "en",
    });
    const snippet = await added.json<{ id: string; title: string }>();
    expect(added.status, JSON.stringify(snippet)).toBe(201);
    const changed = await staffJson(`/api/v1/organizations/demo-pa/snippets/${snippet.id}`, "PATCH", {
      title: "Trial transcript (please)",
    });
    expect(await changed.json()).toMatchObject({ title: "Trial transcript (please)", language: "en" });
    const listed = await (await staffRequest("/api/v1/organizations/demo-pa/snippets")).json<{ snippets: unknown[] }>();
    expect(listed.snippets).toContainEqual(expect.objectContaining({ id: snippet.id }));

    await addStaffMember("clerk@demo-uk.example.org", "org-demo-uk");
    const uk = { "Cf-Access-Jwt-Assertion": await accessJwt({ email: "clerk@demo-uk.example.org" }) };
    expect((await request("/api/v1/organizations/demo-pa/snippets", { headers: uk })).status).toBe(403);
    // Another organization's snippet is not found under one's own.
    expect(
      (await staffJson(`/api/v1/organizations/demo-uk/snippets/${snippet.id}`, "PATCH", { title: "x" })).status,
    ).toBe(404);

    const removed = await staffRequest(`/api/v1/organizations/demo-pa/snippets/${snippet.id}`, { method: "DELETE" });
    expect(removed.status).toBe(204);
    expect(await countRows("snippets", "id = ?", snippet.id)).toBe(0);
    expect(
      await countRows(
        "organization_events",
        "type LIKE 'snippet_%' AND json_extract(data, '$.snippetId') = ?",
        snippet.id,
      ),
    ).toBe(3);
  });
});

describe("incoming correspondence", () => {
  it("a letter with its scans is logged, sealed, and shown with the case and in its timeline", async () => {
    const kase = await postalCase();
    const walter = (await detail(kase.id)).contacts.find((c) => c.role === "applicant");
    const { body, contentType } = multipartBody([
      { name: "kind", value: "letter" },
      { name: "date", value: "2026-11-20" },
      { name: "contactId", value: walter?.id ?? "" },
      { name: "summary", value: "Asks whether we received his trial papers; sends two pages of the verdict." },
      { name: "attachments", filename: "verdict-1.pdf", type: "application/pdf", content: files.pdf() },
      { name: "attachments", filename: "verdict-2.png", type: "image/png", content: files.png() },
    ]);
    const response = await staffRequest(`/api/v1/cases/${kase.id}/correspondence`, {
      method: "POST",
      headers: { "Content-Type": contentType },
      body,
    });
    const logged = await response.json<{ id: string; attachments: number }>();
    expect(response.status, JSON.stringify(logged)).toBe(201);
    expect(logged.attachments).toBe(2);

    const [entry] = (await detail(kase.id)).correspondence;
    expect(entry).toMatchObject({ id: logged.id, kind: "letter", receivedOn: "2026-11-20" });
    expect(entry?.summary).toContain("two pages of the verdict");
    expect(entry?.attachmentIds).toHaveLength(2);
    const raw = await env.DB.prepare("SELECT summary FROM correspondence WHERE id = ?").bind(logged.id).first();
    expect(String(raw?.summary)).toMatch(/^sealed:v1:/);
    expect(await countRows("attachments", "correspondence_id = ? AND uploaded_by = 'staff'", logged.id)).toBe(2);
    expect(
      await countRows(
        "events",
        "case_id = ? AND type = 'correspondence_logged' AND actor = 'staff:api-token'",
        kase.id,
      ),
    ).toBe(1);

    // A call, as JSON, without scans.
    const call = await staffJson(`/api/v1/cases/${kase.id}/correspondence`, "POST", {
      kind: "call",
      date: "2026-11-21",
      summary: "His sister called to ask about the case.",
    });
    expect(call.status).toBe(201);
  });

  it("a bad entry is refused field by field, with no file left behind", async () => {
    const kase = await postalCase();
    const keys = await r2Keys();
    const { body, contentType } = multipartBody([
      { name: "kind", value: "fax" },
      { name: "date", value: "20/11/2026" },
      { name: "summary", value: "" },
      { name: "attachments", filename: "scan.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    const response = await staffRequest(`/api/v1/cases/${kase.id}/correspondence`, {
      method: "POST",
      headers: { "Content-Type": contentType },
      body,
    });
    expect(response.status).toBe(400);
    const { error } = await response.json<{ error: { issues: { path: string }[] } }>();
    expect(error.issues.map((i) => i.path).sort()).toEqual(["date", "kind", "summary"]);
    expect(await r2Keys()).toEqual(keys);
    expect(await countRows("correspondence", "case_id = ?", kase.id)).toBe(0);
  });
});
