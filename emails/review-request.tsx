/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { OwnPageLine } from "./_components/own-page";
import { formatDate, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const ReviewRequestProps = z.object({
  language: z.enum(languages),
  reviewerName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  /** The reviewer's own page, with every case they hold and decided. */
  reviewerPageUrl: z.url(),
  reviewUrl: z.url(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
  /**
   * Why the reviewer is written to now: a new case, something came back on a case they hold, or
   * staff sent a case back for review (reopened, or stuck after a referral).
   */
  reason: z.enum(["new", "answer_received", "opinion_received", "reassigned", "returned"]),
  /** How many screening criteria were flagged for attention. */
  flags: z.number().int().nonnegative(),
});
export type ReviewRequestProps = z.infer<typeof ReviewRequestProps>;

export function reviewRequestSubject({
  language,
  reference,
  reason,
}: Pick<ReviewRequestProps, "language" | "reference" | "reason">) {
  return messages[language].emails.reviewRequest.subject[reason](reference);
}

export default function ReviewRequest(props: ReviewRequestProps) {
  const e = messages[props.language].emails;
  const t = e.reviewRequest;
  const subject = reviewRequestSubject(props);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.reviewer}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{e.greeting.person(props.reviewerName)}</Text>
      <Text style={styles.paragraph}>{t.intro[props.reason](props.organizationName)}</Text>
      <Reference label={e.referenceLabel.case} reference={props.reference} />
      {props.flags > 0 ? <Text style={styles.paragraph}>{t.flags(props.flags)}</Text> : null}
      <Text style={styles.paragraph}>{e.reviewSteps}</Text>
      <Text style={styles.paragraph}>{e.decideBy(formatDate(props.language, props.dueDate))}</Text>
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

ReviewRequest.PreviewProps = {
  language: "en",
  reviewerName: "Alex Reviewer",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  reviewerPageUrl: "http://127.0.0.1:8787/reviewer/example-token",
  reviewUrl: "http://127.0.0.1:8787/review/example-token",
  dueDate: "2026-03-15",
  reason: "new",
  flags: 2,
} satisfies ReviewRequestProps;
