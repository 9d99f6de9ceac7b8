import { describe, expect, it } from "vitest";
import {
  accessJwt,
  addStaffMember,
  asAccess,
  countRows,
  files,
  multipartBody,
  r2Keys,
  request,
  staffJson,
  staffRequest,
  validApplication,
} from "../helpers";
import { rowsOf, unzip } from "./case-rows";

type Created = { id: string; reference: string };

/** An application about `applicant`, with a document, its first messages sent. */
async function apply(applicant: Record<string, unknown>, conviction: Record<string, unknown> = {}) {
  const base = validApplication();
  const application = {
    ...base,
    ...(conviction.jurisdiction === "GB" ? { organization: "demo-uk" } : {}),
    applicant: { inCustody: true, ...applicant },
    conviction: { ...base.conviction, ...conviction },
  };
  const { body, contentType } = multipartBody([
    { name: "application", value: JSON.stringify(application) },
    { name: "attachments", filename: "letter.pdf", type: "application/pdf", content: files.pdf() },
  ]);
  const response = await request("/api/v1/applications", {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
  });
  const created = await response.json<Created>();
  expect(response.status, JSON.stringify(created)).toBe(201);
  for (
    let i = 0;
    i < 100 && (await countRows("notifications", "case_id = ? AND status = 'sent'", created.id)) === 0;
    i++
  )
    await scheduler.wait(50);
  return created;
}

/**
 * One person, four applications: two to Pennsylvania (the second with the name written another way
 * and only the prison number), one to the UK (name and date of birth), and one found only through
 * the second (the prison number with another date of birth); and someone else.
 */
async function onePersonFourTimes(name: string, prisonNumber: string) {
  const first = await apply({ name, dateOfBirth: "1980-02-29", prisonNumber });
  const second = await apply({
    name: name.split(" ").reverse().join(", ").toUpperCase(),
    prisonNumber: prisonNumber.replace("-", " 0"),
  });
  const third = await apply({ name, dateOfBirth: "1980-02-29" }, { jurisdiction: "GB" });
  const fourth = await apply({ name, dateOfBirth: "1981-03-01", prisonNumber });
  const someoneElse = await apply({
    name: `${name} Junior`,
    dateOfBirth: "2001-01-01",
    prisonNumber: `${prisonNumber}9`,
  });
  return { person: [first, second, third, fourth], someoneElse };
}

type PersonDocument = {
  elsewhere: number;
  cases: Array<{
    case: { id: string; reference: string; application: { applicant: { name: string } } };
    events: unknown[];
  }>;
};

async function exportOf(caseId: string, init?: RequestInit) {
  const response = await staffRequest(`/api/v1/cases/${caseId}/person/export`, init);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/zip");
  const entries = unzip(new Uint8Array(await response.arrayBuffer()));
  const document: PersonDocument = JSON.parse(new TextDecoder().decode(entries.get("person.json")));
  return { document, names: [...entries.keys()] };
}

describe("a person's rights across all their cases", () => {
  it("the export holds every case of the person, found through the duplicate keys, with each case's files", async () => {
    const { person, someoneElse } = await onePersonFourTimes("Lena Marsh", "PX-101");
    const { document, names } = await exportOf(person[0]?.id ?? "");
    expect(document.cases.map((c) => c.case.id)).toEqual(person.map((p) => p.id));
    expect(document.elsewhere).toBe(0);
    for (const kase of document.cases) expect(kase.events.length).toBeGreaterThan(0);
    expect(names).not.toContain(someoneElse.reference);
    for (const kase of person) expect(names.some((n) => n.startsWith(`${kase.reference}/attachments/`))).toBe(true);
    expect(
      await countRows(
        "events",
        "type = 'viewed_by_staff' AND json_extract(data, '$.view') = 'person-export' AND case_id = ?",
        person[2]?.id,
      ),
    ).toBe(1);
  });

  it("organization staff export and erase their organization's cases; the others are counted, not touched", async () => {
    const { person } = await onePersonFourTimes("Omar Field", "PX-202");
    const jwt = await accessJwt({ email: "pa-rights@demo-pa.example.org" });
    await addStaffMember("pa-rights@demo-pa.example.org", "org-demo-pa");
    const { document } = await exportOf(person[0]?.id ?? "", asAccess(jwt));
    expect(document.cases.map((c) => c.case.id)).toEqual([person[0]?.id, person[1]?.id, person[3]?.id]);
    expect(document.elsewhere).toBe(1);
    const erased = await request(`/api/v1/cases/${person[0]?.id}/person/erase`, {
      method: "POST",
      headers: { "Cf-Access-Jwt-Assertion": jwt, "Content-Type": "application/json" },
      body: JSON.stringify({ confirm: person[0]?.reference }),
    });
    expect(erased.status).toBe(200);
    expect(await erased.json()).toMatchObject({ erased: [person[0]?.id, person[1]?.id, person[3]?.id], elsewhere: 1 });
    expect(await countRows("cases", "id = ?", person[2]?.id)).toBe(1);
  });

  it("erasure needs the reference, then leaves none of the person's cases, their rows or files; others stay", async () => {
    const { person, someoneElse } = await onePersonFourTimes("Ruth Ames", "PX-303");
    const first = person[0] ?? { id: "", reference: "" };
    const filesBefore = (await r2Keys()).length;
    const wrong = await staffJson(`/api/v1/cases/${first.id}/person/erase`, "POST", { confirm: person[1]?.reference });
    expect(wrong.status).toBe(400);
    expect(await countRows("cases", "id = ?", first.id)).toBe(1);

    const erased = await staffJson(`/api/v1/cases/${first.id}/person/erase`, "POST", { confirm: first.reference });
    expect(erased.status).toBe(200);
    expect(await erased.json()).toEqual({ erased: person.map((p) => p.id), elsewhere: 0, attachments: 4 });
    for (const kase of person) expect(Object.values(await rowsOf(kase.id)).every((n) => n === 0)).toBe(true);
    expect((await r2Keys()).length).toBe(filesBefore - 4);
    expect(await countRows("cases", "id = ?", someoneElse.id)).toBe(1);
    expect(
      await countRows(
        "organization_events",
        "type = 'case_purged' AND json_extract(data, '$.caseId') = ?",
        person[3]?.id,
      ),
    ).toBe(1);
  });

  it("the case page offers both, and its erasure form asks for the same confirmation", async () => {
    const { person } = await onePersonFourTimes("Ivy Cole", "PX-404");
    const first = person[0] ?? { id: "", reference: "" };
    const page = await (await staffRequest(`/staff/cases/${first.id}`)).text();
    // The ZIPs are made in the background (test/staff/archive-exports.test.ts).
    expect(page).toMatch(
      new RegExp(
        `<input type="hidden" name="kind" value="person"/><input type="hidden" name="case" value="${first.id}"/><button[^>]*>Download everything about this person: 4 cases \\(ZIP\\)</button>`,
      ),
    );
    expect(page).toContain(`action="/staff/cases/${first.id}/person/erase"`);

    const post = (confirm: string) =>
      staffRequest(`/staff/cases/${first.id}/person/erase`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://intake.test" },
        body: new URLSearchParams({ confirm }),
      });
    const refused = await post("IN-0000-AAAAAA");
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Nothing was erased");
    const done = await post(first.reference);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("4 cases of this person were erased.");
    for (const kase of person) expect(await countRows("cases", "id = ?", kase.id)).toBe(0);
  });
});
