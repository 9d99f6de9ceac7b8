/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { formatDate, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const ReferralRequestProps = z.object({
  language: z.enum(languages),
  partnerName: z.string(),
  /** The organization making the referral. */
  organizationName: z.string(),
  reference: z.string(),
  referralUrl: z.url(),
  /** ISO date, `YYYY-MM-DD`. */
  dueDate: z.iso.date(),
  /** A pro bono lawyer of the organization, or another member organization of the network. */
  kind: z.enum(["lawyer", "organization"]),
});
export type ReferralRequestProps = z.infer<typeof ReferralRequestProps>;

type Kind = ReferralRequestProps["kind"];

const copy = {
  en: {
    subject: (reference: string) => `Case referral: can you take this case? — ${reference}`,
    greeting: (name: string, _kind: Kind) => `Dear ${name},`,
    ask: {
      lawyer: (organization: string) =>
        `${organization} has reviewed a claim of wrongful conviction and accepted it for further work. We would like to ask whether you can take the case as a pro bono lawyer.`,
      organization: (organization: string) =>
        `${organization} has reviewed a claim of wrongful conviction and accepted it for further work. We would like to ask whether your organization, as a member of the network, can take the case.`,
    } satisfies Record<Kind, (organization: string) => string>,
    referenceLabel: "Case reference",
    steps: "What to do: open the link below and read the case packet. Then accept or decline the case on the page.",
    due: (date: string) =>
      `Please answer by ${date}. If you decline, we will ask someone else, so a quick answer helps.`,
    button: "Open the case packet",
    linkNote:
      "This link is personal to you and works without an account. Please do not forward it; anyone with it can see the case.",
    footer: "You receive this message because you take referrals of wrongful conviction cases.",
  },
  es: {
    subject: (reference: string) => `Derivación de caso: ¿puede asumirlo? — ${reference}`,
    greeting: (name: string, _kind: Kind) => `Estimado/a ${name}:`,
    ask: {
      lawyer: (organization: string) =>
        `${organization} ha revisado una posible condena injusta y ha aceptado el caso para seguir trabajando en él. Queremos preguntarle si puede asumir el caso como abogado/a pro bono.`,
      organization: (organization: string) =>
        `${organization} ha revisado una posible condena injusta y ha aceptado el caso para seguir trabajando en él. Queremos preguntarle si su organización, como miembro de la red, puede asumir el caso.`,
    } satisfies Record<Kind, (organization: string) => string>,
    referenceLabel: "Referencia del caso",
    steps:
      "Qué hacer: abra el enlace de abajo y lea el expediente del caso. Después, acepte o rechace el caso en la página.",
    due: (date: string) =>
      `Por favor, responda a más tardar el ${date}. Si lo rechaza, se lo pediremos a otra persona, así que una respuesta rápida nos ayuda.`,
    button: "Abrir el expediente",
    linkNote:
      "Este enlace es personal y funciona sin cuenta. Por favor, no lo reenvíe: cualquiera que lo tenga puede ver el caso.",
    footer: "Recibe este mensaje porque usted recibe derivaciones de casos de condenas injustas.",
  },
  ja: {
    subject: (reference: string) => `案件のご紹介：お引き受けいただけますか — ${reference}`,
    greeting: (name: string, kind: Kind) => (kind === "lawyer" ? `${name} 先生` : `${name} ご担当者様`),
    ask: {
      lawyer: (organization: string) =>
        `${organization}は、えん罪の訴えを審査し、さらに取り扱うことを決めました。プロボノの弁護士として、この案件をお引き受けいただけるかお伺いします。`,
      organization: (organization: string) =>
        `${organization}は、えん罪の訴えを審査し、さらに取り扱うことを決めました。ネットワークの加盟団体として、貴団体でこの案件をお引き受けいただけるかお伺いします。`,
    } satisfies Record<Kind, (organization: string) => string>,
    referenceLabel: "受付番号",
    steps:
      "お願いしたいこと：下のリンクを開き、案件の資料をお読みください。そのうえで、ページ上でお引き受けいただけるかどうかをお選びください。",
    due: (date: string) =>
      `${date}までにご回答をお願いします。お断りの場合は別の方にお願いしますので、早めにご回答いただけると助かります。`,
    button: "案件の資料を開く",
    linkNote:
      "このリンクはあなた専用で、アカウントなしで使えます。転送しないでください。リンクを知っている人は誰でも案件を見られます。",
    footer: "このメッセージは、えん罪案件の紹介先となっている方にお送りしています。",
  },
} as const;

export function referralRequestSubject({ language, reference }: Pick<ReferralRequestProps, "language" | "reference">) {
  return copy[language].subject(reference);
}

export default function ReferralRequest(props: ReferralRequestProps) {
  const t = copy[props.language];
  return (
    <Layout language={props.language} preview={t.subject(props.reference)} footer={t.footer}>
      <Heading style={styles.heading}>{t.subject(props.reference)}</Heading>
      <Text style={styles.paragraph}>{t.greeting(props.partnerName, props.kind)}</Text>
      <Text style={styles.paragraph}>{t.ask[props.kind](props.organizationName)}</Text>
      <Reference label={t.referenceLabel} reference={props.reference} />
      <Text style={styles.paragraph}>{t.steps}</Text>
      <Text style={styles.paragraph}>{t.due(formatDate(props.language, props.dueDate))}</Text>
      <Section>
        <Button href={props.referralUrl} style={styles.button}>
          {t.button}
        </Button>
      </Section>
      <Text style={styles.small}>
        {t.linkNote} {props.referralUrl}
      </Text>
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
} satisfies ReferralRequestProps;
