import { describe, expect, it } from "vitest";
import { countRows, files, mailbox, multipartBody, ORIGIN, request, staffJson, staffRequest } from "../helpers";
import { asStaff, newCase, page, postForm } from "./staff-forms";

async function contactsOf(caseId: string) {
  const detail = await (await staffRequest(`/api/v1/cases/${caseId}`)).json<{
    contacts: { id: string; name: string; isSubmitter: boolean }[];
  }>();
  return detail.contacts;
}

describe("the intake desk on a case page", () => {
  it("writes to the family from a snippet; a double-click sends one email", async () => {
    const kase = await newCase();
    const snippet = await (
      await staffJson("/api/v1/organizations/demo-pa/snippets", "POST", {
        title: "Ask for the transcript",
        body: "Please send us a copy of the trial transcript.",
      })
    ).json<{ id: string }>();
    const html = await (await page(`/staff/cases/${kase.id}?snippet=${snippet.id}`)).text();
    expect(html).toContain(`<option value="${snippet.id}" selected="">Ask for the transcript</option>`);
    expect(html).toMatch(
      /<textarea id="f-message-body"[^>]*>Please send us a copy of the trial transcript\.<\/textarea>/,
    );
    const clientKey = /name="clientKey" value="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(clientKey).not.toBe("");

    const maria = (await contactsOf(kase.id)).find((p) => p.isSubmitter);
    const empty = await postForm(`/staff/cases/${kase.id}/messages`, {
      clientKey,
      contactId: maria?.id ?? "",
      body: "",
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Your text:");

    const fields = {
      clientKey,
      contactId: maria?.id ?? "",
      channel: "",
      subject: "",
      body: "Please send us a copy of the trial transcript.",
    };
    const sent = await postForm(`/staff/cases/${kase.id}/messages`, fields);
    expect(sent.status).toBe(303);
    expect(sent.headers.get("Location")).toBe(`/staff/cases/${kase.id}?done=emailed`);
    expect((await postForm(`/staff/cases/${kase.id}/messages`, fields)).status).toBe(303);
    const toMaria = (await mailbox()).filter(
      (m) => m.to === "maria@example.com" && m.subject === `Un mensaje sobre la solicitud — ${kase.reference}`,
    );
    expect(toMaria).toHaveLength(1);
    expect(await countRows("staff_messages", "case_id = ?", kase.id)).toBe(1);

    const after = await (await page(`/staff/cases/${kase.id}?done=emailed`)).text();
    expect(after).toContain("The message was sent by email.");
    expect(after).toContain("Out: Email");
  });

  it("logs a letter that came in, with its scan, and shows it with the case", async () => {
    const kase = await newCase();
    const { body, contentType } = multipartBody([
      { name: "kind", value: "letter" },
      { name: "date", value: "2026-11-19" },
      { name: "contactId", value: "" },
      { name: "summary", value: "A neighbour writes that she saw him at work that night." },
      { name: "attachments", filename: "neighbour-letter.pdf", type: "application/pdf", content: files.pdf() },
    ]);
    const logged = await request(`/staff/cases/${kase.id}/correspondence`, {
      method: "POST",
      headers: { ...asStaff, Origin: ORIGIN, "Content-Type": contentType },
      body,
      redirect: "manual",
    });
    expect(logged.status).toBe(303);
    expect(logged.headers.get("Location")).toBe(`/staff/cases/${kase.id}?done=logged`);
    const html = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(html).toContain("In: Letter");
    expect(html).toContain("A neighbour writes that she saw him at work that night.");
    expect(html).toContain("neighbour-letter.pdf");

    const bad = multipartBody([
      { name: "kind", value: "letter" },
      { name: "date", value: "" },
      { name: "summary", value: "Kept when the form comes back." },
    ]);
    const refused = await request(`/staff/cases/${kase.id}/correspondence`, {
      method: "POST",
      headers: { ...asStaff, Origin: ORIGIN, "Content-Type": bad.contentType },
      body: bad.body,
      redirect: "manual",
    });
    expect(refused.status).toBe(400);
    const form = await refused.text();
    expect(form).toContain("Day:");
    expect(form).toContain("Kept when the form comes back.");
  });
});
