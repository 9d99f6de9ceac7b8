/** @jsxImportSource react */
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { ApplicantUpdate } from "./_components/parts";

export const CaseAcceptedProps = z.object({
  language: z.enum(languages),
  /** The submitter hears about "your case"; a family contact hears the same news briefly; an attorney, professionally. */
  audience: z.enum(["submitter", "contact", "attorney"]),
  recipientName: z.string(),
  applicantName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
});
export type CaseAcceptedProps = z.infer<typeof CaseAcceptedProps>;

export function caseAcceptedSubject({ language, reference }: Pick<CaseAcceptedProps, "language" | "reference">) {
  return messages[language].emails.caseAccepted.subject(reference);
}

export default function CaseAccepted(props: CaseAcceptedProps) {
  const t = messages[props.language].emails.caseAccepted;
  return (
    <ApplicantUpdate
      language={props.language}
      audience={props.audience}
      recipientName={props.recipientName}
      subject={caseAcceptedSubject(props)}
      paragraphs={t.body[props.audience](props.organizationName, props.applicantName)}
      reference={props.reference}
    />
  );
}

CaseAccepted.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
} satisfies CaseAcceptedProps;
