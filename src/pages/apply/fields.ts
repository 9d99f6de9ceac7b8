import type { Organization } from "../../db/queries/organizations";
import { type Language, languages, type SubmitterRole } from "../../db/schema";
import type { FormStep } from "../../lib/form-steps";
import { messages } from "../../lib/i18n";
import {
  appealStatuses,
  biologicalEvidenceValues,
  evidenceTypes,
  lawyerRoles,
  supporterRoles,
  trialOrPleaValues,
} from "../../schemas/application";

/**
 * The application form's fields, step by step, as data: the step pages render them as inputs and
 * the "check your answers" page as answers, so both always show the same questions. Each is named
 * by its JSON path in the application (SPEC §2), the contract the JSON API shares.
 */

export type Choice = [value: string, text: string];

type TextField = {
  kind: "text";
  name: string;
  label: string;
  type?: "text" | "email" | "tel" | "date";
  required?: boolean;
  multiline?: boolean;
  hint?: string;
  autocomplete?: string;
};
export type ChoiceField = {
  kind: "select" | "radios" | "checkboxes";
  name: string;
  label: string;
  choices: Choice[];
  required?: boolean;
  hint?: string;
  /** Chosen when the person has not answered yet. */
  preset?: string;
};
type CheckboxField = { kind: "checkbox"; name: string; label: string; required?: boolean };
type HiddenField = { kind: "hidden"; name: string; value: string };
/** A block of fields with its own heading: one lawyer, one person to keep informed. */
type GroupField = { kind: "group"; legend: string; fields: Field[] };
/** The documents: files held with the draft, and the file input. */
type FilesField = { kind: "files"; name: "attachments"; label: string; hint: string };

export type Field = TextField | ChoiceField | CheckboxField | HiddenField | GroupField | FilesField;

export type FormContext = {
  role: SubmitterRole;
  lang: Language;
  organizations: Organization[];
  maxFileMb: number;
};

const CONTACT_BLOCKS = 2;

/** A step's title (its page's heading, and its section on the check page) for this role. */
export function stepTitle(step: FormStep, role: SubmitterRole, lang: Language): string {
  const sections = messages[lang].apply.sections;
  const self = role === "self";
  const titles: Record<FormStep, string> = {
    you: self ? sections.submitterSelf : sections.submitterOther,
    person: self ? sections.applicantSelf : sections.applicantOther,
    conviction: sections.conviction,
    claim: sections.claim,
    lawyers: sections.lawyers,
    contacts: sections.contacts,
    documents: sections.attachments,
    permission: sections.consent,
  };
  return titles[step];
}

