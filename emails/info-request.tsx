/** @jsxImportSource react */
import { Heading, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { ActionLink, formatDate, Lines, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const InfoRequestProps = z.object({
  language: z.enum(languages),
  recipientName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  /** The reviewer's questions, free text; line breaks are kept. */
  questions: z.string(),
  /** Left out in a letter to someone in prison: they answer on paper, and staff type the answer in. */
  respondUrl: z.url().optional(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
});
export type InfoRequestProps = z.infer<typeof InfoRequestProps>;

export function infoRequestSubject({ language, reference }: Pick<InfoRequestProps, "language" | "reference">) {
  return messages[language].emails.infoRequest.subject(reference);
}

export default function InfoRequest(props: InfoRequestProps) {
  const e = messages[props.language].emails;
  const t = e.infoRequest;
  const subject = infoRequestSubject(props);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.applicantSide}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{e.greeting.person(props.recipientName)}</Text>
      <Text style={styles.paragraph}>{t.intro(props.organizationName)}</Text>
      <Reference label={e.referenceLabel.yours} reference={props.reference} />
      <Text style={styles.paragraph}>
        <strong>{t.questionsLabel}:</strong>
      </Text>
      <Text style={{ ...styles.paragraph, borderLeft: "3px solid #d4d4d8", paddingLeft: "12px" }}>
        <Lines text={props.questions} />
      </Text>
      <Text style={styles.paragraph}>{props.respondUrl ? t.how : t.howByPost}</Text>
      <Text style={styles.paragraph}>{t.due(formatDate(props.language, props.dueDate))}</Text>
      <ActionLink url={props.respondUrl} label={t.button} note={t.linkNote} />
    </Layout>
  );
}

InfoRequest.PreviewProps = {
  language: "en",
  recipientName: "Maria Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  questions:
    "1. Who was the lawyer at the trial?\n2. Do you have the names of people who saw Daniel that evening?\n\nIf you have the police report, please add it.",
  respondUrl: "http://127.0.0.1:8787/respond/example-token",
  dueDate: "2026-04-01",
} satisfies InfoRequestProps;
