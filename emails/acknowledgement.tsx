/** @jsxImportSource react */
import { Heading, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { ActionLink, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const AcknowledgementProps = z.object({
  language: z.enum(languages),
  /** The submitter hears "we received your application"; a named contact hears why they are written to. */
  audience: z.enum(["submitter", "contact"]),
  recipientName: z.string(),
  applicantName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  /** Left out in a letter to someone in prison, who cannot open it. */
  statusUrl: z.url().optional(),
});
export type AcknowledgementProps = z.infer<typeof AcknowledgementProps>;

export function acknowledgementSubject({ language, reference }: Pick<AcknowledgementProps, "language" | "reference">) {
  return messages[language].emails.acknowledgement.subject(reference);
}

export default function Acknowledgement(props: AcknowledgementProps) {
  const e = messages[props.language].emails;
  const t = e.acknowledgement;
  const subject = acknowledgementSubject(props);
  const intro =
    props.audience === "submitter"
      ? t.submitter(props.organizationName)
      : t.contact(props.organizationName, props.applicantName);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.applicantSide}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{e.greeting.person(props.recipientName)}</Text>
      <Text style={styles.paragraph}>{intro}</Text>
      <Reference label={e.referenceLabel.yours} reference={props.reference} />
      <Text style={styles.paragraph}>{t.next}</Text>
      <ActionLink url={props.statusUrl} label={t.button} note={t.linkNote} />
    </Layout>
  );
}

Acknowledgement.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  statusUrl: "http://127.0.0.1:8787/status/example-token",
} satisfies AcknowledgementProps;
