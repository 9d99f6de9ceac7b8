/** @jsxImportSource react */
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { ApplicantUpdate } from "./_components/parts";

export const CaseRoutedProps = z.object({
  language: z.enum(languages),
  audience: z.enum(["submitter", "contact", "attorney"]),
  recipientName: z.string(),
  applicantName: z.string(),
  /** The organization that received the application. */
  fromOrganizationName: z.string(),
  /** The organization that covers the place of the conviction. */
  toOrganizationName: z.string(),
  reference: z.string(),
});
export type CaseRoutedProps = z.infer<typeof CaseRoutedProps>;

type Audience = CaseRoutedProps["audience"];
type Message = (from: string, to: string, applicant: string) => string[];

const copy = {
  en: {
    subject: (reference: string) => `Application sent to another organization — ${reference}`,
    greeting: (name: string, _audience: Audience) => `Dear ${name},`,
    body: {
      submitter: (from: string, to: string) => [
        `${from} received your application. The conviction happened in a place that ${to} covers.`,
        `So ${from} has sent your application to ${to}. They will read it and write to you.`,
        "You do not need to apply again. Your reference stays the same.",
      ],
      contact: (from: string, to: string, applicant: string) => [
        `The application for ${applicant} has been sent from ${from} to ${to}, which covers the place of the conviction.`,
        "Nobody needs to apply again. The reference stays the same.",
      ],
      attorney: (from: string, to: string, applicant: string) => [
        `The application concerning ${applicant} has been transferred from ${from} to ${to}, which covers the jurisdiction of the conviction.`,
        `No new application is needed, and the reference is unchanged. ${to} will continue the review and contact you as needed.`,
      ],
    } satisfies Record<Audience, Message>,
    referenceLabel: "Reference",
    footer: "You receive this message because of an application for help with a wrongful conviction.",
  },
  es: {
    subject: (reference: string) => `Solicitud enviada a otra organización — ${reference}`,
    greeting: (name: string, _audience: Audience) => `Estimado/a ${name}:`,
    body: {
      submitter: (from: string, to: string) => [
        `${from} recibió su solicitud. La condena ocurrió en un lugar que atiende ${to}.`,
        `Por eso, ${from} ha enviado su solicitud a ${to}. Allí la leerán y le escribirán.`,
        "No necesita volver a presentar la solicitud. Su número de referencia sigue siendo el mismo.",
      ],
      contact: (from: string, to: string, applicant: string) => [
        `La solicitud para ${applicant} se ha enviado de ${from} a ${to}, que atiende el lugar de la condena.`,
        "No hace falta volver a presentarla. El número de referencia sigue siendo el mismo.",
      ],
      attorney: (from: string, to: string, applicant: string) => [
        `La solicitud relativa a ${applicant} se ha trasladado de ${from} a ${to}, que atiende la jurisdicción de la condena.`,
        `No es necesaria una nueva solicitud y la referencia no cambia. ${to} continuará la revisión y se pondrá en contacto con usted cuando sea necesario.`,
      ],
    } satisfies Record<Audience, Message>,
    referenceLabel: "Número de referencia",
    footer: "Recibe este mensaje por una solicitud de ayuda ante una condena injusta.",
  },
  ja: {
    subject: (reference: string) => `申請を別の団体にお送りしました — ${reference}`,
    greeting: (name: string, audience: Audience) => (audience === "attorney" ? `${name} 先生` : `${name} 様`),
    body: {
      submitter: (from: string, to: string) => [
        `${from}はあなたの申請を受け取りました。有罪判決を受けた場所は、${to}の対象地域です。`,
        `そのため、${from}はあなたの申請を${to}にお送りしました。${to}が申請を読み、ご連絡します。`,
        "もう一度申請する必要はありません。受付番号も変わりません。",
      ],
      contact: (from: string, to: string, applicant: string) => [
        `${applicant}さんの申請は、${from}から、有罪判決を受けた場所を対象とする${to}に送られました。`,
        "もう一度申請する必要はありません。受付番号も変わりません。",
      ],
      attorney: (from: string, to: string, applicant: string) => [
        `${applicant}さんに関する申請は、${from}から、有罪判決の管轄地域を担当する${to}に移管されました。`,
        `改めて申請していただく必要はなく、受付番号も変わりません。今後は${to}が審査を続け、必要に応じてご連絡いたします。`,
      ],
    } satisfies Record<Audience, Message>,
    referenceLabel: "受付番号",
    footer: "このメッセージは、えん罪の救済を求める申請に関してお送りしています。",
  },
} as const;

export function caseRoutedSubject({ language, reference }: Pick<CaseRoutedProps, "language" | "reference">) {
  return copy[language].subject(reference);
}

export default function CaseRouted(props: CaseRoutedProps) {
  const t = copy[props.language];
  return (
    <ApplicantUpdate
      language={props.language}
      subject={t.subject(props.reference)}
      greeting={t.greeting(props.recipientName, props.audience)}
      paragraphs={t.body[props.audience](props.fromOrganizationName, props.toOrganizationName, props.applicantName)}
      referenceLabel={t.referenceLabel}
      reference={props.reference}
      footer={t.footer}
    />
  );
}

CaseRouted.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  fromOrganizationName: "Pennsylvania Innocence Project (demo)",
  toOrganizationName: "Mid-Atlantic Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
} satisfies CaseRoutedProps;
