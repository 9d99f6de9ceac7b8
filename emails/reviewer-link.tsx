/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import * as styles from "./_components/styles";

/** The link to a reviewer's own page, sent when they ask for it ("send me my link"); about no case. */
export const ReviewerLinkProps = z.object({
  language: z.enum(languages),
  reviewerName: z.string(),
  organizationName: z.string(),
  reviewerPageUrl: z.url(),
});
export type ReviewerLinkProps = z.infer<typeof ReviewerLinkProps>;

export function reviewerLinkSubject({ language }: Pick<ReviewerLinkProps, "language">) {
  return messages[language].emails.reviewerLink.subject;
}

export default function ReviewerLink(props: ReviewerLinkProps) {
  const e = messages[props.language].emails;
  const t = e.reviewerLink;
  const subject = reviewerLinkSubject(props);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.reviewer}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{e.greeting.person(props.reviewerName)}</Text>
      <Text style={styles.paragraph}>{t.intro(props.organizationName)}</Text>
      <Section>
        <Button href={props.reviewerPageUrl} style={styles.button}>
          {t.button}
        </Button>
      </Section>
      <Text style={styles.small}>{props.reviewerPageUrl}</Text>
      <Text style={styles.small}>{t.ignore}</Text>
    </Layout>
  );
}

ReviewerLink.PreviewProps = {
  language: "en",
  reviewerName: "Alex Reviewer",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reviewerPageUrl: "http://127.0.0.1:8787/reviewer/example-token",
} satisfies ReviewerLinkProps;
