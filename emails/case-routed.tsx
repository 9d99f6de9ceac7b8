/** @jsxImportSource react */
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { ApplicantUpdate } from "./_components/parts";

export const CaseRoutedProps = z.object({
  language: z.enum(languages),
  audience: z.enum(["submitter", "contact", "attorney"]),
  recipientName: z.string(),
  applicantName: z.string(),
  /** The organization that received the application. */
  fromOrganizationName: z.string(),
  /** The organization that covers the place of the conviction, or that staff moved the case to. */
  toOrganizationName: z.string(),
  /** Routed because of where the conviction was, or moved by staff to an organization better placed. */
  why: z.enum(["place", "staff"]),
  reference: z.string(),
});
export type CaseRoutedProps = z.infer<typeof CaseRoutedProps>;

export function caseRoutedSubject({ language, reference }: Pick<CaseRoutedProps, "language" | "reference">) {
  return messages[language].emails.caseRouted.subject(reference);
}

export default function CaseRouted(props: CaseRoutedProps) {
  const t = messages[props.language].emails.caseRouted;
  return (
    <ApplicantUpdate
      language={props.language}
      audience={props.audience}
      recipientName={props.recipientName}
      subject={caseRoutedSubject(props)}
      paragraphs={(props.why === "staff" ? t.movedBody : t.body)[props.audience](
        props.fromOrganizationName,
        props.toOrganizationName,
        props.applicantName,
      )}
      reference={props.reference}
    />
  );
}

CaseRouted.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  fromOrganizationName: "Pennsylvania Innocence Project (demo)",
  toOrganizationName: "Mid-Atlantic Innocence Project (demo)",
  why: "place",
  reference: "IN-2026-K7M3QX",
} satisfies CaseRoutedProps;
