/** @jsxImportSource react */
import { Heading, Text } from "@react-email/components";
import * as z from "zod";
import { languages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const StaffAlertProps = z.object({
  language: z.enum(languages),
  organizationName: z.string(),
  reference: z.string(),
  reason: z.enum([
    "reviewer_silent",
    "no_reviewer",
    "quorum_split",
    "referral_declined",
    "referral_lapsed",
    "referrals_exhausted",
    "postal_only",
  ]),
  /** A short non-personal note, such as a reviewer's or a partner organization's name. */
  detail: z.string().optional(),
});
export type StaffAlertProps = z.infer<typeof StaffAlertProps>;

type Reason = StaffAlertProps["reason"];
type Alert = { subject: string; what: string; todo: string };

const copy = {
  en: {
    subject: (kind: string, reference: string) => `${kind} — ${reference}`,
    greeting: (organization: string) => `To the ${organization} team,`,
    alerts: {
      reviewer_silent: {
        subject: "Reviewer did not answer",
        what: "A reviewer did not decide on this case in time, even after reminders.",
        todo: "Please check the case and assign another reviewer if needed.",
      },
      no_reviewer: {
        subject: "No reviewer available",
        what: "No volunteer reviewer is available for this case.",
        todo: "Please assign a reviewer by hand, or add reviewers to the list.",
      },
      quorum_split: {
        subject: "Reviewers disagree",
        what: "The reviewers did not agree on a decision for this case.",
        todo: "Please read their opinions and make the decision.",
      },
      referral_declined: {
        subject: "Referral declined",
        what: "A referral partner declined this case.",
        todo: "Please check the case and choose another partner if needed.",
      },
      referral_lapsed: {
        subject: "Referral not answered",
        what: "A referral partner did not answer by the due date.",
        todo: "Please contact the partner or choose another one.",
      },
      referrals_exhausted: {
        subject: "No partner took the case",
        what: "Every referral partner asked has declined or did not answer.",
        todo: "Please decide how to continue: find another lawyer or organization, or close the case.",
      },
      postal_only: {
        subject: "Letter needed",
        what: "A message for this case could not be sent by email: the person can only be reached by post.",
        todo: "Please send the news by letter.",
      },
    } satisfies Record<Reason, Alert>,
    referenceLabel: "Case reference",
    detailLabel: "Note",
    lookup: "Look up the case by its reference for the details.",
    footer: "Automatic message from the intake system. It was sent to the organization's intake address.",
  },
  es: {
    subject: (kind: string, reference: string) => `${kind} — ${reference}`,
    greeting: (organization: string) => `Al equipo de ${organization}:`,
    alerts: {
      reviewer_silent: {
        subject: "La persona revisora no respondió",
        what: "Una persona revisora no decidió sobre este caso a tiempo, a pesar de los recordatorios.",
        todo: "Por favor, revise el caso y asigne otra persona revisora si es necesario.",
      },
      no_reviewer: {
        subject: "No hay persona revisora disponible",
        what: "No hay ninguna persona revisora voluntaria disponible para este caso.",
        todo: "Por favor, asigne una persona revisora a mano o añada personas revisoras a la lista.",
      },
      quorum_split: {
        subject: "Las personas revisoras no coinciden",
        what: "Las personas revisoras no llegaron a una misma decisión sobre este caso.",
        todo: "Por favor, lea sus opiniones y tome la decisión.",
      },
      referral_declined: {
        subject: "Derivación rechazada",
        what: "Una entidad colaboradora rechazó este caso.",
        todo: "Por favor, revise el caso y elija otra entidad colaboradora si es necesario.",
      },
      referral_lapsed: {
        subject: "Derivación sin respuesta",
        what: "Una entidad colaboradora no respondió antes de la fecha límite.",
        todo: "Por favor, contacte con ella o elija otra.",
      },
      referrals_exhausted: {
        subject: "Ninguna entidad aceptó el caso",
        what: "Todas las entidades colaboradoras consultadas rechazaron el caso o no respondieron.",
        todo: "Por favor, decida cómo continuar: buscar otro abogado u otra organización, o cerrar el caso.",
      },
      postal_only: {
        subject: "Hace falta una carta",
        what: "Un mensaje de este caso no se pudo enviar por correo electrónico: la persona solo recibe correo postal.",
        todo: "Por favor, envíe la noticia por carta.",
      },
    } satisfies Record<Reason, Alert>,
    referenceLabel: "Referencia del caso",
    detailLabel: "Nota",
    lookup: "Busque el caso por su referencia para ver los detalles.",
    footer: "Mensaje automático del sistema de solicitudes, enviado a la dirección de solicitudes de la organización.",
  },
  ja: {
    subject: (kind: string, reference: string) => `${kind} — ${reference}`,
    greeting: (organization: string) => `${organization} ご担当者様`,
    alerts: {
      reviewer_silent: {
        subject: "審査担当者から回答がありません",
        what: "リマインダーを送りましたが、審査担当者が期限までにこの案件の判断をしませんでした。",
        todo: "案件を確認し、必要であれば別の審査担当者を割り当ててください。",
      },
      no_reviewer: {
        subject: "審査担当者がいません",
        what: "この案件を担当できるボランティアの審査担当者がいません。",
        todo: "手動で審査担当者を割り当てるか、審査担当者を追加してください。",
      },
      quorum_split: {
        subject: "審査担当者の判断が分かれました",
        what: "この案件について、審査担当者の判断が一致しませんでした。",
        todo: "それぞれの意見を読み、判断をしてください。",
      },
      referral_declined: {
        subject: "紹介が断られました",
        what: "紹介先がこの案件を断りました。",
        todo: "案件を確認し、必要であれば別の紹介先を選んでください。",
      },
      referral_lapsed: {
        subject: "紹介先から回答がありません",
        what: "紹介先から期限までに回答がありませんでした。",
        todo: "紹介先に連絡するか、別の紹介先を選んでください。",
      },
      referrals_exhausted: {
        subject: "引き受ける紹介先がありません",
        what: "依頼したすべての紹介先が、断ったか回答しませんでした。",
        todo: "今後の対応を決めてください。別の弁護士や団体を探すか、案件を終了してください。",
      },
      postal_only: {
        subject: "郵便での連絡が必要です",
        what: "この案件のお知らせをメールで送れませんでした。相手には郵便でしか連絡できません。",
        todo: "お知らせを手紙で送ってください。",
      },
    } satisfies Record<Reason, Alert>,
    referenceLabel: "受付番号",
    detailLabel: "補足",
    lookup: "詳しくは、受付番号で案件を検索してご確認ください。",
    footer: "受付システムからの自動メッセージです。団体の受付用アドレスにお送りしています。",
  },
} as const;

export function staffAlertSubject({
  language,
  reference,
  reason,
}: Pick<StaffAlertProps, "language" | "reference" | "reason">) {
  const t = copy[language];
  return t.subject(t.alerts[reason].subject, reference);
}

export default function StaffAlert(props: StaffAlertProps) {
  const t = copy[props.language];
  const alert = t.alerts[props.reason];
  const subject = t.subject(alert.subject, props.reference);
  return (
    <Layout language={props.language} preview={subject} footer={t.footer}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{t.greeting(props.organizationName)}</Text>
      <Text style={styles.paragraph}>{alert.what}</Text>
      <Text style={styles.paragraph}>{alert.todo}</Text>
      <Reference label={t.referenceLabel} reference={props.reference} />
      {props.detail ? (
        <Text style={styles.paragraph}>
          {t.detailLabel}: {props.detail}
        </Text>
      ) : null}
      <Text style={styles.small}>{t.lookup}</Text>
    </Layout>
  );
}

StaffAlert.PreviewProps = {
  language: "en",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  reason: "referral_declined",
  detail: "Mid-Atlantic Innocence Project (demo)",
} satisfies StaffAlertProps;
