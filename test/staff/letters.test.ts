import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, ORIGIN, postApplication, staffJson, staffRequest, validApplication, waitUntil } from "../helpers";
import { linkFor, postForm } from "../workflows/driver";

const PRISON = "SCI Example\n1 Prison Road\nExampletown, PA 19000";

/** Waits for a case's letter of `template` to be planned; returns its notification id. */
function letterOf(caseId: string, template: string) {
  return waitUntil(`the ${template} letter`, async () => {
    const row = await env.DB.prepare(
      "SELECT id FROM notifications WHERE case_id = ? AND template = ? AND channel = 'post' AND status = 'pending'",
    )
      .bind(caseId, template)
      .first<{ id: string }>();
    return row?.id;
  });
}

/** Prints letters as staff do from /staff/letters, and returns each printed letter's HTML. */
async function print(ids: string[], paper = "") {
  const form = new URLSearchParams(ids.map((id) => ["ids", id]));
  form.set("paper", paper);
  const response = await staffRequest("/staff/letters/print", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
    body: form,
  });
  expect(response.status).toBe(200);
  return [...(await response.text()).matchAll(/<article[\s\S]*?<\/article>/g)].map(([html]) => html);
}

/** The text a reader sees, tags removed. */
const textOf = (html: string) =>
  html
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');

const occurrences = (text: string, part: string) => text.split(part).length - 1;

async function typeIn(application: Record<string, unknown>) {
  const response = await staffJson("/api/v1/cases", "POST", application);
  const created = await response.json<{ id: string; reference: string }>();
  expect(response.status, JSON.stringify(created)).toBe(201);
  return created;
}

