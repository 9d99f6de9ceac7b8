import * as z from "zod";
import { languages, submitterRoles } from "../db/schema";
import { blankToUndefined, text } from "./text";

/**
 * The application: the public contract of `POST /api/v1/applications` and the field names of the
 * HTML form (each form field is named by its JSON path). Unknown keys are stripped, so nothing a
 * client invents (`status`, `organizationId`…) reaches the database.
 *
 * Validation messages are keys of the catalogs' `errors` (see `issueText` in lib/i18n), translated where shown.
 */

const requiredText = (max: number) => z.preprocess(blankToUndefined, text({ error: "required" }).max(max, "too_long"));
const optionalText = (max: number) => z.preprocess(blankToUndefined, text().max(max, "too_long").optional());
const optionalEmail = z.preprocess(
  blankToUndefined,
  z.email({ error: "invalid_email" }).max(254, "too_long").optional(),
);
const optionalDate = z.preprocess(blankToUndefined, z.iso.date({ error: "invalid_date" }).optional());
const optionalBoolean = z.boolean({ error: "invalid_choice" }).optional();
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "invalid_choice" });

export const evidenceTypes = ["dna", "eyewitness", "confession", "forensic", "informant", "alibi", "other"] as const;
export const trialOrPleaValues = ["trial", "guilty_plea", "no_contest"] as const;
export const appealStatuses = [
  "none",
  "direct_appeal_pending",
  "direct_appeal_decided",
  "post_conviction_decided",
] as const;
export const biologicalEvidenceValues = ["yes", "no", "unknown"] as const;
/** Who keeps the physical evidence of a case: whom a preservation letter is written to. */
export const custodianKinds = ["court_clerk", "police_evidence_room", "laboratory", "other"] as const;
export const lawyerRoles = ["trial", "appeal", "current"] as const;
export const supporterRoles = ["family", "supporter"] as const;

const SHORT = 200;
const ADDRESS = 1000;
const LONG = 20_000;

/** ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision: `GB`, `US-PA`, `JP-13`. */
export const jurisdictionPattern = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

export const jurisdictionSchema = text({ error: "required" })
  .toUpperCase()
  .regex(jurisdictionPattern, "invalid_jurisdiction");

const submitterSchema = z
  .object({
    role: choice(submitterRoles),
    name: requiredText(SHORT),
    email: optionalEmail,
    phone: optionalText(50),
    postalAddress: optionalText(ADDRESS),
    relationship: optionalText(SHORT),
    language: z.preprocess(blankToUndefined, choice(languages).optional()),
  })
  .refine((s) => s.email !== undefined || s.postalAddress !== undefined, {
    message: "email_or_address",
    path: ["email"],
  });

const applicantSchema = z.object({
  name: requiredText(SHORT),
  otherNames: optionalText(SHORT),
  dateOfBirth: optionalDate,
  prisonNumber: optionalText(50),
  facility: optionalText(SHORT),
  postalAddress: optionalText(ADDRESS),
  inCustody: optionalBoolean,
  expectedReleaseDate: optionalDate,
});

const convictionSchema = z.object({
  jurisdiction: z.preprocess(blankToUndefined, jurisdictionSchema),
  court: optionalText(SHORT),
  caseNumber: optionalText(100),
  offenses: requiredText(2000),
  convictionDate: optionalDate,
  sentence: optionalText(SHORT),
  trialOrPlea: z.preprocess(blankToUndefined, choice(trialOrPleaValues).optional()),
  appealStatus: z.preprocess(blankToUndefined, choice(appealStatuses).optional()),
  currentlyRepresented: optionalBoolean,
});

const custodianSchema = z.object({
  kind: z.preprocess(blankToUndefined, choice(custodianKinds).optional()),
  name: optionalText(SHORT),
  postalAddress: optionalText(ADDRESS),
});

/** A custodian whose every field was left blank was not named: a form sends its empty inputs too. */
const blankCustodianToUndefined = (value: unknown) =>
  isRecord(value) && Object.keys(custodianSchema.shape).every((key) => blankToUndefined(value[key]) === undefined)
    ? undefined
    : value;

const claimSchema = z.object({
  innocenceStatement: requiredText(LONG),
  evidenceTypes: z.array(choice(evidenceTypes)).max(evidenceTypes.length).optional(),
  biologicalEvidence: z.preprocess(blankToUndefined, choice(biologicalEvidenceValues).optional()),
  evidenceLocation: optionalText(LONG),
  evidenceCustodian: z.preprocess(blankCustodianToUndefined, custodianSchema.optional()),
  newEvidence: optionalText(LONG),
  coDefendants: optionalText(LONG),
});

const lawyerSchema = z.object({
  role: choice(lawyerRoles),
  name: requiredText(SHORT),
  email: optionalEmail,
  phone: optionalText(50),
  mayContact: optionalBoolean,
  notify: optionalBoolean,
});

const contactSchema = z.object({
  role: choice(supporterRoles),
  name: requiredText(SHORT),
  email: optionalEmail,
  relationship: optionalText(SHORT),
  language: z.preprocess(blankToUndefined, choice(languages).optional()),
  notify: optionalBoolean,
});

const consentSchema = z.object({
  dataProcessing: z.literal(true, { error: "must_consent" }),
  contactPeopleNamed: optionalBoolean,
});

/** A person applying for themselves is the applicant: their name and address stand for both. */
function fillSelfSubmitter(input: unknown): unknown {
  if (!isRecord(input) || !isRecord(input.submitter) || input.submitter.role !== "self") return input;
  const applicant = isRecord(input.applicant) ? input.applicant : {};
  return {
    ...input,
    submitter: {
      ...input.submitter,
      name: blankToUndefined(input.submitter.name) ?? applicant.name,
      postalAddress: blankToUndefined(input.submitter.postalAddress) ?? applicant.postalAddress,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const applicationSchema = z.preprocess(
  fillSelfSubmitter,
  z.object({
    organization: z.preprocess(blankToUndefined, text().toLowerCase().max(100, "too_long").optional()),
    language: z.preprocess(blankToUndefined, choice(languages).default("en")),
    submitter: submitterSchema,
    applicant: applicantSchema,
    conviction: convictionSchema,
    claim: claimSchema,
    lawyers: z.array(lawyerSchema).max(10, "too_many").default([]),
    contacts: z.array(contactSchema).max(10, "too_many").default([]),
    consent: consentSchema,
  }),
);

export type Application = z.output<typeof applicationSchema>;

/**
 * Whether the person the application is about is in prison now: as the application says, or, when
 * it does not say, because it gives a prison number. Letters to them carry no links, and when
 * someone else applied for them they are told by letter.
 */
export function applicantInCustody(application: Application): boolean {
  return application.applicant.inCustody ?? application.applicant.prisonNumber !== undefined;
}
