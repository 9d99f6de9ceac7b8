/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { formatDate, Lines, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const ExpertRequestProps = z.object({
  language: z.enum(languages),
  organizationName: z.string(),
  reference: z.string(),
  /** The reviewer's question to the expert, free text; line breaks are kept. */
  question: z.string(),
  consultUrl: z.url(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
});
export type ExpertRequestProps = z.infer<typeof ExpertRequestProps>;

const copy = {
  en: {
    subject: (reference: string) => `Request for an expert opinion — ${reference}`,
    greeting: "Hello,",
    intro: (organization: string) =>
      `${organization} helps people who may have been wrongly convicted. A reviewer of one case asks for your expert opinion. Thank you for considering it.`,
    referenceLabel: "Case reference",
    questionLabel: "The question",
    how: "The page below shows the case with personal details removed. Please read it and send your opinion back on that same page.",
    due: (date: string) => `Please send your opinion by ${date}.`,
    button: "Open the case",
    linkNote:
      "This link is personal to you and works without an account. Please do not forward it; anyone with it can see the case.",
    footer:
      "You receive this message because you were asked for an expert opinion on an application for help with a wrongful conviction.",
  },
  es: {
    subject: (reference: string) => `Solicitud de opinión experta — ${reference}`,
    greeting: "Buenos días:",
    intro: (organization: string) =>
      `${organization} ayuda a personas que pueden haber sido condenadas injustamente. La persona que revisa un caso le pide su opinión experta. Gracias por considerarlo.`,
    referenceLabel: "Referencia del caso",
    questionLabel: "La pregunta",
    how: "La página de abajo muestra el caso sin los datos personales. Por favor, léalo y envíe su opinión en esa misma página.",
    due: (date: string) => `Por favor, envíe su opinión a más tardar el ${date}.`,
    button: "Abrir el caso",
    linkNote:
      "Este enlace es personal y funciona sin cuenta. Por favor, no lo reenvíe: cualquiera que lo tenga puede ver el caso.",
    footer:
      "Recibe este mensaje porque se le pidió una opinión experta sobre una solicitud de ayuda ante una condena injusta.",
  },
  ja: {
    subject: (reference: string) => `専門家としてのご意見のお願い — ${reference}`,
    greeting: "ご担当者様",
    intro: (organization: string) =>
      `${organization}は、えん罪の可能性がある方を支援しています。ある案件の審査担当者が、専門家としてのご意見をお願いしたいと考えています。ご検討いただければ幸いです。`,
    referenceLabel: "受付番号",
    questionLabel: "ご質問",
    how: "下のページでは、個人情報を伏せた状態で案件をご覧いただけます。お読みいただき、同じページからご意見をお送りください。",
    due: (date: string) => `${date}までにご意見をお送りください。`,
    button: "案件を開く",
    linkNote:
      "このリンクはあなた専用で、アカウントなしで使えます。転送しないでください。リンクを知っている人は誰でも案件を見られます。",
    footer:
      "このメッセージは、えん罪の救済を求める申請について専門家としてのご意見をお願いするためにお送りしています。",
  },
} as const;

export function expertRequestSubject({ language, reference }: Pick<ExpertRequestProps, "language" | "reference">) {
  return copy[language].subject(reference);
}

export default function ExpertRequest(props: ExpertRequestProps) {
  const t = copy[props.language];
  return (
    <Layout language={props.language} preview={t.subject(props.reference)} footer={t.footer}>
      <Heading style={styles.heading}>{t.subject(props.reference)}</Heading>
      <Text style={styles.paragraph}>{t.greeting}</Text>
      <Text style={styles.paragraph}>{t.intro(props.organizationName)}</Text>
      <Reference label={t.referenceLabel} reference={props.reference} />
      <Text style={styles.paragraph}>
        <strong>{t.questionLabel}:</strong>
      </Text>
      <Text style={{ ...styles.paragraph, borderLeft: "3px solid #d4d4d8", paddingLeft: "12px" }}>
        <Lines text={props.question} />
      </Text>
      <Text style={styles.paragraph}>{t.how}</Text>
      <Text style={styles.paragraph}>{t.due(formatDate(props.language, props.dueDate))}</Text>
      <Section>
        <Button href={props.consultUrl} style={styles.button}>
          {t.button}
        </Button>
      </Section>
      <Text style={styles.small}>
        {t.linkNote} {props.consultUrl}
      </Text>
    </Layout>
  );
}

ExpertRequest.PreviewProps = {
  language: "en",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  question:
    "The conviction rests on a bite-mark comparison.\nIs this method considered reliable today, and would a new analysis be possible?",
  consultUrl: "http://127.0.0.1:8787/consult/example-token",
  dueDate: "2026-04-15",
} satisfies ExpertRequestProps;
