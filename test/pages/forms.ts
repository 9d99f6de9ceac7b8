import { multipartBody, request } from "../helpers";
import { expectText } from "../http";

/** The fields of the application form as a browser with JavaScript off would send them. */
export function formFields(overrides: Record<string, string | string[] | undefined> = {}) {
  const fields: Record<string, string | string[] | undefined> = {
    "submitter.role": "family",
    language: "en",
    organization: "",
    "applicant.name": "Daniel Ortega",
    "applicant.dateOfBirth": "1980-02-29",
    "applicant.inCustody": "true",
    "submitter.name": "Maria Ortega",
    "submitter.relationship": "mother",
    "submitter.email": "maria@example.com",
    "conviction.jurisdiction": "US-PA",
    "conviction.offenses": "Robbery",
    "claim.innocenceStatement": "He was at work across town.",
    "claim.evidenceTypes": ["eyewitness", "alibi"],
    "lawyers.0.role": "trial",
    "lawyers.0.name": "",
    "lawyers.1.role": "appeal",
    "lawyers.1.name": "",
    "lawyers.2.role": "current",
    "lawyers.2.name": "Ann Counsel",
    "lawyers.2.email": "ann@lawfirm.example.com",
    "contacts.0.name": "",
    "contacts.0.language": "en",
    "contacts.1.name": "",
    "contacts.1.language": "en",
    "consent.dataProcessing": "true",
    ...overrides,
  };
  return fields;
}

export type FormFile = { filename: string; type?: string; content: Uint8Array };

/** The form as a browser sends it: fields, then `attachments` file parts (an empty one when none). */
export function formBody(fields: Record<string, string | string[] | undefined>, attachments: FormFile[] = []) {
  const parts: Parameters<typeof multipartBody>[0] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) parts.push({ name, value: v });
  }
  const files = attachments.length > 0 ? attachments : [{ filename: "", content: new Uint8Array(0) }];
  for (const file of files) parts.push({ name: "attachments", ...file });
  return multipartBody(parts);
}

/** Posts the form as multipart, with `attachments` file parts (an empty one when none, as browsers do). */
export function submitForm(
  fields: Record<string, string | string[] | undefined>,
  attachments: FormFile[] = [],
  path = "/apply?lang=en",
) {
  const { body, contentType } = formBody(fields, attachments);
  return request(path, { method: "POST", headers: { "Content-Type": contentType }, body, redirect: "manual" });
}

/** The ids of the files the form page lists as already received (each a ticked checkbox). */
export function heldIdsIn(html: string): string[] {
  return [...html.matchAll(/name="heldAttachments" value="([0-9a-f-]{36})"/g)].map((match) => match[1] ?? "");
}

/** The submission id of a fresh application form for `role`: what ties a form's tries together. */
export async function freshSubmissionId(role = "family") {
  const id = inputValue(await expectText(await request(`/apply?role=${role}&lang=en`), 200), "submissionId");
  if (!id) throw new Error("the form has no submissionId");
  return id;
}

/** The value of a hidden or text input named `name` in an HTML page. */
export function inputValue(html: string, name: string): string | undefined {
  const tag = html.match(new RegExp(`<input[^>]*name="${name.replaceAll(".", "\\.")}"[^>]*>`))?.[0];
  return tag?.match(/value="([^"]*)"/)?.[1];
}
