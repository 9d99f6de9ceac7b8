/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { formatDate, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const ReviewRequestProps = z.object({
  language: z.enum(languages),
  reviewerName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  reviewUrl: z.url(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
  /** Why the reviewer is written to now: a new case, or something came back on a case they hold. */
  reason: z.enum(["new", "answer_received", "opinion_received", "reassigned"]),
  /** How many screening criteria were flagged for attention. */
  flags: z.number().int().nonnegative(),
});
export type ReviewRequestProps = z.infer<typeof ReviewRequestProps>;

type Reason = ReviewRequestProps["reason"];

const copy = {
  en: {
    subject: {
      new: (reference: string) => `Case to review — ${reference}`,
      answer_received: (reference: string) => `The applicant answered — ${reference}`,
      opinion_received: (reference: string) => `Expert opinion received — ${reference}`,
      reassigned: (reference: string) => `Case passed to you for review — ${reference}`,
    } satisfies Record<Reason, (reference: string) => string>,
    greeting: (name: string) => `Dear ${name},`,
    intro: {
      new: (organization: string) => `${organization} asks you to review a new case. Thank you for your help.`,
      answer_received: (organization: string) =>
        `The applicant side has answered your questions. The answer is now on the case page. ${organization} asks you to continue your review.`,
      opinion_received: (organization: string) =>
        `The expert has sent an opinion. It is now on the case page. ${organization} asks you to continue your review.`,
      reassigned: (organization: string) =>
        `${organization} has passed this case to you because the first reviewer could not finish it. Thank you for taking it.`,
    } satisfies Record<Reason, (organization: string) => string>,
    referenceLabel: "Case reference",
    flags: (count: number) =>
      count === 1
        ? "The screening marked 1 point for your attention."
        : `The screening marked ${count} points for your attention.`,
    steps: "What to do: open the link below, read the case, and choose a decision on the page.",
    due: (date: string) => `Please decide by ${date}.`,
    button: "Open the case",
    linkNote:
      "This link is personal to you and works without an account. Please do not forward it; anyone with it can see the case.",
    footer:
      "You receive this message because you volunteer to review applications for help with a wrongful conviction.",
  },
  es: {
    subject: {
      new: (reference: string) => `Caso para revisar — ${reference}`,
      answer_received: (reference: string) => `La persona solicitante respondió — ${reference}`,
      opinion_received: (reference: string) => `Opinión experta recibida — ${reference}`,
      reassigned: (reference: string) => `Caso asignado a usted para revisar — ${reference}`,
    } satisfies Record<Reason, (reference: string) => string>,
    greeting: (name: string) => `Estimado/a ${name}:`,
    intro: {
      new: (organization: string) => `${organization} le pide que revise un caso nuevo. Gracias por su ayuda.`,
      answer_received: (organization: string) =>
        `La parte solicitante ha respondido a sus preguntas. La respuesta ya está en la página del caso. ${organization} le pide que continúe su revisión.`,
      opinion_received: (organization: string) =>
        `La persona experta ha enviado su opinión. Ya está en la página del caso. ${organization} le pide que continúe su revisión.`,
      reassigned: (organization: string) =>
        `${organization} le ha asignado este caso porque la primera persona revisora no pudo terminarlo. Gracias por aceptarlo.`,
    } satisfies Record<Reason, (organization: string) => string>,
    referenceLabel: "Referencia del caso",
    flags: (count: number) =>
      count === 1
        ? "La evaluación inicial marcó 1 punto para su atención."
        : `La evaluación inicial marcó ${count} puntos para su atención.`,
    steps: "Qué hacer: abra el enlace de abajo, lea el caso y elija una decisión en la página.",
    due: (date: string) => `Por favor, decida a más tardar el ${date}.`,
    button: "Abrir el caso",
    linkNote:
      "Este enlace es personal y funciona sin cuenta. Por favor, no lo reenvíe: cualquiera que lo tenga puede ver el caso.",
    footer: "Recibe este mensaje porque usted revisa como voluntario/a solicitudes de ayuda ante una condena injusta.",
  },
  ja: {
    subject: {
      new: (reference: string) => `審査をお願いする案件 — ${reference}`,
      answer_received: (reference: string) => `申請者から回答がありました — ${reference}`,
      opinion_received: (reference: string) => `専門家の意見が届きました — ${reference}`,
      reassigned: (reference: string) => `案件の審査を引き継いでください — ${reference}`,
    } satisfies Record<Reason, (reference: string) => string>,
    greeting: (name: string) => `${name} 様`,
    intro: {
      new: (organization: string) =>
        `${organization}より、新しい案件の審査をお願いします。ご協力ありがとうございます。`,
      answer_received: (organization: string) =>
        `申請者側からご質問への回答が届きました。回答は案件のページに掲載されています。${organization}より、審査の続きをお願いします。`,
      opinion_received: (organization: string) =>
        `専門家から意見が届きました。意見は案件のページに掲載されています。${organization}より、審査の続きをお願いします。`,
      reassigned: (organization: string) =>
        `前の担当者が審査を終えられなかったため、${organization}よりこの案件をお願いすることになりました。お引き受けいただきありがとうございます。`,
    } satisfies Record<Reason, (organization: string) => string>,
    referenceLabel: "受付番号",
    flags: (count: number) => `事前確認で、注意が必要な点が${count}件ありました。`,
    steps: "お願いしたいこと：下のリンクを開き、案件を読んで、ページ上で判断を選んでください。",
    due: (date: string) => `${date}までにご判断をお願いします。`,
    button: "案件を開く",
    linkNote:
      "このリンクはあなた専用で、アカウントなしで使えます。転送しないでください。リンクを知っている人は誰でも案件を見られます。",
    footer: "このメッセージは、えん罪の救済を求める申請の審査ボランティアの方にお送りしています。",
  },
} as const;

export function reviewRequestSubject({
  language,
  reference,
  reason,
}: Pick<ReviewRequestProps, "language" | "reference" | "reason">) {
  return copy[language].subject[reason](reference);
}

export default function ReviewRequest(props: ReviewRequestProps) {
  const t = copy[props.language];
  const subject = t.subject[props.reason](props.reference);
  return (
    <Layout language={props.language} preview={subject} footer={t.footer}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{t.greeting(props.reviewerName)}</Text>
      <Text style={styles.paragraph}>{t.intro[props.reason](props.organizationName)}</Text>
      <Reference label={t.referenceLabel} reference={props.reference} />
      {props.flags > 0 ? <Text style={styles.paragraph}>{t.flags(props.flags)}</Text> : null}
      <Text style={styles.paragraph}>{t.steps}</Text>
      <Text style={styles.paragraph}>{t.due(formatDate(props.language, props.dueDate))}</Text>
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

ReviewRequest.PreviewProps = {
  language: "en",
  reviewerName: "Alex Reviewer",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  reviewUrl: "http://127.0.0.1:8787/review/example-token",
  dueDate: "2026-03-15",
  reason: "new",
  flags: 2,
} satisfies ReviewRequestProps;
