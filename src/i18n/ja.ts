import type { Catalog } from "./en";

/** Japanese (polite です/ます form). Same keys as `en`. */
export const ja: Catalog = {
  languageName: "日本語",
  siteName: "Innocence Intake",
  skipToContent: "本文へ移動",
  languageSwitch: "言語",
  footer: "費用はかかりません。送っていただいた内容を読むのは、団体のスタッフと事件を検討するボランティアだけです。",

  landing: {
    title: "えん罪について支援を申し込む",
    intro:
      "あなたやご家族、または依頼人が、やっていない罪で有罪判決を受けた場合、えん罪救済団体に事件を調べてもらうよう申し込むことができます。費用はかかりません。",
    howTitle: "申し込みの流れ",
    how: [
      "申込書を1つ記入します。約20分かかります。裁判の書類や手紙などの書類も送ることができます。",
      "受付番号と、申し込みの状況を確認できる専用リンクが届きます。",
      "団体のスタッフがすべての申し込みを読みます。数か月かかることがあります。団体からお手紙やメールでご連絡します。",
    ],
    start: "申し込みを始める",
    directoryTitle: "このネットワークの団体",
    directoryIntro:
      "各団体は、記載された地域の事件を受け付けています。団体を選ばない場合は、有罪判決を受けた場所を担当する団体に申し込みを送ります。",
    serves: "受け付ける地域",
    languages: "対応言語",
    postalAddress: "郵送先",
    paperTitle: "インターネットが使えない場合",
    paper: "団体に手紙を書いて申し込むこともできます。郵送された申し込みは、スタッフが手作業で入力します。",
  },

  apply: {
    title: "支援を申し込む",
    roleQuestion: "この申込書を記入しているのはどなたですか？",
    roleHint: "1つ選んでください。あなたに合わせた質問が表示されます。",
    roles: {
      self: "有罪判決を受けた本人です",
      family: "家族です",
      supporter: "友人または支援者です",
      defense_attorney: "本人の弁護士です",
    },
    changeRole: "記入する人を変更する",
    intro:
      "「必須」と書かれた欄は必ず記入してください。それ以外の欄は、記入していただくと助かりますが、空欄でもかまいません。",
    required: "必須",
    optional: "任意",
    errorSummaryTitle: "次の回答を確認してください",
    errorSummaryIntro: "回答とファイルは保存されています。下の項目を直して、もう一度送ってください。",
    submit: "申し込みを送る",
    sections: {
      organization: "送り先",
      submitterSelf: "あなたへの連絡方法",
      submitterOther: "あなたについて",
      applicantSelf: "あなたについて",
      applicantOther: "有罪判決を受けた人について",
      conviction: "有罪判決について",
      claim: "有罪判決が間違っている理由",
      lawyers: "弁護士",
      contacts: "状況をお知らせする人",
      consent: "同意",
      attachments: "書類",
    },
    fields: {
      organization: "団体",
      organizationAny: "有罪判決を受けた場所に合わせて選ぶ（おまかせ）",
      "submitter.name": "あなたの氏名",
      "submitter.email": "あなたのメールアドレス",
      "submitter.emailHint": "受付番号とお知らせをここに送ります。メールアドレスがない場合は、住所を書いてください。",
      "submitter.phone": "あなたの電話番号",
      "submitter.postalAddress": "あなたの住所",
      "submitter.postalAddressSelfHint": "下に書く刑務所の住所と同じ場合は、空欄にしてください。",
      "submitter.relationship": "有罪判決を受けた人との関係",
      "submitter.relationshipHint": "例：母、兄、友人、以前の先生",
      "applicant.nameSelf": "あなたの氏名",
      "applicant.nameOther": "その人の氏名",
      "applicant.otherNames": "ほかに使っていた名前",
      "applicant.dateOfBirth": "生年月日",
      "applicant.prisonNumber": "刑務所での番号（受刑者番号）",
      "applicant.facility": "刑務所または施設",
      "applicant.postalAddress": "刑務所の住所",
      "applicant.inCustody": "今、刑務所にいますか？",
      "applicant.expectedReleaseDate": "出所予定日",
      "conviction.jurisdiction": "どこで有罪判決を受けましたか？",
      "conviction.jurisdictionHint": "国、または裁判が行われた州を選んでください。",
      "conviction.court": "裁判所",
      "conviction.caseNumber": "事件番号",
      "conviction.offenses": "何の罪で有罪になりましたか？",
      "conviction.offensesHint": "判決に書かれた罪名です。例：強盗、殺人",
      "conviction.convictionDate": "有罪判決の日",
      "conviction.sentence": "刑の内容",
      "conviction.trialOrPlea": "裁判がありましたか？それとも罪を認める答弁をしましたか？",
      "conviction.appealStatus": "これまでの上訴",
      "conviction.currentlyRepresented": "今、この事件を担当している弁護士はいますか？",
      "claim.innocenceStatementSelf": "あなたが無実である理由は何ですか？",
      "claim.innocenceStatementOther": "この人が無実である理由は何ですか？",
      "claim.innocenceStatementHint":
        "ご自分の言葉で書いてください。その人がどこにいたか、本当は何があったか、裁判で何が間違っていたか。",
      "claim.evidenceTypes": "どのような証拠が使われましたか？または、どのような証拠が役に立ちそうですか？",
      "claim.biologicalEvidence": "事件の生物学的証拠（血液、髪の毛、DNA）はありますか？",
      "claim.evidenceLocation": "わかれば、その証拠が保管されている場所を書いてください。",
      "claim.newEvidence": "無実を証明できそうな新しい証拠は何ですか？",
      "claim.coDefendants": "共犯者・共同被告人（同じ事件で起訴されたほかの人）",
      "lawyers.trial": "裁判のときの弁護士",
      "lawyers.appeal": "上訴のときの弁護士",
      "lawyers.current": "今の弁護士",
      "lawyers.name": "氏名",
      "lawyers.email": "メールアドレス",
      "lawyers.phone": "電話番号",
      "lawyers.mayContact": "団体がこの弁護士に連絡してもかまいません",
      "lawyers.notify": "この弁護士に状況をメールで知らせる",
      "contacts.person": "お知らせする人",
      "contacts.role": "どのような人か",
      "contacts.name": "氏名",
      "contacts.email": "メールアドレス",
      "contacts.relationship": "関係",
      "contacts.language": "この人へのメッセージの言語",
      "contacts.notify": "この人に状況をメールで知らせる",
      "consent.dataProcessing": "事件を検討するために、団体がこの情報を保存し、読むことに同意します。",
      "consent.contactPeopleNamed": "団体がこの申込書に書かれた人に連絡してもかまいません。",
      attachments: "書類を追加する",
      attachmentsHint: (types: string, maxMb: number) =>
        `任意です。裁判の書類、手紙、写真など：${types}。1つのファイルにつき${maxMb} MBまでです。`,
      heldAttachments: "受け取り済みのファイル",
      heldAttachmentsHint:
        "前回送ろうとしたときのファイルを保存しています。含めないファイルは、チェックを外してください。",
    },
    choices: {
      yes: "はい",
      no: "いいえ",
      unknown: "わかりません",
      notSaid: "はっきりしない／答えたくない",
      trialOrPlea: { trial: "裁判", guilty_plea: "有罪の答弁", no_contest: "不抗争の答弁" },
      appealStatus: {
        none: "上訴していない",
        direct_appeal_pending: "上訴の結果を待っている",
        direct_appeal_decided: "上訴の結果が出た",
        post_conviction_decided: "有罪判決後の申し立て（再審請求など）の結果が出た",
      },
      evidenceTypes: {
        dna: "DNAまたは生物学的証拠",
        eyewitness: "目撃者による犯人の特定",
        confession: "自白",
        forensic: "その他の科学的証拠",
        informant: "情報提供者の証言",
        alibi: "アリバイ",
        other: "その他",
      },
      contactRole: { family: "家族", supporter: "友人または支援者" },
    },
    duplicate: {
      title: "この申し込みはすでに送られています",
      body: (reference: string) =>
        `この申し込みは受付番号 ${reference} としてすでに受け取っています。送ったあとに内容が変更されたため、もう一度送ることはしませんでした。お伝えした状況確認のリンクを使うか、新しい申し込みを始めてください。`,
    },
  },

  /** The blank application form staff print and post to people who write in (/staff/questionnaire). */
  questionnaire: {
    title: "えん罪についての支援の申込書",
    intro: (organization: string) =>
      `この用紙に記入すると、${organization}に有罪判決を調べてもらうよう申し込むことができます。費用はかかりません。はっきりした字で書いてください。分からない質問は空欄のままでかまいません。`,
    returnTo: "この用紙の送り先：",
    officeUse: "事務局記入欄：受付番号",
    who: "この用紙に記入しているのはどなたですか。一つに印をつけてください。",
    applicantNote: "あなたご自身が有罪判決を受けた方であれば、ここはあなたについての質問です。",
    submitterNote: "有罪判決を受けた方ご本人でない場合のみ記入してください。",
    innocence:
      "なぜ有罪判決がまちがっているのですか。ご自分の言葉で書いてください。その人がどこにいたか、本当は何があったか、裁判で何がまちがっていたか。",
    tickAll: "当てはまるものすべてに印をつけてください。",
    contactsNote: "申し込みについて連絡してよい方がいれば、書いてください。",
    signature: "署名",
    date: "日付",
    documents:
      "裁判の書類や手紙のコピーを一緒に送ることができます。原本はお手元に保管してください。各ページに、有罪判決を受けた方の名前を書いてください。",
  },

  status: {
    title: "申し込みの状況",
    receivedTitle: "ありがとうございます。申し込みを受け付けました。",
    receivedBody:
      "受付番号と、このページのリンクを大切に保管してください。このリンクは非公開です。リンクを知っている人は、だれでもこのページを見ることができます。",
    reference: "受付番号",
    organization: "団体",
    stage: "段階",
    submitted: "送った日",
    updated: "最後に変わった日",
    link: "あなた専用のリンク",
    stages: {
      submitted: "受け付けました。最初の確認を待っています。",
      screening: "団体の受付基準に合うか確認しています。",
      awaiting_confirmation: "刑務所にいるご本人の、書面での同意を待っています。",
      in_review: "検討しています。",
      awaiting_info: "あなたからの追加の情報を待っています。",
      awaiting_expert: "専門家の意見を待っています。",
      accepted: "団体が引き受けました。",
      referred: "弁護士またはほかの団体に引き継ぎました。",
      routed: "この地域を担当する団体に送りました。",
      declined: "団体はこの事件を引き受けることができません。",
      closed: "終了しました。",
      withdrawn: "ご希望により取り下げました。",
    },
    reasonsTitle: "団体が示した理由",
    directoryTitle: "力になれるかもしれないほかの団体",
    nextTitle: "このあとの流れ",
    next: "チームのメンバーがすべての申し込みを読みます。数か月かかることがあります。もう一度送る必要はありません。何か変わったときは、こちらからご連絡します。",
  },

  linkProblem: {
    unknownTitle: "このリンクは使えません",
    unknownBody:
      "リンクが最後まで全部コピーされているか確認してください。それでも使えない場合は、受付番号を書いて団体に連絡してください。",
    expiredTitle: "このリンクは有効期限が切れています",
    expiredBody:
      "安全のため、リンクは一定の期間がたつと使えなくなります。新しいリンクが必要な場合は、受付番号を書いて団体に連絡してください。",
    revokedTitle: "このリンクは無効になりました",
    revokedBody:
      "団体がこのリンクを無効にしました。新しいリンクが必要な場合は、受付番号を書いて団体に連絡してください。",
    usedTitle: "このリンクはすでに使われています",
    usedBody: "それぞれの回答は1回だけ送ることができます。何も変更されていません。",
  },

  caseView: {
    reference: "受付番号",
    organization: "団体",
    round: "回次",
    due: "判断の期限",
    application: "申し込みの内容",
    submittedBy: "提出者",
    roles: {
      self: "本人",
      family: "家族",
      supporter: "支援者",
      defense_attorney: "本人の弁護士",
    },
    lawyers: "弁護士",
    contacts: "状況をお知らせする人",
    attachments: "書類",
    noAttachments: "書類は送られていません。",
    download: "ダウンロード",
    screening: "受付基準の確認",
    screeningVersion: (version: number) => `基準のバージョン：${version}`,
    screeningResult: {
      pass: "満たしている",
      fail: "満たしていない（確認してください）",
      unknown: "人による判断が必要",
    },
    history: "この事件のこれまでの経過",
    decision: (round: number, outcome: string) => `第${round}回：${outcome}`,
    answer: "申込者からの回答",
    opinion: "専門家の意見",
    noAnswer: "期限までに回答がありませんでした。",
    yes: "はい",
    no: "いいえ",
  },

  review: {
    title: "事件の検討",
    intro:
      "申し込みを読んで、次に何をするかを選んでください。ボタンを押すと判断が送信されます。このリンクは1回だけ使えます。",
    formTitle: "あなたの判断",
    decision: "判断",
    outcomes: {
      accept: "受任：団体が事件を引き受け、弁護士に担当を依頼します",
      decline: "不受理：団体はこの事件を引き受けられません",
      request_info: "申込者に質問してから判断します",
      consult_expert: "専門家（科学者、法学者など）に意見を求めてから判断します",
      refer: "ネットワーク内のほかの団体に紹介します",
    },
    outcomeNames: {
      accept: "受任",
      decline: "不受理",
      request_info: "申込者に質問",
      consult_expert: "専門家に意見照会",
      refer: "他団体に紹介",
    },
    reasonCodes: "不受理の理由",
    reasonCodesHint: "申込者には、わかりやすい言葉でこの理由が伝えられます。",
    questions: "申込者または専門家への質問",
    questionsHint: "申込者または専門家に質問する場合は必須です。専門家には氏名や連絡先は表示されません。",
    expertEmail: "専門家のメールアドレス",
    organization: "紹介先の団体",
    note: "団体スタッフへのメモ",
    noteHint: "申込者には表示されません。",
    submit: "判断を送信する",
    thanksTitle: "ありがとうございます。判断を記録しました。",
    thanksBody: "団体のスタッフと関係者に通知されます。このページは閉じていただいてかまいません。",
    errors: {
      decision: "判断を選んでください。",
      reasonCodes: "理由を1つ以上選んでください。",
      questions: "質問を入力してください。",
      expertEmail: "専門家のメールアドレスを入力してください。",
      organization: "団体を選んでください。",
    },
  },

  respond: {
    title: "検討担当者からの質問に答える",
    intro:
      "事件を検討している担当者が、判断するためにもう少し情報を必要としています。下に回答を書いて、役に立ちそうな書類があれば追加してください。",
    questions: "質問",
    answer: "あなたの回答",
    attachments: "書類を追加する",
    submit: "回答を送る",
    thanksTitle: "ありがとうございます。回答を送りました。",
    thanksBody: "検討担当者が読みます。結果が決まりましたら、団体からご連絡します。",
    errors: { answer: "回答を書くか、書類を追加してください。" },
  },

  consult: {
    title: "専門家意見のご依頼",
    intro: "えん罪救済団体が、ある事件についてご意見をお願いしています。氏名と連絡先は伏せてあります。",
    question: "ご質問",
    conviction: "有罪判決",
    claim: "無実の主張",
    opinion: "ご意見",
    submit: "意見を送信する",
    thanksTitle: "ありがとうございます。ご意見を送信しました。",
    thanksBody: "ご意見は事件の検討担当者に届けられます。このページは閉じていただいてかまいません。",
    errors: { opinion: "ご意見を入力してください。" },
  },

  referral: {
    title: "事件のご紹介",
    intro:
      "えん罪救済団体から、この事件をご紹介します。資料をお読みいただき、お引き受けいただけるかどうかをお知らせください。",
    note: "検討担当者からのメモ",
    response: "この事件をお引き受けいただけますか？",
    accept: "はい、引き受けます",
    decline: "いいえ、引き受けられません",
    submit: "回答を送信する",
    thanksTitle: "ありがとうございます。回答を記録しました。",
    thanksBody: "団体に通知しました。このページは閉じていただいてかまいません。",
    errors: { response: "「はい」か「いいえ」を選んでください。" },
  },

  notFound: { title: "ページが見つかりません", body: "このアドレスのページはありません。" },
  unauthorized: {
    title: "サインインしてください",
    body: "このページは加盟団体のスタッフ用です。スタッフのアカウントでサインインしてから、もう一度開いてください。",
  },
  forbidden: {
    title: "このページは開けません",
    body: "サインインしていますが、このアカウントにはこのページへのアクセス権がありません。",
  },
  tooManyRequests: {
    title: "リクエストが多すぎます",
    body: "短い時間にお使いのネットワークから多くのリクエストがありました。内容は失われていません。1分ほど待ってから、もう一度お試しください。",
  },
  serverError: {
    title: "問題が起きました",
    body: "送っていただいた内容は失われていません。数分後にもう一度お試しください。",
  },
  tooLarge: {
    title: "ファイルが大きすぎます",
    body: (maxMb: number) =>
      `ファイルは全部で${maxMb} MBまでです。前の画面に戻って、小さいファイルを選ぶか、ファイルの数を減らしてください。`,
  },

  errors: {
    required: "ここに記入してください。",
    too_long: "長すぎます。短くしてください。",
    too_many: "項目が多すぎます。",
    invalid_email: "name@example.org のような形でメールアドレスを入力してください。",
    invalid_date: "年-月-日の形で入力してください（例：1980-02-29）",
    invalid_choice: "選択肢から1つ選んでください。",
    invalid_value: "この回答は正しくありません。",
    human_check_failed:
      "人による操作かどうかの確認が通りませんでした。もう一度お試しください。入力した内容は失われていません。",
    invalid_jurisdiction: "一覧から場所を選んでください。",
    email_or_address: "団体から返事ができるように、メールアドレスか住所を書いてください。",
    must_consent: "この同意がないと、団体は事件を検討することができません。",
    unknown_organization: "一覧から団体を選んでください。",
    no_organization_serves:
      "このネットワークには、その地域の事件を受け付けている団体はまだありません。トップページの団体一覧をご覧ください。",
    type_not_allowed: (name: string) =>
      `「${name}」は追加されませんでした。送ることができるのは、PDF、JPEG、PNG、HEIC、TIFF、テキスト、Word（DOCX）のファイルだけです。`,
    file_too_large: (name: string, maxMb: number) =>
      `「${name}」は追加されませんでした。1つのファイルは${maxMb} MBまでです。`,
    too_many_files: (name: string, max: number) =>
      `「${name}」は追加されませんでした。送ることができるファイルは${max}個までです。`,
    application_too_large: (name: string, maxMb: number) =>
      `「${name}」は追加されませんでした。ファイルは全部で${maxMb} MBまでです。`,
  },

  declineReasons: {
    text: {
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
    label: {
      outside_jurisdiction: "対象地域外",
      no_innocence_claim: "無実の主張がない",
      appeals_pending: "上訴手続き中",
      no_new_evidence: "新しい証拠がない",
      case_type_excluded: "対象外の事件の種類",
      sentence_served: "刑期満了済み",
      capacity: "現在受け入れ余力なし",
      other: "その他の理由",
    },
  },

  emails: {
    greeting: {
      person: (name: string) => `${name} 様`,
      lawyer: (name: string) => `${name} 先生`,
      organization: (name: string) => `${name} ご担当者様`,
    },
    referenceLabel: {
      yours: "受付番号",
      plain: "受付番号",
      case: "受付番号",
    },
    footer: {
      applicantSide: "このメッセージは、えん罪の救済を求める申請に関してお送りしています。",
      reviewer: "このメッセージは、えん罪の救済を求める申請の審査ボランティアの方にお送りしています。",
      expert:
        "このメッセージは、えん罪の救済を求める申請について専門家としてのご意見をお願いするためにお送りしています。",
      referralPartner: "このメッセージは、えん罪案件の紹介先となっている方にお送りしています。",
      staff: "受付システムからの自動メッセージです。団体の受付用アドレスにお送りしています。",
    },
    letter: {
      prisonNumber: (number: string) => `称呼番号 ${number}`,
      writeBack: "お手紙は、この手紙のいちばん上にある住所にお送りください。すべてのページに受付番号を書いてください。",
    },
    openCase: "案件を開く",
    personalLinkNote:
      "このリンクはあなた専用で、アカウントなしで使えます。転送しないでください。リンクを知っている人は誰でも案件を見られます。",
    reviewSteps: "お願いしたいこと：下のリンクを開き、案件を読んで、ページ上で判断を選んでください。",
    decideBy: (date: string) => `${date}までにご判断をお願いします。`,
    acknowledgement: {
      subject: (reference: string) => `申請を受け付けました — ${reference}`,
      submitter: (organization: string) =>
        `${organization}はあなたの申請を受け付けました。ご連絡いただきありがとうございます。`,
      contact: (organization: string, applicant: string) =>
        `${organization}は${applicant}さんについての申請を受け付けました。あなたは連絡先として指定されているため、進展があればお知らせします。`,
      next: "今後の流れ：すべての申請を担当者が読みます。数か月かかることがありますが、変化があればご連絡します。再度送る必要はありません。",
      button: "現在の状況を見る",
      linkNote:
        "このリンクはあなた専用です。他の人と共有しないでください。リンクを知っている人は誰でも状況を見られます。",
    },
    reviewRequest: {
      subject: {
        new: (reference: string) => `審査をお願いする案件 — ${reference}`,
        answer_received: (reference: string) => `申請者から回答がありました — ${reference}`,
        opinion_received: (reference: string) => `専門家の意見が届きました — ${reference}`,
        reassigned: (reference: string) => `案件の審査を引き継いでください — ${reference}`,
        returned: (reference: string) => `案件をもう一度審査してください — ${reference}`,
      },
      intro: {
        new: (organization: string) =>
          `${organization}より、新しい案件の審査をお願いします。ご協力ありがとうございます。`,
        answer_received: (organization: string) =>
          `申請者側からご質問への回答が届きました。回答は案件のページに掲載されています。${organization}より、審査の続きをお願いします。`,
        opinion_received: (organization: string) =>
          `専門家から意見が届きました。意見は案件のページに掲載されています。${organization}より、審査の続きをお願いします。`,
        reassigned: (organization: string) =>
          `前の担当者が審査を終えられなかったため、${organization}よりこの案件をお願いすることになりました。お引き受けいただきありがとうございます。`,
        returned: (organization: string) =>
          `${organization}より、この案件をもう一度審査していただくようお願いします。案件のページで新しい情報も含めて読み直し、判断してください。`,
      },
      flags: (count: number) => `事前確認で、注意が必要な点が${count}件ありました。`,
    },
    reviewReminder: {
      subject: (reference: string) => `リマインダー：審査をお願いする案件 — ${reference}`,
      lastSubject: (reference: string) => `最終のリマインダー：審査をお願いする案件 — ${reference}`,
      intro: "ご判断をお待ちしている案件があります。お忙しいところ恐れ入ります。",
      last: "これが最後のリマインダーです。ご判断がない場合、この案件は別の審査担当者に引き継がれます。",
    },
    staffAlert: {
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
        workflow_stuck: {
          subject: "案件が進まなくなりました",
          what: "この案件の自動処理が何度か失敗したため、自動では先に進みません。",
          todo: "案件を開いて、手作業で先に進めてください。再び起きた場合は、技術担当者に知らせてください。",
        },
        task_overdue: {
          subject: "期限を過ぎたタスク",
          what: "この案件のタスクが期限を過ぎていますが、まだ完了になっていません。",
          todo: "タスクを済ませるか、案件のページで新しい期限を設定してください。",
        },
      },
      detailLabel: "補足",
      lookup: "詳しくは、受付番号で案件を検索してご確認ください。",
    },
    infoRequest: {
      subject: (reference: string) => `申請についての質問 — ${reference}`,
      intro: (organization: string) =>
        `${organization}は申請を読んでいます。いくつか質問があります。ご回答は、案件を理解するために役立ちます。`,
      questionsLabel: "質問",
      how: "下のページで回答できます。裁判の書類や手紙などの書類も、そのページで追加できます。分からないことは、分からないと書いていただいてかまいません。",
      howByPost:
        "答えを紙に書いて、郵便でお送りください。すべてのページに受付番号を書いてください。裁判の書類や手紙など、役に立つ書類のコピーも送れます。原本はお手元に保管してください。分からない質問には「分からない」と書いていただいてかまいません。",
      due: (date: string) => `${date}までにご回答をお願いします。`,
      button: "質問に回答する",
      linkNote:
        "このリンクはあなた専用です。他の人と共有しないでください。リンクを知っている人は誰でも質問を見て回答できます。",
    },
    expertRequest: {
      subject: (reference: string) => `専門家としてのご意見のお願い — ${reference}`,
      greeting: "ご担当者様",
      intro: (organization: string) =>
        `${organization}は、えん罪の可能性がある方を支援しています。ある案件の審査担当者が、専門家としてのご意見をお願いしたいと考えています。ご検討いただければ幸いです。`,
      questionLabel: "ご質問",
      how: "下のページでは、個人情報を伏せた状態で案件をご覧いただけます。お読みいただき、同じページからご意見をお送りください。",
      due: (date: string) => `${date}までにご意見をお送りください。`,
    },
    caseAccepted: {
      subject: (reference: string) => `案件を引き受けることになりました — ${reference}`,
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
      },
    },
    referralRequest: {
      subject: (reference: string) => `案件のご紹介：お引き受けいただけますか — ${reference}`,
      ask: {
        lawyer: (organization: string) =>
          `${organization}は、えん罪の訴えを審査し、さらに取り扱うことを決めました。プロボノの弁護士として、この案件をお引き受けいただけるかお伺いします。`,
        organization: (organization: string) =>
          `${organization}は、えん罪の訴えを審査し、さらに取り扱うことを決めました。ネットワークの加盟団体として、貴団体でこの案件をお引き受けいただけるかお伺いします。`,
      },
      steps:
        "お願いしたいこと：下のリンクを開き、案件の資料をお読みください。そのうえで、ページ上でお引き受けいただけるかどうかをお選びください。",
      due: (date: string) =>
        `${date}までにご回答をお願いします。お断りの場合は別の方にお願いしますので、早めにご回答いただけると助かります。`,
      button: "案件の資料を開く",
    },
    caseReferred: {
      subject: (reference: string) => `案件の担当先が決まりました — ${reference}`,
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
      },
    },
    caseDeclined: {
      subject: (reference: string) => `申請についての決定 — ${reference}`,
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
      },
      reasonsLabel: "お引き受けできない理由：",
      directoryLabel: "次の団体が力になれるかもしれません：",
      takesCasesFrom: "対象地域",
      elsewhere: {
        submitter:
          "ほかの団体に助けを求めることができます。書類は大切に保管してください。申請していただき、ありがとうございました。",
        contact: "ほかの団体で支援を受けられる可能性があります。ご支援ありがとうございます。",
        attorney: "依頼者はほかの団体に支援を求めることができます。本件をお寄せいただき、ありがとうございました。",
      },
    },
    staffMessage: {
      subject: (reference: string) => `申請についてのご連絡 — ${reference}`,
      signOff: (organization: string) => `よろしくお願いいたします。\n${organization}`,
      reply: "お返事は、このメールに返信するか、お手紙でお送りください。受付番号を書き添えてください。",
    },
    appliedForYou: {
      subject: (reference: string) => `あなたの事件についての支援の申し込み — ${reference}`,
      who: (name: string, relation: string) => `${name}さん（${relation}）`,
      roles: { family: "ご家族", supporter: "ご友人・支援者", defense_attorney: "あなたの弁護士" },
      intro: (who: string, organization: string) =>
        `${who}から、あなたの有罪判決を調べてほしいという申し込みが${organization}に届きました。${organization}は、無実の罪で有罪とされたおそれのある人を支援しています。費用はかかりません。`,
      yourSay:
        "このことについて、お手紙でご連絡いただけます。事件についてもっと教えていただくことも、質問することも、調べてほしくないとお伝えいただくこともできます。",
      confirm:
        "審査を始める前に、あなたの書面での同意が必要です。事件を調べてほしいことをお手紙に書き、署名をして、受付番号を書き添えてお送りください。",
      next: (submitter: string) => `${submitter}さんには、今後の経過をお知らせします。いつでもお手紙でご連絡ください。`,
    },
    caseRouted: {
      subject: (reference: string) => `申請を別の団体にお送りしました — ${reference}`,
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
      },
      movedBody: {
        submitter: (from: string, to: string) => [
          `${from}は、あなたの申請を${to}にお渡ししました。${to}のほうが、この事件を調べるのに適しているためです。`,
          `${to}が申請を読み、ご連絡します。`,
          "もう一度申請する必要はありません。受付番号も変わりません。",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `${applicant}さんの申請は、${from}から${to}にお渡ししました。${to}のほうが、この事件を調べるのに適しているためです。`,
          "もう一度申請する必要はありません。受付番号も変わりません。",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `${applicant}さんに関する申請は、${from}から、この事件の審査により適した${to}に移管されました。`,
          `改めて申請していただく必要はなく、受付番号も変わりません。今後は${to}が審査を続け、必要に応じてご連絡いたします。`,
        ],
      },
    },
  },
};
