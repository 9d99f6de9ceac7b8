/** @jsxImportSource react */
import { Heading, Link, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { Paragraphs, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const CaseDeclinedProps = z.object({
  language: z.enum(languages),
  audience: z.enum(["submitter", "contact", "attorney"]),
  recipientName: z.string(),
  applicantName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  /** Plain-language sentences, already in the recipient's language (see `declineReasons` in the catalogs, `src/i18n/<lang>.ts`). */
  reasons: z.array(z.string()),
  /** Other organizations that might help. */
  directory: z.array(z.object({ name: z.string(), jurisdictions: z.string(), website: z.string().optional() })),
});
export type CaseDeclinedProps = z.infer<typeof CaseDeclinedProps>;

type Audience = CaseDeclinedProps["audience"];
type Message = (organization: string, applicant: string) => string[];

const copy = {
  en: {
    subject: (reference: string) => `Decision on the application — ${reference}`,
    greeting: (name: string, _audience: Audience) => `Dear ${name},`,
    body: {
      submitter: (organization: string) => [
        `We are sorry. After a careful review, ${organization} is not able to take your case.`,
        "This decision is not a judgment that you are guilty. It only means that we cannot help with this case.",
      ],
      contact: (organization: string, applicant: string) => [
        `We are sorry. After a careful review, ${organization} is not able to take the case of ${applicant}.`,
        `This decision is not a judgment that ${applicant} is guilty.`,
      ],
      attorney: (organization: string, applicant: string) => [
        `After review, ${organization} has decided that it cannot take on the case of ${applicant}.`,
        "This decision reflects our criteria and capacity. It is not a finding that your client is guilty.",
      ],
    } satisfies Record<Audience, Message>,
    reasonsLabel: "Why we cannot take the case:",
    directoryLabel: "These organizations might be able to help:",
    takesCasesFrom: "Takes cases from",
    elsewhere: {
      submitter:
        "You may ask for help elsewhere. Please keep your papers. Thank you for trusting us with your application.",
      contact: "Help may be available elsewhere. Thank you for your support.",
      attorney: "Your client may seek help elsewhere. Thank you for bringing the case to us.",
    } satisfies Record<Audience, string>,
    referenceLabel: "Reference",
    footer: "You receive this message because of an application for help with a wrongful conviction.",
  },
  es: {
    subject: (reference: string) => `Decisión sobre la solicitud — ${reference}`,
    greeting: (name: string, _audience: Audience) => `Estimado/a ${name}:`,
    body: {
      submitter: (organization: string) => [
        `Lo sentimos. Después de una revisión cuidadosa, ${organization} no puede asumir su caso.`,
        "Esta decisión no significa que pensemos que usted es culpable. Solo significa que no podemos ayudar con este caso.",
      ],
      contact: (organization: string, applicant: string) => [
        `Lo sentimos. Después de una revisión cuidadosa, ${organization} no puede asumir el caso de ${applicant}.`,
        `Esta decisión no significa que pensemos que ${applicant} es culpable.`,
      ],
      attorney: (organization: string, applicant: string) => [
        `Tras la revisión, ${organization} ha decidido que no puede asumir el caso de ${applicant}.`,
        "Esta decisión responde a nuestros criterios y a nuestra capacidad. No es una conclusión de que su cliente sea culpable.",
      ],
    } satisfies Record<Audience, Message>,
    reasonsLabel: "Por qué no podemos asumir el caso:",
    directoryLabel: "Estas organizaciones quizás puedan ayudar:",
    takesCasesFrom: "Acepta casos de",
    elsewhere: {
      submitter: "Puede pedir ayuda en otro lugar. Por favor, guarde sus papeles. Gracias por confiarnos su solicitud.",
      contact: "Puede haber ayuda en otro lugar. Gracias por su apoyo.",
      attorney: "Su cliente puede buscar ayuda en otro lugar. Gracias por presentarnos el caso.",
    } satisfies Record<Audience, string>,
    referenceLabel: "Número de referencia",
    footer: "Recibe este mensaje por una solicitud de ayuda ante una condena injusta.",
  },
  ja: {
    subject: (reference: string) => `申請についての決定 — ${reference}`,
    greeting: (name: string, audience: Audience) => (audience === "attorney" ? `${name} 先生` : `${name} 様`),
    body: {
      submitter: (organization: string) => [
        `申し訳ありません。慎重に検討しましたが、${organization}はあなたの案件をお引き受けできません。`,
        "この決定は、あなたが有罪だと判断したものではありません。私たちがこの案件をお手伝いできない、という意味です。",
      ],
      contact: (organization: string, applicant: string) => [
        `申し訳ありません。慎重に検討しましたが、${organization}は${applicant}さんの案件をお引き受けできません。`,
        `この決定は、${applicant}さんが有罪だと判断したものではありません。`,
      ],
      attorney: (organization: string, applicant: string) => [
        `${organization}は審査の結果、${applicant}さんの案件をお引き受けできないと判断いたしました。`,
        "この決定は当団体の基準と対応能力によるものであり、依頼者が有罪であると判断したものではありません。",
      ],
    } satisfies Record<Audience, Message>,
    reasonsLabel: "お引き受けできない理由：",
    directoryLabel: "次の団体が力になれるかもしれません：",
    takesCasesFrom: "対象地域",
    elsewhere: {
      submitter:
        "ほかの団体に助けを求めることができます。書類は大切に保管してください。申請していただき、ありがとうございました。",
      contact: "ほかの団体で支援を受けられる可能性があります。ご支援ありがとうございます。",
      attorney: "依頼者はほかの団体に支援を求めることができます。本件をお寄せいただき、ありがとうございました。",
    } satisfies Record<Audience, string>,
    referenceLabel: "受付番号",
    footer: "このメッセージは、えん罪の救済を求める申請に関してお送りしています。",
  },
} as const;

/** An http(s) address for a directory website, or null when it cannot be a safe link. */
function websiteHref(website: string | undefined): string | null {
  if (!website) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(website) ? website : `https://${website}`;
  try {
    const url = new URL(candidate);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

export function caseDeclinedSubject({ language, reference }: Pick<CaseDeclinedProps, "language" | "reference">) {
  return copy[language].subject(reference);
}

export default function CaseDeclined(props: CaseDeclinedProps) {
  const t = copy[props.language];
  const paragraphs = t.body[props.audience](props.organizationName, props.applicantName);
  return (
    <Layout language={props.language} preview={t.subject(props.reference)} footer={t.footer}>
      <Heading style={styles.heading}>{t.subject(props.reference)}</Heading>
      <Text style={styles.paragraph}>{t.greeting(props.recipientName, props.audience)}</Text>
      <Paragraphs items={paragraphs} />
      {props.reasons.length > 0 ? (
        <Section>
          <Text style={styles.paragraph}>{t.reasonsLabel}</Text>
          <ul style={styles.paragraph}>
            {props.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {props.directory.length > 0 ? (
        <Section>
          <Text style={styles.paragraph}>{t.directoryLabel}</Text>
          <ul style={styles.paragraph}>
            {props.directory.map((entry) => {
              const href = websiteHref(entry.website);
              return (
                <li key={entry.name} style={{ marginBottom: "8px" }}>
                  <strong>{entry.name}</strong>
                  <br />
                  {t.takesCasesFrom}: {entry.jurisdictions}
                  {href ? (
                    <>
                      <br />
                      <Link href={href}>{href}</Link>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}
      <Text style={styles.paragraph}>{t.elsewhere[props.audience]}</Text>
      <Reference label={t.referenceLabel} reference={props.reference} />
    </Layout>
  );
}

CaseDeclined.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  reasons: [
    "The conviction happened in a place this organization does not cover.",
    "The case still has appeals in court. We can only look at it after they end.",
  ],
  directory: [
    { name: "Mid-Atlantic Innocence Project (demo)", jurisdictions: "DC, MD, VA", website: "https://example.org/maip" },
    { name: "Ohio Innocence Project (demo)", jurisdictions: "Ohio" },
  ],
} satisfies CaseDeclinedProps;
