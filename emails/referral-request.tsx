/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { OwnPageLine } from "./_components/own-page";
import { formatDate, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const ReferralRequestProps = z.object({
  language: z.enum(languages),
  partnerName: z.string(),
  /** The organization making the referral. */
  organizationName: z.string(),
  reference: z.string(),
  referralUrl: z.url(),
  /** Their own page with all their cases, when they were asked on more than one. */
  ownPageUrl: z.url().optional(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
  /** A pro bono lawyer of the organization, or another member organization of the network. */
  kind: z.enum(["lawyer", "organization"]),
});
export type ReferralRequestProps = z.infer<typeof ReferralRequestProps>;

export function referralRequestSubject({ language, reference }: Pick<ReferralRequestProps, "language" | "reference">) {
  return messages[language].emails.referralRequest.subject(reference);
}

export default function ReferralRequest(props: ReferralRequestProps) {
  const e = messages[props.language].emails;
  const t = e.referralRequest;
  const subject = referralRequestSubject(props);
  const greeting = props.kind === "lawyer" ? e.greeting.lawyer : e.greeting.organization;
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.referralPartner}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{greeting(props.partnerName)}</Text>
      <Text style={styles.paragraph}>{t.ask[props.kind](props.organizationName)}</Text>
      <Reference label={e.referenceLabel.case} reference={props.reference} />
      <Text style={styles.paragraph}>{t.steps}</Text>
      <Text style={styles.paragraph}>{t.due(formatDate(props.language, props.dueDate))}</Text>
      <Section>
        <Button href={props.referralUrl} style={styles.button}>
          {t.button}
        </Button>
      </Section>
      <Text style={styles.small}>
        {e.personalLinkNote} {props.referralUrl}
      </Text>
      {props.ownPageUrl ? (
        <OwnPageLine language={props.language} holder="referral_partner" url={props.ownPageUrl} />
      ) : null}
    </Layout>
  );
}

ReferralRequest.PreviewProps = {
  language: "en",
  partnerName: "Jordan Counsel",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  referralUrl: "http://127.0.0.1:8787/referral/example-token",
  dueDate: "2026-05-01",
  kind: "lawyer",
  ownPageUrl: "http://127.0.0.1:8787/partner/example-token",
} satisfies ReferralRequestProps;
