/** @jsxImportSource react */
import { Heading, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { OwnPageLine } from "./_components/own-page";
import { Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const ReviewReleasedProps = z.object({
  language: z.enum(languages),
  reviewerName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  /** The reviewer's own page, with every case they hold and decided. */
  reviewerPageUrl: z.url(),
  /** Why the review went to someone else: staff handed it on, or no decision came after every reminder. */
  reason: z.enum(["staff", "no_answer"]),
});
export type ReviewReleasedProps = z.infer<typeof ReviewReleasedProps>;

export function reviewReleasedSubject({ language, reference }: Pick<ReviewReleasedProps, "language" | "reference">) {
  return messages[language].emails.reviewReleased.subject(reference);
}

/** Tells a reviewer, kindly, that a case they held was passed to someone else and their link is off. */
export default function ReviewReleased(props: ReviewReleasedProps) {
  const e = messages[props.language].emails;
  const t = e.reviewReleased;
  const subject = reviewReleasedSubject(props);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.reviewer}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{e.greeting.person(props.reviewerName)}</Text>
      <Text style={styles.paragraph}>{t.intro[props.reason](props.organizationName)}</Text>
      <Reference label={e.referenceLabel.case} reference={props.reference} />
      <Text style={styles.paragraph}>{t.linkOff}</Text>
      <Text style={styles.paragraph}>{t.thanks}</Text>
      <OwnPageLine language={props.language} holder="reviewer" url={props.reviewerPageUrl} />
    </Layout>
  );
}

ReviewReleased.PreviewProps = {
  language: "en",
  reviewerName: "Alex Reviewer",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  reviewerPageUrl: "http://127.0.0.1:8787/reviewer/example-token",
  reason: "no_answer",
} satisfies ReviewReleasedProps;