/** The fields of one step's page, worded for the person filling it in. */
export function stepFields(step: FormStep, context: FormContext): Field[] {
  const { role, lang } = context;
  const t = messages[lang].apply;
  const f = t.fields;
  const c = t.choices;
  const self = role === "self";
  const yesNo: Choice[] = [
    ["true", c.yes],
    ["false", c.no],
  ];
  switch (step) {
    case "you": {
      const fields: Field[] = [];
      if (!self)
        fields.push({
          kind: "text",
          name: "submitter.name",
          label: f["submitter.name"],
          required: true,
          autocomplete: "name",
        });
      if (!self && role !== "defense_attorney")
        fields.push({
          kind: "text",
          name: "submitter.relationship",
          label: f["submitter.relationship"],
          hint: f["submitter.relationshipHint"],
        });
      fields.push(
        {
          kind: "text",
          name: "submitter.email",
          label: f["submitter.email"],
          type: "email",
          autocomplete: "email",
          hint: f["submitter.emailHint"],
        },
        {
          kind: "text",
          name: "submitter.postalAddress",
          label: f["submitter.postalAddress"],
          multiline: true,
          hint: self ? f["submitter.postalAddressSelfHint"] : undefined,
        },
        { kind: "text", name: "submitter.phone", label: f["submitter.phone"], type: "tel", autocomplete: "tel" },
      );
      return fields;
    }
    case "person":
      return [
        {
          kind: "text",
          name: "applicant.name",
          label: self ? f["applicant.nameSelf"] : f["applicant.nameOther"],
          required: true,
          autocomplete: self ? "name" : "off",
        },
        { kind: "text", name: "applicant.otherNames", label: f["applicant.otherNames"] },
        {
          kind: "text",
          name: "applicant.dateOfBirth",
          label: f["applicant.dateOfBirth"],
          type: "date",
          hint: messages[lang].errors.invalid_date,
        },
        { kind: "text", name: "applicant.prisonNumber", label: f["applicant.prisonNumber"] },
        { kind: "text", name: "applicant.facility", label: f["applicant.facility"] },
        { kind: "text", name: "applicant.postalAddress", label: f["applicant.postalAddress"], multiline: true },
        { kind: "radios", name: "applicant.inCustody", label: f["applicant.inCustody"], choices: yesNo },
        {
          kind: "text",
          name: "applicant.expectedReleaseDate",
          label: f["applicant.expectedReleaseDate"],
          type: "date",
        },
      ];
    case "conviction":
      return [
        {
          kind: "select",
          name: "conviction.jurisdiction",
          label: f["conviction.jurisdiction"],
          choices: [["", "—"], ...servedJurisdictions(context.organizations, lang)],
          required: true,
          hint: f["conviction.jurisdictionHint"],
        },
        {
          kind: "select",
          name: "organization",
          label: f.organization,
          choices: [["", f.organizationAny], ...context.organizations.map((o): Choice => [o.slug, o.name])],
        },
        {
          kind: "text",
          name: "conviction.offenses",
          label: f["conviction.offenses"],
          required: true,
          multiline: true,
          hint: f["conviction.offensesHint"],
        },
        { kind: "text", name: "conviction.court", label: f["conviction.court"] },
        { kind: "text", name: "conviction.caseNumber", label: f["conviction.caseNumber"] },
        { kind: "text", name: "conviction.convictionDate", label: f["conviction.convictionDate"], type: "date" },
        { kind: "text", name: "conviction.sentence", label: f["conviction.sentence"] },
        {
          kind: "radios",
          name: "conviction.trialOrPlea",
          label: f["conviction.trialOrPlea"],
          choices: trialOrPleaValues.map((v): Choice => [v, c.trialOrPlea[v]]),
        },
        {
          kind: "select",
          name: "conviction.appealStatus",
          label: f["conviction.appealStatus"],
          choices: [["", c.notSaid], ...appealStatuses.map((v): Choice => [v, c.appealStatus[v]])],
        },
        {
          kind: "radios",
          name: "conviction.currentlyRepresented",
          label: f["conviction.currentlyRepresented"],
          choices: yesNo,
        },
      ];
    case "claim":
      return [
        {
          kind: "text",
          name: "claim.innocenceStatement",
          label: self ? f["claim.innocenceStatementSelf"] : f["claim.innocenceStatementOther"],
          required: true,
          multiline: true,
          hint: f["claim.innocenceStatementHint"],
        },
        {
          kind: "checkboxes",
          name: "claim.evidenceTypes",
          label: f["claim.evidenceTypes"],
          choices: evidenceTypes.map((v): Choice => [v, c.evidenceTypes[v]]),
        },
        {
          kind: "radios",
          name: "claim.biologicalEvidence",
          label: f["claim.biologicalEvidence"],
          choices: biologicalEvidenceValues.map((v): Choice => [v, c[v]]),
        },
        { kind: "text", name: "claim.evidenceLocation", label: f["claim.evidenceLocation"], multiline: true },
        { kind: "text", name: "claim.newEvidence", label: f["claim.newEvidence"], multiline: true },
        { kind: "text", name: "claim.coDefendants", label: f["claim.coDefendants"], multiline: true },
      ];
    case "lawyers":
      return lawyerRoles.map((lawyerRole, index): Field => {
        const p = `lawyers.${index}`;
        return {
          kind: "group",
          legend: f[`lawyers.${lawyerRole}`],
          fields: [
            { kind: "hidden", name: `${p}.role`, value: lawyerRole },
            { kind: "text", name: `${p}.name`, label: f["lawyers.name"], autocomplete: "off" },
            { kind: "text", name: `${p}.email`, label: f["lawyers.email"], type: "email", autocomplete: "off" },
            { kind: "text", name: `${p}.phone`, label: f["lawyers.phone"], type: "tel", autocomplete: "off" },
            { kind: "checkbox", name: `${p}.mayContact`, label: f["lawyers.mayContact"] },
            { kind: "checkbox", name: `${p}.notify`, label: f["lawyers.notify"] },
          ],
        };
      });
    case "contacts":
      return Array.from({ length: CONTACT_BLOCKS }, (_, index): Field => {
        const p = `contacts.${index}`;
        return {
          kind: "group",
          legend: `${f["contacts.person"]} ${index + 1}`,
          fields: [
            { kind: "text", name: `${p}.name`, label: f["contacts.name"], autocomplete: "off" },
            {
              kind: "select",
              name: `${p}.role`,
              label: f["contacts.role"],
              choices: supporterRoles.map((v): Choice => [v, c.contactRole[v]]),
            },
            { kind: "text", name: `${p}.relationship`, label: f["contacts.relationship"], autocomplete: "off" },
            { kind: "text", name: `${p}.email`, label: f["contacts.email"], type: "email", autocomplete: "off" },
            {
              kind: "select",
              name: `${p}.language`,
              label: f["contacts.language"],
              choices: languages.map((code): Choice => [code, messages[code].languageName]),
              preset: lang,
            },
            { kind: "checkbox", name: `${p}.notify`, label: f["contacts.notify"] },
          ],
        };
      });
    case "documents":
      return [
        {
          kind: "files",
          name: "attachments",
          label: f.attachments,
          hint: f.attachmentsHint("PDF, JPEG, PNG, HEIC, TIFF, TXT, DOCX", context.maxFileMb),
        },
      ];
    case "permission":
      return [
        { kind: "checkbox", name: "consent.dataProcessing", label: f["consent.dataProcessing"], required: true },
        { kind: "checkbox", name: "consent.contactPeopleNamed", label: f["consent.contactPeopleNamed"] },
      ];
  }
}

/** Every field of a step, blocks opened up, in page order. */
export function flatFields(fields: Field[]): Exclude<Field, GroupField>[] {
  return fields.flatMap((field) => (field.kind === "group" ? flatFields(field.fields) : [field]));
}

/** The places the network takes cases from, named in the reader's language. */
function servedJurisdictions(organizations: Organization[], lang: Language): Choice[] {
  const regions = new Intl.DisplayNames([lang], { type: "region" });
  const codes = [...new Set(organizations.flatMap((o) => o.jurisdictions))];
  const named = codes.map((code): Choice => {
    const [country = code, subdivision] = code.split("-");
    const countryName = regions.of(country) ?? country;
    return [code, subdivision ? `${countryName} — ${subdivision}` : countryName];
  });
  return named.sort((a, b) => a[1].localeCompare(b[1], lang));
}
