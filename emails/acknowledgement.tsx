/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const AcknowledgementProps = z.object({
  language: z.enum(languages),
  /** The submitter hears "we received your application"; a named contact hears why they are written to. */
  audience: z.enum(["submitter", "contact"]),
  recipientName: z.string(),
  applicantName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  statusUrl: z.url(),
});
export type AcknowledgementProps = z.infer<typeof AcknowledgementProps>;

const copy = {
  en: {
    subject: (reference: string) => `Application received — ${reference}`,
    greeting: (name: string) => `Dear ${name},`,
    submitter: (organization: string) =>
      `${organization} has received your application. Thank you for trusting us with it.`,
    contact: (organization: string, applicant: string) =>
      `${organization} has received an application for ${applicant}. You were named as someone to keep informed, so we will write to you when it moves forward.`,
    referenceLabel: "Your reference",
    next: "What happens next: a member of our team reads every application. This can take several months, and we will write when anything changes. You do not need to send it again.",
    button: "See where it stands",
    linkNote: "This link is private to you. Do not share it; anyone with it can see the status.",
    footer: "You receive this message because of an application for help with a wrongful conviction.",
  },
  es: {
    subject: (reference: string) => `Solicitud recibida — ${reference}`,
    greeting: (name: string) => `Estimado/a ${name}:`,
    submitter: (organization: string) => `${organization} ha recibido su solicitud. Gracias por confiarnos su caso.`,
    contact: (organization: string, applicant: string) =>
      `${organization} ha recibido una solicitud para ${applicant}. Usted figura como persona a quien mantener informada, así que le escribiremos cuando avance.`,
    referenceLabel: "Su número de referencia",
    next: "Próximos pasos: una persona de nuestro equipo lee cada solicitud. Puede tardar varios meses y le escribiremos cuando haya cambios. No necesita enviarla otra vez.",
    button: "Ver en qué punto está",
    linkNote: "Este enlace es privado. No lo comparta: cualquiera que lo tenga puede ver el estado.",
    footer: "Recibe este mensaje por una solicitud de ayuda ante una condena injusta.",
  },
  ja: {
    subject: (reference: string) => `申請を受け付けました — ${reference}`,
    greeting: (name: string) => `${name} 様`,
    submitter: (organization: string) =>
      `${organization}はあなたの申請を受け付けました。ご連絡いただきありがとうございます。`,
    contact: (organization: string, applicant: string) =>
      `${organization}は${applicant}さんについての申請を受け付けました。あなたは連絡先として指定されているため、進展があればお知らせします。`,
    referenceLabel: "受付番号",
    next: "今後の流れ：すべての申請を担当者が読みます。数か月かかることがありますが、変化があればご連絡します。再度送る必要はありません。",
    button: "現在の状況を見る",
    linkNote:
      "このリンクはあなた専用です。他の人と共有しないでください。リンクを知っている人は誰でも状況を見られます。",
    footer: "このメッセージは、えん罪の救済を求める申請に関してお送りしています。",
  },
} as const;

export function acknowledgementSubject({ language, reference }: Pick<AcknowledgementProps, "language" | "reference">) {
  return copy[language].subject(reference);
}

export default function Acknowledgement(props: AcknowledgementProps) {
  const t = copy[props.language];
  const intro =
    props.audience === "submitter"
      ? t.submitter(props.organizationName)
      : t.contact(props.organizationName, props.applicantName);
  return (
    <Layout language={props.language} preview={t.subject(props.reference)} footer={t.footer}>
      <Heading style={styles.heading}>{t.subject(props.reference)}</Heading>
      <Text style={styles.paragraph}>{t.greeting(props.recipientName)}</Text>
      <Text style={styles.paragraph}>{intro}</Text>
      <Reference label={t.referenceLabel} reference={props.reference} />
      <Text style={styles.paragraph}>{t.next}</Text>
      <Section>
        <Button href={props.statusUrl} style={styles.button}>
          {t.button}
        </Button>
      </Section>
      <Text style={styles.small}>
        {t.linkNote} {props.statusUrl}
      </Text>
    </Layout>
  );
}

Acknowledgement.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  statusUrl: "http://127.0.0.1:8787/status/example-token",
} satisfies AcknowledgementProps;
