/** @jsxImportSource react */
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { ApplicantUpdate } from "./_components/parts";

export const CaseAcceptedProps = z.object({
  language: z.enum(languages),
  /** The submitter hears about "your case"; a family contact hears the same news briefly; an attorney, professionally. */
  audience: z.enum(["submitter", "contact", "attorney"]),
  recipientName: z.string(),
  applicantName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
});
export type CaseAcceptedProps = z.infer<typeof CaseAcceptedProps>;

type Audience = CaseAcceptedProps["audience"];
type Message = (organization: string, applicant: string) => string[];

const copy = {
  en: {
    subject: (reference: string) => `Case accepted for further work — ${reference}`,
    greeting: (name: string, _audience: Audience) => `Dear ${name},`,
    body: {
      submitter: (organization: string) => [
        `We have good news. ${organization} has accepted your case for further work.`,
        "We will now ask a lawyer to take your case. This may take time, sometimes many months. We will write to you when there is news.",
        "This is an important step. It does not yet mean that the conviction will change. You do not need to do anything now.",
      ],
      contact: (organization: string, applicant: string) => [
        `${organization} has accepted the case of ${applicant} for further work.`,
        "A lawyer will be asked to take the case. This may take time. We will write to you when there is news.",
      ],
      attorney: (organization: string, applicant: string) => [
        `${organization} has accepted the case of ${applicant} for further investigation after review.`,
        "We will now seek pro bono counsel to take on the case. This may take some time.",
        "We will contact you about coordination, including access to the case file. Thank you for your work on this case.",
      ],
    } satisfies Record<Audience, Message>,
    referenceLabel: "Reference",
    footer: "You receive this message because of an application for help with a wrongful conviction.",
  },
  es: {
    subject: (reference: string) => `Caso aceptado para seguir trabajando — ${reference}`,
    greeting: (name: string, _audience: Audience) => `Estimado/a ${name}:`,
    body: {
      submitter: (organization: string) => [
        `Tenemos buenas noticias. ${organization} ha aceptado su caso para seguir trabajando en él.`,
        "Ahora pediremos a un abogado o una abogada que se haga cargo de su caso. Esto puede tardar, a veces muchos meses. Le escribiremos cuando haya novedades.",
        "Es un paso importante. Todavía no significa que la condena vaya a cambiar. Ahora no necesita hacer nada.",
      ],
      contact: (organization: string, applicant: string) => [
        `${organization} ha aceptado el caso de ${applicant} para seguir trabajando en él.`,
        "Se pedirá a un abogado o una abogada que se haga cargo del caso. Esto puede tardar. Le escribiremos cuando haya novedades.",
      ],
      attorney: (organization: string, applicant: string) => [
        `Tras su revisión, ${organization} ha aceptado el caso de ${applicant} para una investigación más a fondo.`,
        "Ahora buscaremos representación legal pro bono que asuma el caso. Esto puede llevar algún tiempo.",
        "Nos pondremos en contacto con usted para coordinarnos, también sobre el acceso al expediente. Gracias por su trabajo en este caso.",
      ],
    } satisfies Record<Audience, Message>,
    referenceLabel: "Número de referencia",
    footer: "Recibe este mensaje por una solicitud de ayuda ante una condena injusta.",
  },
  ja: {
    subject: (reference: string) => `案件を引き受けることになりました — ${reference}`,
    greeting: (name: string, audience: Audience) => (audience === "attorney" ? `${name} 先生` : `${name} 様`),
    body: {
      submitter: (organization: string) => [
        `よいお知らせです。${organization}は、あなたの案件を引き続き取り扱うことに決めました。`,
        "これから、案件を担当してくれる弁護士を探します。時間がかかることがあり、数か月以上かかる場合もあります。進展があればご連絡します。",
        "これは大切な一歩ですが、有罪判決が変わることが決まったわけではありません。今、何かをしていただく必要はありません。",
      ],
      contact: (organization: string, applicant: string) => [
        `${organization}は、${applicant}さんの案件を引き続き取り扱うことに決めました。`,
        "これから、案件を担当する弁護士を探します。時間がかかることがあります。進展があればご連絡します。",
      ],
      attorney: (organization: string, applicant: string) => [
        `${organization}は審査の結果、${applicant}さんの案件について、さらに調査を進めることといたしました。`,
        "今後、本件を担当するプロボノの弁護士を探します。しばらくお時間をいただく場合があります。",
        "記録の閲覧を含め、連携の進め方について改めてご連絡いたします。本件へのご尽力に感謝申し上げます。",
      ],
    } satisfies Record<Audience, Message>,
    referenceLabel: "受付番号",
    footer: "このメッセージは、えん罪の救済を求める申請に関してお送りしています。",
  },
} as const;

export function caseAcceptedSubject({ language, reference }: Pick<CaseAcceptedProps, "language" | "reference">) {
  return copy[language].subject(reference);
}

export default function CaseAccepted(props: CaseAcceptedProps) {
  const t = copy[props.language];
  return (
    <ApplicantUpdate
      language={props.language}
      subject={t.subject(props.reference)}
      greeting={t.greeting(props.recipientName, props.audience)}
      paragraphs={t.body[props.audience](props.organizationName, props.applicantName)}
      referenceLabel={t.referenceLabel}
      reference={props.reference}
      footer={t.footer}
    />
  );
}

CaseAccepted.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
} satisfies CaseAcceptedProps;
