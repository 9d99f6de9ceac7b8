import type { TemplateProps } from "../../../emails";
import { placeName } from "../../lib/i18n";
import type { Build } from "./build";

/**
 * The preservation letter's props: who was convicted, where, of what and under which case number,
 * from the application as it was sent (none of it sealed), worded in the custodian's language.
 */
export function preservationRequestProps({
  kase,
  organization,
  recipient,
}: Build): TemplateProps<"preservation-request"> {
  const { applicant, conviction } = kase.application;
  return {
    language: recipient.language,
    reference: kase.reference,
    organizationName: organization.name,
    organizationEmail: organization.intakeEmail,
    applicant: { name: applicant.name, otherNames: applicant.otherNames, dateOfBirth: applicant.dateOfBirth },
    conviction: {
      place: placeName(recipient.language, conviction.jurisdiction),
      court: conviction.court,
      caseNumber: conviction.caseNumber,
      offenses: conviction.offenses,
      convictionDate: conviction.convictionDate,
    },
  };
}
