/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { OwnPageLine } from "./_components/own-page";
import { formatDate, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const ReviewReminderProps = z.object({
  language: z.enum(languages),
  reviewerName: z.string(),
  reference: z.string(),
  /** The reviewer's own page, with every case they hold and decided. */
  reviewerPageUrl: z.url(),
  reviewUrl: z.url(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
  /** Reminders still to come after this one; at 0 the case is passed on without a decision. */
  remindersLeft: z.number().int().nonnegative(),
});
export type ReviewReminderProps = z.infer<typeof ReviewReminderProps>;

export function reviewReminderSubject({
  language,
  reference,
  remindersLeft,
}: Pick<ReviewReminderProps, "language" | "reference" | "remindersLeft">) {
  const t = messages[language].emails.reviewReminder;
  return remindersLeft === 0 ? t.lastSubject(reference) : t.subject(reference);
}

export default function ReviewReminder(props: ReviewReminderProps) {
  const e = messages[props.language].emails;
  const t = e.reviewReminder;
  const subject = reviewReminderSubject(props);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.reviewer}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{e.greeting.person(props.reviewerName)}</Text>
      <Text style={styles.paragraph}>{t.intro}</Text>
      <Reference label={e.referenceLabel.case} reference={props.reference} />
      <Text style={styles.paragraph}>{e.reviewSteps}</Text>
      <Text style={styles.paragraph}>{e.decideBy(formatDate(props.language, props.dueDate))}</Text>
      {props.remindersLeft === 0 ? <Text style={styles.paragraph}>{t.last}</Text> : null}
      <Section>
        <Button href={props.reviewUrl} style={styles.button}>
          {e.openCase}
        </Button>
      </Section>
      <Text style={styles.small}>
        {e.personalLinkNote} {props.reviewUrl}
      </Text>
      <OwnPageLine language={props.language} holder="reviewer" url={props.reviewerPageUrl} />
    </Layout>
  );
}

ReviewReminder.PreviewProps = {
  language: "en",
  reviewerName: "Alex Reviewer",
  reference: "IN-2026-K7M3QX",
  reviewerPageUrl: "http://127.0.0.1:8787/reviewer/example-token",
  reviewUrl: "http://127.0.0.1:8787/review/example-token",
  dueDate: "2026-03-15",
  remindersLeft: 0,
} satisfies ReviewReminderProps;
