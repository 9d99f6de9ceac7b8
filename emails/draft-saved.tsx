/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { formatDate } from "./_components/parts";
import * as styles from "./_components/styles";

/** To someone who saved the application form part-way and gave an email: the link back to it. */
export const DraftSavedProps = z.object({
  language: z.enum(languages),
  resumeUrl: z.url(),
  /** ISO date, `YYYY-MM-DD`: the draft is deleted after it unless saved again. */
  keptUntil: z.iso.date(),
});
export type DraftSavedProps = z.infer<typeof DraftSavedProps>;

/** No reference yet, and nothing about the person: the subject says only what the message is. */
export function draftSavedSubject({ language }: Pick<DraftSavedProps, "language">) {
  return messages[language].emails.draftSaved.subject;
}

export default function DraftSaved(props: DraftSavedProps) {
  const e = messages[props.language].emails;
  const t = e.draftSaved;
  const subject = draftSavedSubject(props);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.applicantSide}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{t.greeting}</Text>
      <Text style={styles.paragraph}>{t.intro}</Text>
      <Text style={styles.paragraph}>{t.how}</Text>
      <Section>
        <Button href={props.resumeUrl} style={styles.button}>
          {t.button}
        </Button>
      </Section>
      <Text style={styles.paragraph}>{t.keptUntil(formatDate(props.language, props.keptUntil))}</Text>
      <Text style={styles.small}>
        {t.linkNote} {props.resumeUrl}
      </Text>
    </Layout>
  );
}

DraftSaved.PreviewProps = {
  language: "en",
  resumeUrl: "http://127.0.0.1:8787/resume/example-token",
  keptUntil: "2026-12-30",
} satisfies DraftSavedProps;
