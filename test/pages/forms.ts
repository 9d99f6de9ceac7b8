import { multipartBody, request } from "../helpers";

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

/** The files a form holds, as its documents page lists them (each a ticked checkbox). */
export async function heldIdsOfForm(key: string): Promise<string[]> {
  const html = await (await request(`/apply/${key}/documents?lang=en`)).text();
  return [...html.matchAll(/name="heldAttachments" value="([0-9a-f-]{36})"/g)].map((match) => match[1] ?? "");
}

/** The value of a hidden or text input named `name` in an HTML page. */
export function inputValue(html: string, name: string): string | undefined {
  const tag = html.match(new RegExp(`<input[^>]*name="${name.replaceAll(".", "\\.")}"[^>]*>`))?.[0];
  return tag?.match(/value="([^"]*)"/)?.[1];
}

/** The fields of each step's page, as a family member fills them in (the same answers as `formFields`). */
export const stepAnswers = {
  you: {
    "submitter.name": "Maria Ortega",
    "submitter.relationship": "mother",
    "submitter.email": "maria@example.com",
  },
  person: { "applicant.name": "Daniel Ortega", "applicant.dateOfBirth": "1980-02-29", "applicant.inCustody": "true" },
  conviction: { "conviction.jurisdiction": "US-PA", organization: "", "conviction.offenses": "Robbery" },
  claim: { "claim.innocenceStatement": "He was at work across town.", "claim.evidenceTypes": ["eyewitness", "alibi"] },
  lawyers: {
    "lawyers.0.role": "trial",
    "lawyers.1.role": "appeal",
    "lawyers.2.role": "current",
    "lawyers.2.name": "Ann Counsel",
    "lawyers.2.email": "ann@lawfirm.example.com",
  },
  contacts: { "contacts.0.language": "en", "contacts.1.language": "en" },
  documents: {},
  permission: { "consent.dataProcessing": "true" },
} satisfies Record<string, Record<string, string | string[]>>;

export type StepName = keyof typeof stepAnswers;

/** Opens a new form for `role`, as a browser does: the key its first page posts to. */
export async function startForm(role = "family", lang = "en"): Promise<string> {
  const page = await (await request(`/apply?role=${role}&lang=${lang}`)).text();
  const key = page.match(/action="\/apply\/([A-Za-z0-9_-]{43})\/you\?lang=/)?.[1];
  if (!key) throw new Error("the first step has no form key");
  return key;
}

/** Posts one step's page, as a browser with JavaScript off does: its fields, its button, and its files. */
export function postStep(
  key: string,
  step: StepName,
  fields: Record<string, string | string[] | undefined>,
  options: { action?: "continue" | "back" | "save"; role?: string; lang?: string; files?: FormFile[] } = {},
) {
  const lang = options.lang ?? "en";
  const all = {
    "submitter.role": options.role ?? "family",
    language: lang,
    ...fields,
    action: options.action ?? "continue",
  };
  const { body, contentType } = step === "documents" ? formBody(all, options.files) : formBody(all, []);
  return request(`/apply/${key}/${step}?lang=${lang}`, {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
    redirect: "manual",
  });
}

/** Sends the application from its "check your answers" page. */
export function sendFromCheck(key: string, lang = "en", role = "family") {
  return submitForm(
    { submissionId: key, step: "check", "submitter.role": role, language: lang },
    [],
    `/apply?lang=${lang}`,
  );
}
