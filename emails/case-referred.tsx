/** @jsxImportSource react */
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { ApplicantUpdate } from "./_components/parts";

export const CaseReferredProps = z.object({
  language: z.enum(languages),
  audience: z.enum(["submitter", "contact", "attorney"]),
  recipientName: z.string(),
  applicantName: z.string(),
  organizationName: z.string(),
  /** The lawyer or organization that agreed to take the case. */
  referredToName: z.string(),
  reference: z.string(),
});
export type CaseReferredProps = z.infer<typeof CaseReferredProps>;

export function caseReferredSubject({ language, reference }: Pick<CaseReferredProps, "language" | "reference">) {
  return messages[language].emails.caseReferred.subject(reference);
}

export default function CaseReferred(props: CaseReferredProps) {
  const t = messages[props.language].emails.caseReferred;
  return (
    <ApplicantUpdate
      language={props.language}
      audience={props.audience}
      recipientName={props.recipientName}
      subject={caseReferredSubject(props)}
      paragraphs={t.body[props.audience](props.organizationName, props.referredToName, props.applicantName)}
      reference={props.reference}
    />
  );
}

CaseReferred.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  referredToName: "Jordan Counsel",
  reference: "IN-2026-K7M3QX",
} satisfies CaseReferredProps;
