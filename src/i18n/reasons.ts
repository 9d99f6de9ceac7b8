/** Why an organization declines a case: codes stored on a decision, shown to people in their own language. */
export const declineReasonCodes = [
  "outside_jurisdiction",
  "no_innocence_claim",
  "appeals_pending",
  "no_new_evidence",
  "case_type_excluded",
  "sentence_served",
  "capacity",
  "other",
] as const;
export type DeclineReasonCode = (typeof declineReasonCodes)[number];

type Language = "en" | "es" | "ja";

/** One plain sentence per reason, addressed to the applicant side (the `case-declined` email). */
export const declineReasonText: Record<Language, Record<DeclineReasonCode, string>> = {
  en: {
    outside_jurisdiction: "The conviction happened in a place this organization does not cover.",
    no_innocence_claim:
      "This organization only takes cases where the person says they did not commit the crime. The application does not say that.",
    appeals_pending: "The case is still in court, for example in an appeal. You may apply again after that ends.",
    no_new_evidence: "We did not find new evidence, or a new way to show innocence, that we could work with.",
    case_type_excluded: "This organization does not take this type of case.",
    sentence_served: "This organization only takes cases where the sentence has not ended yet.",
    capacity: "Right now, this organization does not have enough lawyers or time to take more cases.",
    other: "There is another reason why we cannot take the case.",
  },
  es: {
    outside_jurisdiction: "La condena ocurrió en un lugar que esta organización no atiende.",
    no_innocence_claim:
      "Esta organización solo acepta casos en los que la persona dice que no cometió el delito. La solicitud no dice eso.",
    appeals_pending:
      "El caso sigue en los tribunales, por ejemplo en una apelación. Puede volver a solicitar ayuda cuando eso termine.",
    no_new_evidence:
      "No encontramos pruebas nuevas, ni una forma nueva de demostrar la inocencia, con las que podamos trabajar.",
    case_type_excluded: "Esta organización no acepta este tipo de caso.",
    sentence_served: "Esta organización solo acepta casos en los que la pena todavía no ha terminado.",
    capacity: "En este momento, esta organización no tiene suficientes abogados ni tiempo para aceptar más casos.",
    other: "Hay otro motivo por el que no podemos aceptar el caso.",
  },
  ja: {
    outside_jurisdiction: "有罪判決を受けた場所が、この団体の対象地域ではありません。",
    no_innocence_claim:
      "この団体は、罪を犯していないと訴える方の案件だけを扱っています。申請からは、その訴えが確認できませんでした。",
    appeals_pending: "控訴など、裁判の手続きがまだ続いています。手続きが終わったら、もう一度申請できます。",
    no_new_evidence: "無実を示す新しい証拠や、新しい手がかりが見つかりませんでした。",
    case_type_excluded: "この団体は、この種類の案件を扱っていません。",
    sentence_served: "この団体は、刑の期間がまだ終わっていない方の案件だけを扱っています。",
    capacity: "この団体には今、新しい案件を引き受けるだけの弁護士や時間がありません。",
    other: "そのほかの理由により、お引き受けできません。",
  },
};

/** Short labels for a reviewer's checkbox. */
export const declineReasonLabel: Record<Language, Record<DeclineReasonCode, string>> = {
  en: {
    outside_jurisdiction: "Outside our jurisdiction",
    no_innocence_claim: "No claim of actual innocence",
    appeals_pending: "Appeals still pending",
    no_new_evidence: "No new evidence",
    case_type_excluded: "Case type not accepted",
    sentence_served: "Sentence already served",
    capacity: "No capacity right now",
    other: "Other reason",
  },
  es: {
    outside_jurisdiction: "Fuera de nuestra jurisdicción",
    no_innocence_claim: "No alega inocencia",
    appeals_pending: "Recursos todavía pendientes",
    no_new_evidence: "Sin pruebas nuevas",
    case_type_excluded: "Tipo de caso no aceptado",
    sentence_served: "Pena ya cumplida",
    capacity: "Sin capacidad por ahora",
    other: "Otro motivo",
  },
  ja: {
    outside_jurisdiction: "対象地域外",
    no_innocence_claim: "無実の主張がない",
    appeals_pending: "上訴手続き中",
    no_new_evidence: "新しい証拠がない",
    case_type_excluded: "対象外の事件の種類",
    sentence_served: "刑期満了済み",
    capacity: "現在受け入れ余力なし",
    other: "その他の理由",
  },
};
