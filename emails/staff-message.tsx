/** @jsxImportSource react */
import { Heading, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { emailOnly } from "./_components/letter";
import { Lines, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const StaffMessageProps = z.object({
  language: z.enum(languages),
  /** Who it is for: the frame (greeting, footer) follows; the body is as staff wrote it. */
  audience: z.enum(["submitter", "contact", "attorney", "partner", "expert"]),
  recipientName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  /** Staff's own heading for the message, if they gave one: shown in the message, never in the subject line. */
  heading: z.string().optional(),
  /** What staff wrote, free text; line breaks are kept. */
  body: z.string().min(1),
});
export type StaffMessageProps = z.infer<typeof StaffMessageProps>;

export function staffMessageSubject({ language, reference }: Pick<StaffMessageProps, "language" | "reference">) {
  return messages[language].emails.staffMessage.subject(reference);
}

const footers = {
  submitter: "applicantSide",
  contact: "applicantSide",
  attorney: "applicantSide",
  partner: "referralPartner",
  expert: "expert",
} as const;

export default function StaffMessage(props: StaffMessageProps) {
  const e = messages[props.language].emails;
  const t = e.staffMessage;
  const subject = staffMessageSubject(props);
  const greeting = props.audience === "attorney" ? e.greeting.lawyer : e.greeting.person;
  return (
    <Layout language={props.language} preview={subject} footer={e.footer[footers[props.audience]]}>
      <Heading style={styles.heading}>{props.heading ?? subject}</Heading>
      <Text style={styles.paragraph}>{greeting(props.recipientName)}</Text>
      {props.body
        .split(/\n{2,}/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph) => (
          <Text key={paragraph} style={styles.paragraph}>
            <Lines text={paragraph} />
          </Text>
        ))}
      <Text style={styles.paragraph}>
        <Lines text={t.signOff(props.organizationName)} />
      </Text>
      <Reference label={e.referenceLabel.plain} reference={props.reference} />
      <Text style={styles.small} {...emailOnly}>
        {t.reply}
      </Text>
    </Layout>
  );
}

StaffMessage.PreviewProps = {
  language: "en",
  audience: "contact",
  recipientName: "Maria Example",
  organizationName: "Keystone Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  heading: "Your son's trial transcript",
  body: "Thank you for your letter of 3 March.\n\nCould you send us a copy of the trial transcript? A photo of each page is enough.",
} satisfies StaffMessageProps;
