import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { postApplication, request, staffJson, staffRequest, validApplication } from "../helpers";
import { formFields, submitForm } from "../pages/forms";
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

type StaffCaseJson = {
  application: {
    applicant: { name: string; otherNames?: string; facility?: string };
    conviction: { offenses: string };
    claim: { innocenceStatement: string };
  };
};

async function staffCase(id: string): Promise<StaffCaseJson> {
  const response = await staffRequest(`/api/v1/cases/${id}`);
  expect(response.status).toBe(200);
  return response.json();
}

function expectCleaned(kase: StaffCaseJson) {
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
    expect(response.status, await response.clone().text()).toBe(201);
    const { id } = await response.json<{ id: string }>();
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
    expect(response.status).toBe(303);
    const receipt = await (await request(response.headers.get("Location") ?? "")).text();
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
    expect(response.status).toBe(400);
    const body = await response.json<{ error: { issues: { path: string; message: string }[] } }>();
    expect(body.error.issues).toContainEqual({ path: "applicant.name", message: expect.any(String) });
    expect(await stored()).toEqual(before);
  });

  it("the staff API stores reviewer, organization and staff names without them", async () => {
    const reviewer = await staffJson("/api/v1/organizations/demo-pa/reviewers", "POST", {
      name: "\u202eAlex\u0000 Rivera\u2069",
      email: `clean-${crypto.randomUUID()}@reviewers.example.org`,
    });
    expect(reviewer.status, await reviewer.clone().text()).toBe(201);
    expect((await reviewer.json<{ name: string }>()).name).toBe("Alex Rivera");

    const staff = await staffJson("/api/v1/staff", "POST", {
      identity: `\u0000clean-${crypto.randomUUID()}@example.org`,
      name: "Pat\u0008 Clerk\u202c",
    });
    expect(staff.status, await staff.clone().text()).toBe(201);
    const member = await staff.json<{ identity: string; name: string }>();
    expect(member.name).toBe("Pat Clerk");
    expect(member.identity).not.toMatch(UNSAFE);

    const organization = await staffJson("/api/v1/organizations/demo-uk", "PATCH", {
      name: "Innocence\u0000 Network UK\u202e (demo)",
    });
    expect(organization.status, await organization.clone().text()).toBe(200);
    expect((await organization.json<{ name: string }>()).name).toBe("Innocence Network UK (demo)");
  });

  it("the queue's CSV neutralises a formula hidden behind NUL or an override, in rows stored before the cleaning", async () => {
    const response = await postApplication(validApplication());
    const { id } = await response.json<{ id: string }>();
    // Rows written before this change (or by any other path) may still hold such text.
    await env.DB.prepare("UPDATE cases SET application = json_set(application, '$.applicant.name', ?) WHERE id = ?")
      .bind('\u0000=HYPERLINK("http://evil.example","\u202eclick")', id)
      .run();
    const csv = await (await staffRequest("/staff/cases.csv?organization=demo-pa&limit=200")).text();
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
    expect(response.status).toBe(200);
    const decisions = (
      await (
        await staffRequest(`/api/v1/cases/${kase.id}`)
      ).json<{
        decisions: { questions: string | null; note: string | null }[];
      }>()
    ).decisions;
    expect(decisions).toEqual([
      expect.objectContaining({ questions: "Who saw him at work?\nAnd when?", note: "Alibi first." }),
    ]);
  });
});
