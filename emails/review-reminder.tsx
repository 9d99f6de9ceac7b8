/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { formatDate, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const ReviewReminderProps = z.object({
  language: z.enum(languages),
  reviewerName: z.string(),
  reference: z.string(),
  reviewUrl: z.url(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
  /** Reminders still to come after this one; at 0 the case is passed on without a decision. */
  remindersLeft: z.number().int().nonnegative(),
});
export type ReviewReminderProps = z.infer<typeof ReviewReminderProps>;

const copy = {
  en: {
    subject: (reference: string) => `Reminder: case to review — ${reference}`,
    lastSubject: (reference: string) => `Last reminder: case to review — ${reference}`,
    greeting: (name: string) => `Dear ${name},`,
    intro: "A case is still waiting for your decision. Thank you for your time.",
    referenceLabel: "Case reference",
    steps: "What to do: open the link below, read the case, and choose a decision on the page.",
    due: (date: string) => `Please decide by ${date}.`,
    last: "This is the last reminder. Without a decision, the case will be passed to another reviewer.",
    button: "Open the case",
    linkNote:
      "This link is personal to you and works without an account. Please do not forward it; anyone with it can see the case.",
    footer:
      "You receive this message because you volunteer to review applications for help with a wrongful conviction.",
  },
  es: {
    subject: (reference: string) => `Recordatorio: caso para revisar — ${reference}`,
    lastSubject: (reference: string) => `Último recordatorio: caso para revisar — ${reference}`,
    greeting: (name: string) => `Estimado/a ${name}:`,
    intro: "Un caso sigue esperando su decisión. Gracias por su tiempo.",
    referenceLabel: "Referencia del caso",
    steps: "Qué hacer: abra el enlace de abajo, lea el caso y elija una decisión en la página.",
    due: (date: string) => `Por favor, decida a más tardar el ${date}.`,
    last: "Este es el último recordatorio. Si no hay una decisión, el caso pasará a otra persona revisora.",
    button: "Abrir el caso",
    linkNote:
      "Este enlace es personal y funciona sin cuenta. Por favor, no lo reenvíe: cualquiera que lo tenga puede ver el caso.",
    footer: "Recibe este mensaje porque usted revisa como voluntario/a solicitudes de ayuda ante una condena injusta.",
  },
  ja: {
    subject: (reference: string) => `リマインダー：審査をお願いする案件 — ${reference}`,
    lastSubject: (reference: string) => `最終のリマインダー：審査をお願いする案件 — ${reference}`,
    greeting: (name: string) => `${name} 様`,
    intro: "ご判断をお待ちしている案件があります。お忙しいところ恐れ入ります。",
    referenceLabel: "受付番号",
    steps: "お願いしたいこと：下のリンクを開き、案件を読んで、ページ上で判断を選んでください。",
    due: (date: string) => `${date}までにご判断をお願いします。`,
    last: "これが最後のリマインダーです。ご判断がない場合、この案件は別の審査担当者に引き継がれます。",
    button: "案件を開く",
    linkNote:
      "このリンクはあなた専用で、アカウントなしで使えます。転送しないでください。リンクを知っている人は誰でも案件を見られます。",
    footer: "このメッセージは、えん罪の救済を求める申請の審査ボランティアの方にお送りしています。",
  },
} as const;

export function reviewReminderSubject({
  language,
  reference,
  remindersLeft,
}: Pick<ReviewReminderProps, "language" | "reference" | "remindersLeft">) {
  const t = copy[language];
  return remindersLeft === 0 ? t.lastSubject(reference) : t.subject(reference);
}

export default function ReviewReminder(props: ReviewReminderProps) {
  const t = copy[props.language];
  const subject = reviewReminderSubject(props);
  return (
    <Layout language={props.language} preview={subject} footer={t.footer}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{t.greeting(props.reviewerName)}</Text>
      <Text style={styles.paragraph}>{t.intro}</Text>
      <Reference label={t.referenceLabel} reference={props.reference} />
      <Text style={styles.paragraph}>{t.steps}</Text>
      <Text style={styles.paragraph}>{t.due(formatDate(props.language, props.dueDate))}</Text>
      {props.remindersLeft === 0 ? <Text style={styles.paragraph}>{t.last}</Text> : null}
      <Section>
        <Button href={props.reviewUrl} style={styles.button}>
          {t.button}
        </Button>
      </Section>
      <Text style={styles.small}>
        {t.linkNote} {props.reviewUrl}
      </Text>
    </Layout>
  );
}

ReviewReminder.PreviewProps = {
  language: "en",
  reviewerName: "Alex Reviewer",
  reference: "IN-2026-K7M3QX",
  reviewUrl: "http://127.0.0.1:8787/review/example-token",
  dueDate: "2026-03-15",
  remindersLeft: 0,
} satisfies ReviewReminderProps;
