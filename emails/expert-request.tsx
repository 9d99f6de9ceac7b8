/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { OwnPageLine } from "./_components/own-page";
import { formatDate, Lines, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const ExpertRequestProps = z.object({
  language: z.enum(languages),
  organizationName: z.string(),
  reference: z.string(),
  /** The reviewer's question to the expert, free text; line breaks are kept. */
  question: z.string(),
  consultUrl: z.url(),
  /** Their own page with all their cases, when they were asked on more than one. */
  ownPageUrl: z.url().optional(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
});
export type ExpertRequestProps = z.infer<typeof ExpertRequestProps>;

export function expertRequestSubject({ language, reference }: Pick<ExpertRequestProps, "language" | "reference">) {
  return messages[language].emails.expertRequest.subject(reference);
}

export default function ExpertRequest(props: ExpertRequestProps) {
  const e = messages[props.language].emails;
  const t = e.expertRequest;
  const subject = expertRequestSubject(props);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.expert}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{t.greeting}</Text>
      <Text style={styles.paragraph}>{t.intro(props.organizationName)}</Text>
      <Reference label={e.referenceLabel.case} reference={props.reference} />
      <Text style={styles.paragraph}>
        <strong>{t.questionLabel}:</strong>
      </Text>
      <Text style={{ ...styles.paragraph, borderLeft: "3px solid #d4d4d8", paddingLeft: "12px" }}>
        <Lines text={props.question} />
      </Text>
      <Text style={styles.paragraph}>{t.how}</Text>
      <Text style={styles.paragraph}>{t.due(formatDate(props.language, props.dueDate))}</Text>
      <Section>
        <Button href={props.consultUrl} style={styles.button}>
          {e.openCase}
        </Button>
      </Section>
      <Text style={styles.small}>
        {e.personalLinkNote} {props.consultUrl}
      </Text>
      {props.ownPageUrl ? <OwnPageLine language={props.language} holder="expert" url={props.ownPageUrl} /> : null}
    </Layout>
  );
}

ExpertRequest.PreviewProps = {
  language: "en",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  question:
    "The conviction rests on a bite-mark comparison.\nIs this method considered reliable today, and would a new analysis be possible?",
  consultUrl: "http://127.0.0.1:8787/consult/example-token",
  dueDate: "2026-04-15",
  ownPageUrl: "http://127.0.0.1:8787/expert/example-token",
} satisfies ExpertRequestProps;
