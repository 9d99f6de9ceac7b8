/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { ownPageRoles } from "../src/db/schema";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import * as styles from "./_components/styles";

/** The link to someone's own page, sent when they ask for it ("send me my link"); about no case. */
export const OwnPageLinkProps = z.object({
  language: z.enum(languages),
  role: z.enum(ownPageRoles),
  /** Empty for an expert, who is known by address only. */
  name: z.string(),
  /** The reviewer's organization. */
  organizationName: z.string().optional(),
  pageUrl: z.url(),
});
export type OwnPageLinkProps = z.infer<typeof OwnPageLinkProps>;

export function ownPageLinkSubject({ language, role }: Pick<OwnPageLinkProps, "language" | "role">) {
  return messages[language].emails.ownPageLink.subject[role];
}

export default function OwnPageLink(props: OwnPageLinkProps) {
  const e = messages[props.language].emails;
  const t = e.ownPageLink;
  const subject = ownPageLinkSubject(props);
  const footer = { reviewer: e.footer.reviewer, expert: e.footer.expert, referral_partner: e.footer.referralPartner };
  return (
    <Layout language={props.language} preview={subject} footer={footer[props.role]}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{props.name ? e.greeting.person(props.name) : e.expertRequest.greeting}</Text>
      <Text style={styles.paragraph}>{t.intro[props.role](props.organizationName ?? "")}</Text>
      <Section>
        <Button href={props.pageUrl} style={styles.button}>
          {t.button}
        </Button>
      </Section>
      <Text style={styles.small}>{props.pageUrl}</Text>
      <Text style={styles.small}>{t.ignore}</Text>
    </Layout>
  );
}

OwnPageLink.PreviewProps = {
  language: "en",
  role: "reviewer",
  name: "Alex Reviewer",
  organizationName: "Pennsylvania Innocence Project (demo)",
  pageUrl: "http://127.0.0.1:8787/reviewer/example-token",
} satisfies OwnPageLinkProps;
