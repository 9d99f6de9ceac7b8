/** @jsxImportSource react */
import { Heading, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const StaffAlertProps = z.object({
  language: z.enum(languages),
  organizationName: z.string(),
  reference: z.string(),
  reason: z.enum([
    "reviewer_silent",
    "no_reviewer",
    "quorum_split",
    "referral_declined",
    "referral_lapsed",
    "referrals_exhausted",
    "workflow_stuck",
    "mail_refused",
    "mail_refused_letter",
    "task_overdue",
    "preservation_due",
  ]),
  /** A short note, such as a reviewer's or a partner organization's name, or a mail provider's code. */
  detail: z.string().optional(),
});
export type StaffAlertProps = z.infer<typeof StaffAlertProps>;

export function staffAlertSubject({
  language,
  reference,
  reason,
}: Pick<StaffAlertProps, "language" | "reference" | "reason">) {
  const t = messages[language].emails.staffAlert;
  return t.subject(t.alerts[reason].subject, reference);
}

export default function StaffAlert(props: StaffAlertProps) {
  const e = messages[props.language].emails;
  const t = e.staffAlert;
  const alert = t.alerts[props.reason];
  const subject = staffAlertSubject(props);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.staff}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{t.greeting(props.organizationName)}</Text>
      <Text style={styles.paragraph}>{alert.what}</Text>
      <Text style={styles.paragraph}>{alert.todo}</Text>
      <Reference label={e.referenceLabel.case} reference={props.reference} />
      {props.detail ? (
        <Text style={styles.paragraph}>
          {t.detailLabel}: {props.detail}
        </Text>
      ) : null}
      <Text style={styles.small}>{t.lookup}</Text>
    </Layout>
  );
}

StaffAlert.PreviewProps = {
  language: "en",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  reason: "referral_declined",
  detail: "Mid-Atlantic Innocence Project (demo)",
} satisfies StaffAlertProps;
