/** @jsxImportSource react */
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { ApplicantUpdate } from "./_components/parts";

export const CaseReferredProps = z.object({
  language: z.enum(languages),
  audience: z.enum(["submitter", "contact", "attorney"]),
  recipientName: z.string(),
  applicantName: z.string(),
  organizationName: z.string(),
  /** The lawyer or organization that agreed to take the case. */
  referredToName: z.string(),
  reference: z.string(),
});
export type CaseReferredProps = z.infer<typeof CaseReferredProps>;

type Audience = CaseReferredProps["audience"];
type Message = (organization: string, referredTo: string, applicant: string) => string[];

const copy = {
  en: {
    subject: (reference: string) => `Case referred for further work — ${reference}`,
    greeting: (name: string, _audience: Audience) => `Dear ${name},`,
    body: {
      submitter: (organization: string, referredTo: string) => [
        `We have news about your case. ${organization} has passed it to ${referredTo}, who agreed to work on it.`,
        `From now on, ${referredTo} will be in touch with you directly. This may take some time.`,
        "Please keep your reference number. You do not need to apply again.",
      ],
      contact: (organization: string, referredTo: string, applicant: string) => [
        `${organization} has passed the case of ${applicant} to ${referredTo}, who agreed to work on it.`,
        `From now on, ${referredTo} will handle the case.`,
      ],
      attorney: (organization: string, referredTo: string, applicant: string) => [
        `${organization} has referred the case of ${applicant} to ${referredTo}, who has agreed to take it on.`,
        `${referredTo} will contact you to coordinate, including the transfer of the case file. Thank you for your cooperation.`,
      ],
    } satisfies Record<Audience, Message>,
    referenceLabel: "Reference",
    footer: "You receive this message because of an application for help with a wrongful conviction.",
  },
  es: {
    subject: (reference: string) => `Caso derivado para seguir trabajando — ${reference}`,
    greeting: (name: string, _audience: Audience) => `Estimado/a ${name}:`,
    body: {
      submitter: (organization: string, referredTo: string) => [
        `Tenemos noticias sobre su caso. ${organization} lo ha pasado a ${referredTo}, que aceptó trabajar en él.`,
        `A partir de ahora, ${referredTo} se pondrá en contacto directamente con usted. Esto puede tardar un tiempo.`,
        "Por favor, guarde su número de referencia. No necesita volver a presentar la solicitud.",
      ],
      contact: (organization: string, referredTo: string, applicant: string) => [
        `${organization} ha pasado el caso de ${applicant} a ${referredTo}, que aceptó trabajar en él.`,
        `A partir de ahora, ${referredTo} se ocupará del caso.`,
      ],
      attorney: (organization: string, referredTo: string, applicant: string) => [
        `${organization} ha derivado el caso de ${applicant} a ${referredTo}, que ha aceptado asumirlo.`,
        `${referredTo} se pondrá en contacto con usted para coordinarse, también sobre el traspaso del expediente. Gracias por su colaboración.`,
      ],
    } satisfies Record<Audience, Message>,
    referenceLabel: "Número de referencia",
    footer: "Recibe este mensaje por una solicitud de ayuda ante una condena injusta.",
  },
  ja: {
    subject: (reference: string) => `案件の担当先が決まりました — ${reference}`,
    greeting: (name: string, audience: Audience) => (audience === "attorney" ? `${name} 先生` : `${name} 様`),
    body: {
      submitter: (organization: string, referredTo: string) => [
        `あなたの案件についてお知らせです。${organization}は、案件を${referredTo}に引き継ぎました。${referredTo}は、この案件に取り組むことを引き受けてくれました。`,
        `今後は、${referredTo}から直接ご連絡があります。少し時間がかかることがあります。`,
        "受付番号は大切に保管してください。もう一度申請する必要はありません。",
      ],
      contact: (organization: string, referredTo: string, applicant: string) => [
        `${organization}は、${applicant}さんの案件を${referredTo}に引き継ぎました。${referredTo}は、この案件に取り組むことを引き受けてくれました。`,
        `今後は、${referredTo}が案件を担当します。`,
      ],
      attorney: (organization: string, referredTo: string, applicant: string) => [
        `${organization}は、${applicant}さんの案件を${referredTo}にご紹介し、お引き受けいただくことになりました。`,
        `記録の引き継ぎを含め、連携の進め方について${referredTo}からご連絡いたします。ご協力に感謝申し上げます。`,
      ],
    } satisfies Record<Audience, Message>,
    referenceLabel: "受付番号",
    footer: "このメッセージは、えん罪の救済を求める申請に関してお送りしています。",
  },
} as const;

export function caseReferredSubject({ language, reference }: Pick<CaseReferredProps, "language" | "reference">) {
  return copy[language].subject(reference);
}

export default function CaseReferred(props: CaseReferredProps) {
  const t = copy[props.language];
  return (
    <ApplicantUpdate
      language={props.language}
      subject={t.subject(props.reference)}
      greeting={t.greeting(props.recipientName, props.audience)}
      paragraphs={t.body[props.audience](props.organizationName, props.referredToName, props.applicantName)}
      referenceLabel={t.referenceLabel}
      reference={props.reference}
      footer={t.footer}
    />
  );
}

CaseReferred.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  referredToName: "Jordan Counsel",
  reference: "IN-2026-K7M3QX",
} satisfies CaseReferredProps;
