import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { postApplication, request, staffJson, staffRequest, submitApplication, validApplication } from "../helpers";
import { expectError, expectJson, expectStatus, expectText, shapes } from "../http";
import { formFields, submitForm } from "../pages/forms";
import { exportThroughPages } from "../staff/exporting";
import { postForm } from "../workflows/driver";
import { caseAwaitingReview, stored } from "./hostile";

/** Control characters (but tab and newline) and the direction overrides and isolates, none of which may be kept. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Each hostile spelling, and what is kept of it. */
const SPELLINGS = {
  name: ["Dan\u0000iel \u202eOrt\u2066ega\u2069\u0007", "Daniel Ortega"],
  otherNames: ["\u202dDanny\u202c \u0085O.\u001b[31m", "Danny O.[31m"],
  facility: ["SCI\u007f Example\u200f", "SCI Example\u200f"],
  offenses: ['\u0000=HYPERLINK("http://evil.example")', '=HYPERLINK("http://evil.example")'],
  statement: [
    "He was at work.\r\nHis boss\u2067 saw him.\rTab:\there.\u000b\u000c",
    "He was at work.\nHis boss saw him.\nTab:\there.",
  ],
} as const;

/** The fields of the application these tests read: the case's shape says only that it is an object. */
const cleanedFields = z.object({
  applicant: z.object({ name: z.string(), otherNames: z.string().optional(), facility: z.string().optional() }),
  conviction: z.object({ offenses: z.string() }),
  claim: z.object({ innocenceStatement: z.string() }),
});

async function staffCase(id: string) {
  const kase = await expectJson(await staffRequest(`/api/v1/cases/${id}`), 200, shapes.case);
  return { ...kase, application: cleanedFields.parse(kase.application) };
}

function expectCleaned(kase: Awaited<ReturnType<typeof staffCase>>) {
  expect(kase.application.applicant.name).toBe(SPELLINGS.name[1]);
  expect(kase.application.applicant.otherNames).toBe(SPELLINGS.otherNames[1]);
  expect(kase.application.applicant.facility).toBe(SPELLINGS.facility[1]);
  expect(kase.application.conviction.offenses).toBe(SPELLINGS.offenses[1]);
  expect(kase.application.claim.innocenceStatement).toBe(SPELLINGS.statement[1]);
}

describe("text fields drop control characters and direction overrides where they come in", () => {
  it("the JSON API stores names, offenses and the claim without them", async () => {
    const response = await postApplication(
      validApplication({
        applicant: {
          name: SPELLINGS.name[0],
          otherNames: SPELLINGS.otherNames[0],
          facility: SPELLINGS.facility[0],
          inCustody: true,
        },
        conviction: { jurisdiction: "us-pa\u0000", offenses: SPELLINGS.offenses[0] },
        claim: { innocenceStatement: SPELLINGS.statement[0] },
      }),
    );
    const { id } = await expectJson(response, 201, shapes.createdCase);
    expectCleaned(await staffCase(id));
    // What is stored, not only what the API shows.
    const row = await env.DB.prepare("SELECT application FROM cases WHERE id = ?")
      .bind(id)
      .first<{ application: string }>();
    expect(row?.application).not.toMatch(UNSAFE);
    expect(row?.application).toContain('"jurisdiction":"US-PA"');
  });

  it("the HTML form stores them the same way", async () => {
    const response = await submitForm(
      formFields({
        "applicant.name": SPELLINGS.name[0],
        "applicant.otherNames": SPELLINGS.otherNames[0],
        "applicant.facility": SPELLINGS.facility[0],
        "conviction.offenses": SPELLINGS.offenses[0],
        "claim.innocenceStatement": SPELLINGS.statement[0],
      }),
    );
    await expectStatus(response, 303);
    const receipt = await expectText(await request(response.headers.get("Location") ?? ""), 200);
    const reference = /IN-\d{4}-[A-Z0-9]{6}/.exec(receipt)?.[0] ?? "";
    const row = await env.DB.prepare("SELECT id FROM cases WHERE reference = ?")
      .bind(reference)
      .first<{ id: string }>();
    expectCleaned(await staffCase(row?.id ?? ""));
  });

  it("a required field of nothing but control characters and overrides was left blank: 400, nothing stored", async () => {
    const before = await stored();
    const response = await postApplication(
      validApplication({ applicant: { name: "\u0000\u202e\u2066 \u0007\r\n", inCustody: true } }),
    );
    const body = await expectError(response, 400, "invalid_request");
    expect(body.error.issues).toContainEqual({ path: "applicant.name", message: expect.any(String) });
    expect(await stored()).toEqual(before);
  });

  it("the staff API stores reviewer, organization and staff names without them", async () => {
    const reviewer = await staffJson("/api/v1/organizations/demo-pa/reviewers", "POST", {
      name: "\u202eAlex\u0000 Rivera\u2069",
      email: `clean-${crypto.randomUUID()}@reviewers.example.org`,
    });
    expect((await expectJson(reviewer, 201, shapes.reviewer)).name).toBe("Alex Rivera");

    const staff = await staffJson("/api/v1/staff", "POST", {
      identity: `\u0000clean-${crypto.randomUUID()}@example.org`,
      name: "Pat\u0008 Clerk\u202c",
    });
    const member = await expectJson(staff, 201, shapes.staffMember);
    expect(member.name).toBe("Pat Clerk");
    expect(member.identity).not.toMatch(UNSAFE);

    const organization = await staffJson("/api/v1/organizations/demo-uk", "PATCH", {
      name: "Innocence\u0000 Network UK\u202e (demo)",
    });
    expect((await expectJson(organization, 200, shapes.organization)).name).toBe("Innocence Network UK (demo)");
  });

  it("the queue's CSV neutralises a formula hidden behind NUL or an override, in rows stored before the cleaning", async () => {
    const { id } = await submitApplication();
    // Rows written before this change (or by any other path) may still hold such text.
    await env.DB.prepare("UPDATE cases SET application = json_set(application, '$.applicant.name', ?) WHERE id = ?")
      .bind('\u0000=HYPERLINK("http://evil.example","\u202eclick")', id)
      .run();
    const { csv } = await exportThroughPages({ kind: "cases", organization: "demo-pa" });
    const line = csv.split("\r\n").find((l) => l.startsWith(id));
    expect(line).toBeDefined();
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv.replaceAll("\r\n", "\n")).not.toMatch(UNSAFE);
  });
});

describe("link forms clean text too", () => {
  it("a reviewer's questions are stored without control characters or overrides", async () => {
    const kase = await caseAwaitingReview();
    const response = await postForm(kase.reviewPath, {
      decision: "request_info",
      questions: "Who\u0000 saw him\u202e at work?\r\nAnd when?\u2066",
      note: "\u0007Alibi\u0085 first.",
    });
    await expectStatus(response, 200);
    const { decisions } = await expectJson(await staffRequest(`/api/v1/cases/${kase.id}`), 200, shapes.case);
    expect(decisions).toEqual([
      expect.objectContaining({ questions: "Who saw him at work?\nAnd when?", note: "Alibi first." }),
    ]);
  });
});