describe("letters", () => {
  it("a letter to someone in prison: letterhead with the postal address, date, prison address with number, the reference and the text once, and no URL", async () => {
    const kase = await typeIn(
      validApplication({
        submitter: { role: "self", name: "Walter Postal", postalAddress: PRISON },
        applicant: { name: "Walter Postal", prisonNumber: "KX-9001", facility: "SCI Example" },
        lawyers: [],
        contacts: [],
      }),
    );
    const acknowledgement = await letterOf(kase.id, "acknowledgement");
    const linksBefore = await countRows("capability_tokens", "case_id = ?", kase.id);
    const [letter] = await print([acknowledgement]);
    const text = textOf(letter ?? "");

    expect(letter).toContain('lang="en"');
    expect(letter).toContain("paper-letter");
    expect(text).toMatch(/Keystone Innocence Project \(demo\)\s*\nPO Box 1234\s*\nPhiladelphia, PA 19101\s*\nUSA/);
    const today = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date());
    expect(text).toContain(today);
    expect(text).toMatch(/Walter Postal\s*\nNo\. KX-9001\s*\nSCI Example\s*\n1 Prison Road\s*\nExampletown, PA 19000/);
    expect(text).toContain(`Your reference: ${kase.reference}`);
    expect(occurrences(text, kase.reference)).toBe(2); // the reference line, and the heading (the subject)
    expect(occurrences(text, `Application received — ${kase.reference}`)).toBe(1);
    expect(occurrences(text, "has received your application")).toBe(1);
    expect(text).toContain("Dear Walter Postal,");
    expect(text).toContain("To write to us, use the address at the top of this letter.");
    // No link, no web address, no email: nothing someone in prison cannot use.
    expect(letter).not.toMatch(/https?:|\/status\/|www\.|@/);
    // Printing it issued no link either.
    expect(await countRows("capability_tokens", "case_id = ?", kase.id)).toBe(linksBefore);
  });

  it("the person in prison's letter is in /staff/letters when family apply, in their language, naming who applied", async () => {
    const base = validApplication();
    const response = await postApplication(
      validApplication({
        language: "es",
        applicant: { ...base.applicant, name: "Daniel Ortega", postalAddress: PRISON },
      }),
    );
    const kase = await response.json<{ id: string; reference: string }>();
    expect(response.status).toBe(201);
    const id = await letterOf(kase.id, "applied-for-you");
    const listed = await (await staffRequest("/staff/letters")).text();
    expect(listed).toContain(`Print the someone applied for them letter for ${kase.reference}`);

    const [letter] = await print([id]);
    const text = textOf(letter ?? "");
    expect(letter).toContain('lang="es"');
    expect(text).toContain("Estimado/a Daniel Ortega:");
    expect(text).toContain("Maria Ortega (mother) le pidió a Keystone Innocence Project (demo) que revise su condena.");
    expect(text).toMatch(/Daniel Ortega\s*\nN\.º KX-4471\s*\nSCI Example/);
    expect(text).toContain(`Una solicitud de ayuda con su caso — ${kase.reference}`);
    expect(text).not.toContain("acuerdo por escrito");
    expect(letter).not.toMatch(/https?:|\/status\/|maria@example\.com/);
  });

  it("a postal-only family member not in prison gets the private status link, and staff can choose A4", async () => {
    const kase = await typeIn(
      validApplication({
        submitter: {
          role: "family",
          name: "Rosa Postal",
          relationship: "sister",
          postalAddress: "5 Elm Street\nReading, PA 19601",
        },
        applicant: { name: "Luis Postal", inCustody: false },
        lawyers: [],
        contacts: [],
      }),
    );
    const [letter] = await print([await letterOf(kase.id, "acknowledgement")], "a4");
    expect(letter).toContain("paper-a4");
    const text = textOf(letter ?? "");
    expect(text).toMatch(/Rosa Postal\s*\n5 Elm Street/);
    expect(text).not.toContain("No. ");
    expect(text).toContain("intake@demo-pa.example.org");
    const statusPath = /http:\/\/intake\.test(\/status\/[A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(statusPath, "the letter carries the status link").toBeTruthy();
    expect(occurrences(text, statusPath ?? "")).toBe(1);
    expect((await staffRequest(statusPath ?? "")).status).toBe(200);
  });

  it("a decline to someone in prison lists other organizations by postal address, with no website", async () => {
    const kase = await typeIn(
      validApplication({
        submitter: { role: "self", name: "Dora Declined", postalAddress: PRISON },
        applicant: { name: "Dora Declined", prisonNumber: "KX-7000" },
        lawyers: [],
        contacts: [],
      }),
    );
    const review = await waitUntil("the review request", async () => {
      try {
        return await linkFor(kase.reference, "review");
      } catch {
        return undefined;
      }
    });
    expect((await postForm(review, { decision: "decline", reasonCodes: "no_new_evidence" })).status).toBe(200);
    const [letter] = await print([await letterOf(kase.id, "case-declined")]);
    const text = textOf(letter ?? "");
    expect(text).toContain("Innocence Network UK (demo)");
    expect(text).toMatch(/Freepost INUK-DEMO\s*London EC1A 1AA/);
    expect(letter).not.toMatch(/https?:|demo-uk\.example\.org/);
  });

  it("lists organizations whose letters would have no return address", async () => {
    const created = await staffJson("/api/v1/organizations", "POST", {
      slug: "demo-nz",
      name: "Aotearoa Innocence (demo)",
      languages: ["en"],
      intakeEmail: "intake@demo-nz.example.org",
      jurisdictions: ["NZ"],
    });
    expect(created.status).toBe(201);
    const reviewer = await staffJson("/api/v1/organizations/demo-nz/reviewers", "POST", {
      name: "Kiri Reviewer",
      email: "kiri@reviewers.example.org",
    });
    expect(reviewer.status).toBe(201);
    const kase = await typeIn(
      validApplication({
        organization: "demo-nz",
        submitter: { role: "self", name: "Nz Postal", postalAddress: "Mt Eden Corrections Facility\nAuckland" },
        applicant: { name: "Nz Postal", prisonNumber: "NZ-1" },
        conviction: { jurisdiction: "NZ", offenses: "Theft" },
        lawyers: [],
        contacts: [],
      }),
    );
    await letterOf(kase.id, "acknowledgement");
    const listed = await (await staffRequest("/staff/letters")).text();
    expect(listed).toContain("No return address");
    expect(listed).toContain("Aotearoa Innocence (demo) has no postal address set");
  });
});
