import type { DraftPosition } from "../db/schema";

/**
 * The application form's steps, one topic per page, in order. Each owns the form fields (named by
 * JSON path) under its prefixes: a step's page sends exactly those, and saving it replaces them.
 */
export const formSteps = [
  "you",
  "person",
  "conviction",
  "claim",
  "lawyers",
  "contacts",
  "documents",
  "permission",
] as const satisfies readonly DraftPosition[];
export type FormStep = (typeof formSteps)[number];

const OWNED: Record<FormStep, readonly string[]> = {
  you: ["submitter."],
  person: ["applicant."],
  conviction: ["organization", "conviction."],
  claim: ["claim."],
  lawyers: ["lawyers."],
  contacts: ["contacts."],
  // The files themselves are held as attachment rows; the field says which held ones are kept.
  documents: ["heldAttachments"],
  permission: ["consent."],
};

/** Fields every page sends, that belong to the whole application rather than to one step. */
const WHOLE_FORM = new Set(["submitter.role", "language"]);

/** Fields of the pages themselves, never kept with what was typed. */
const PAGE_ONLY = new Set(["submissionId", "action", "step", "returnTo", "heldAttachments", "cf-turnstile-response"]);

/** The step whose page holds the field named `name`, if any. */
export function stepOf(name: string): FormStep | undefined {
  if (WHOLE_FORM.has(name)) return undefined;
  return formSteps.find((step) =>
    OWNED[step].some((prefix) => (prefix.endsWith(".") ? name.startsWith(prefix) : name === prefix)),
  );
}

/**
 * What a draft holds after a post of `steps`' pages: their fields replaced by what was sent (a box
 * left unticked is simply not sent), every other step's kept, the whole-form fields updated.
 */
export function mergeSteps(
  kept: ReadonlyMap<string, string[]>,
  sent: ReadonlyMap<string, string[]>,
  steps: readonly FormStep[],
): Map<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const [name, values] of kept) {
    const step = stepOf(name);
    if (step === undefined || !steps.includes(step)) merged.set(name, values);
  }
  for (const [name, values] of sent) {
    if (PAGE_ONLY.has(name)) continue;
    const step = stepOf(name);
    if (step === undefined ? WHOLE_FORM.has(name) : steps.includes(step)) merged.set(name, values);
  }
  return merged;
}

export function nextStep(step: FormStep): FormStep | undefined {
  return formSteps[formSteps.indexOf(step) + 1];
}

export function previousStep(step: FormStep): FormStep | undefined {
  return formSteps[formSteps.indexOf(step) - 1];
}
