/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { formatDate, Lines, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const InfoRequestProps = z.object({
  language: z.enum(languages),
  recipientName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  /** The reviewer's questions, free text; line breaks are kept. */
  questions: z.string(),
  respondUrl: z.url(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
});
export type InfoRequestProps = z.infer<typeof InfoRequestProps>;

const copy = {
  en: {
    subject: (reference: string) => `Questions about the application — ${reference}`,
    greeting: (name: string) => `Dear ${name},`,
    intro: (organization: string) =>
      `${organization} is reading the application. We have some questions. Your answers help us understand the case.`,
    referenceLabel: "Your reference",
    questionsLabel: "Our questions",
    how: "You can answer on the page below. You can also add documents there, like court papers or letters. If you do not know an answer, it is fine to say so.",
    due: (date: string) => `Please answer by ${date}.`,
    button: "Answer the questions",
    linkNote: "This link is private to you. Do not share it; anyone with it can see the questions and answer them.",
    footer: "You receive this message because of an application for help with a wrongful conviction.",
  },
  es: {
    subject: (reference: string) => `Preguntas sobre la solicitud — ${reference}`,
    greeting: (name: string) => `Estimado/a ${name}:`,
    intro: (organization: string) =>
      `${organization} está leyendo la solicitud. Tenemos algunas preguntas. Sus respuestas nos ayudan a entender el caso.`,
    referenceLabel: "Su número de referencia",
    questionsLabel: "Nuestras preguntas",
    how: "Puede responder en la página de abajo. Allí también puede añadir documentos, como papeles del juzgado o cartas. Si no sabe una respuesta, puede decirlo sin problema.",
    due: (date: string) => `Por favor, responda a más tardar el ${date}.`,
    button: "Responder a las preguntas",
    linkNote: "Este enlace es privado. No lo comparta: cualquiera que lo tenga puede ver las preguntas y responderlas.",
    footer: "Recibe este mensaje por una solicitud de ayuda ante una condena injusta.",
  },
  ja: {
    subject: (reference: string) => `申請についての質問 — ${reference}`,
    greeting: (name: string) => `${name} 様`,
    intro: (organization: string) =>
      `${organization}は申請を読んでいます。いくつか質問があります。ご回答は、案件を理解するために役立ちます。`,
    referenceLabel: "受付番号",
    questionsLabel: "質問",
    how: "下のページで回答できます。裁判の書類や手紙などの書類も、そのページで追加できます。分からないことは、分からないと書いていただいてかまいません。",
    due: (date: string) => `${date}までにご回答をお願いします。`,
    button: "質問に回答する",
    linkNote:
      "このリンクはあなた専用です。他の人と共有しないでください。リンクを知っている人は誰でも質問を見て回答できます。",
    footer: "このメッセージは、えん罪の救済を求める申請に関してお送りしています。",
  },
} as const;

export function infoRequestSubject({ language, reference }: Pick<InfoRequestProps, "language" | "reference">) {
  return copy[language].subject(reference);
}

export default function InfoRequest(props: InfoRequestProps) {
  const t = copy[props.language];
  return (
    <Layout language={props.language} preview={t.subject(props.reference)} footer={t.footer}>
      <Heading style={styles.heading}>{t.subject(props.reference)}</Heading>
      <Text style={styles.paragraph}>{t.greeting(props.recipientName)}</Text>
      <Text style={styles.paragraph}>{t.intro(props.organizationName)}</Text>
      <Reference label={t.referenceLabel} reference={props.reference} />
      <Text style={styles.paragraph}>
        <strong>{t.questionsLabel}:</strong>
      </Text>
      <Text style={{ ...styles.paragraph, borderLeft: "3px solid #d4d4d8", paddingLeft: "12px" }}>
        <Lines text={props.questions} />
      </Text>
      <Text style={styles.paragraph}>{t.how}</Text>
      <Text style={styles.paragraph}>{t.due(formatDate(props.language, props.dueDate))}</Text>
      <Section>
        <Button href={props.respondUrl} style={styles.button}>
          {t.button}
        </Button>
      </Section>
      <Text style={styles.small}>
        {t.linkNote} {props.respondUrl}
      </Text>
    </Layout>
  );
}

InfoRequest.PreviewProps = {
  language: "en",
  recipientName: "Maria Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  questions:
    "1. Who was the lawyer at the trial?\n2. Do you have the names of people who saw Daniel that evening?\n\nIf you have the police report, please add it.",
  respondUrl: "http://127.0.0.1:8787/respond/example-token",
  dueDate: "2026-04-01",
} satisfies InfoRequestProps;
