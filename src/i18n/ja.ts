import type { Catalog } from "./en";

/** Japanese (polite です/ます form). Same keys as `en`. */
export const ja: Catalog = {
  languageName: "日本語",
  siteName: "Innocence Intake",
  skipToContent: "本文へ移動",
  languageSwitch: "言語",
  /** A date in words, as the reader writes it; `month` counts from 0 (src/lib/dates.ts). */
  longDate: (day: number, month: number, year: number) => `${year}年${month + 1}月${day}日`,
  footer: "費用はかかりません。送っていただいた内容を読むのは、団体のスタッフと事件を検討するボランティアだけです。",

  landing: {
    title: "えん罪について支援を申し込む",
    intro:
      "あなたやご家族、または依頼人が、やっていない罪で有罪判決を受けた場合、えん罪救済団体に事件を調べてもらうよう申し込むことができます。費用はかかりません。",
    howTitle: "申し込みの流れ",
    how: [
      "申込書を、1ページに1つのテーマずつ記入します。約20分かかります。途中で保存して、あとで続けることもできます。裁判の書類や手紙などの書類も送ることができます。",
      "受付番号と、申し込みの状況を確認できる専用リンクが届きます。",
      "団体のスタッフがすべての申し込みを読みます。数か月かかることがあります。団体からお手紙やメールでご連絡します。",
    ],
    start: "申し込みを始める",
    resume: "保存した申し込みを続ける",
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
    stepErrorIntro: "回答は保存されています。下の項目を直してから、次に進んでください。",
    progress: (step: number, of: number) => `ステップ ${step} / ${of}`,
    continue: "次へ進む",
    saveLater: "保存して、あとで続ける",
    back: "前に戻る",
    resumeCode: {
      label: "あとで続けるためのコード",
      hint: (date: string) =>
        `書き留めてください。このコードがあれば、${date}まで、どの機器からでも回答の続きを書けます。`,
    },
    check: {
      title: "回答の確認",
      intro: "送る前に、回答を読んで確認してください。どの回答も変えることができます。",
      change: "変える",
      notAnswered: "未回答",
      noFiles: "書類は付いていません。",
      send: "申し込みを送ると、団体に届きます。受付番号と、状況を確認できる専用リンクが届きます。",
    },
    saved: {
      title: "申し込みを保存しました",
      code: "このコードを書き留めてください。申し込みを続けるときに必要です：",
      keptUntil: (date: string) => `回答と書類は${date}まで保存します。保存するたびに、保存期間はのびます。`,
      how: "続けるときは、このウェブサイトを開いて「保存した申し込みを続ける」を選び、コードを入力してください。",
      emailed: "教えていただいたメールアドレスにも、続けるためのリンクを送りました。",
      continueNow: "今すぐ続ける",
    },
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
      "submitter.postalAddressSelfHint": "次のページで書く刑務所の住所と同じ場合は、空欄にしてください。",
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
      "claim.evidenceCustodian": "その証拠はだれが保管していますか？",
      "claim.evidenceCustodianHint":
        "わかれば書いてください。証拠が捨てられないよう、保管している所に手紙を書いて保存をお願いすることがあります。",
      "claim.evidenceCustodian.kind": "どのような所ですか？",
      "claim.evidenceCustodian.name": "名前",
      "claim.evidenceCustodian.nameHint": "例：〇〇地方裁判所、〇〇警察署の証拠保管室、科学捜査研究所",
      "claim.evidenceCustodian.postalAddress": "住所",
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
        "これらのファイルは申し込みといっしょに保存されています。含めないファイルは、チェックを外してください。",
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
      custodianKind: {
        court_clerk: "裁判所",
        police_evidence_room: "警察の証拠保管室",
        laboratory: "鑑定機関・研究所",
        other: "そのほかの所",
      },
    },
    duplicate: {
      title: "この申し込みはすでに送られています",
      body: (reference: string) =>
        `この申し込みは受付番号 ${reference} としてすでに受け取っています。送ったあとに内容が変更されたため、もう一度送ることはしませんでした。お伝えした状況確認のリンクを使うか、新しい申し込みを始めてください。`,
    },
  },

  resume: {
    title: "保存した申し込みを続ける",
    intro: "申し込みを保存したときに表示されたコードを入力してください。K7M3Q-XW2PA のような形です。",
    code: "あなたのコード",
    codeHint: "英字と数字で10文字です。大文字でも小文字でもかまいません。",
    submit: "続ける",
    wrongCode:
      "このコードで開ける保存済みの申し込みはありません。文字と数字を1つずつ確かめて、もう一度入力してください。保存した申し込みは、数週間保存しないままだと消去されます。",
    startNew: "新しく申し込みを始める",
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
      awaiting_info: "追加の情報を待っています。",
      awaiting_expert: "専門家の意見を待っています。",
      accepted: "団体が引き受けました。",
      referred: "弁護士またはほかの団体に引き継ぎました。",
      routed: "この地域を担当する団体に送りました。",
      declined: "団体はこの事件を引き受けることができません。",
      closed: "終了しました。",
      withdrawn: "取り下げました。",
    },
    happenedTitle: "これまでのこと",
    nextTitle: "このあとの流れ",
    explain: {
      submitted: {
        happened: {
          submitter: (name: string) => `${name}は、あなたの申し込みを受け付けました。`,
          other: (name: string) => `${name}は、申し込みを受け付けました。`,
        },
        next: {
          submitter:
            "まず、書類に足りないところがないか、有罪判決を受けた場所が私たちの担当かを確認します。ふつうは数日かかります。そのあと、ボランティアの検討者が申し込みを読みます。",
          other:
            "まず団体が、書類に足りないところがないか、有罪判決を受けた場所が担当地域かを確認します。ふつうは数日かかります。そのあと、ボランティアの検討者が申し込みを読みます。",
        },
      },
      screening: {
        happened: {
          submitter: (name: string) => `${name}は、あなたの申し込みが事件を引き受ける基準に合うか確認しています。`,
          other: (name: string) => `${name}は、申し込みが事件を引き受ける基準に合うか確認しています。`,
        },
        next: {
          submitter:
            "有罪判決を受けた場所をほかの団体が担当している場合は、その団体に申し込みを送ります。そうでなければ、ボランティアの検討者が読みます。ふつうは数日かかります。",
          other:
            "有罪判決を受けた場所をほかの団体が担当している場合は、申し込みはその団体に送られます。そうでなければ、ボランティアの検討者が読みます。ふつうは数日かかります。",
        },
      },
      awaiting_confirmation: {
        happened: {
          submitter: (name: string) =>
            `${name}はあなたの申し込みを受け取りました。審査を始める前に、刑務所にいるご本人の書面での同意が必要です。`,
          other: (name: string) =>
            `${name}は申し込みを受け取りました。審査を始める前に、刑務所にいるご本人の書面での同意が必要です。`,
        },
        next: {
          submitter:
            "ご本人に手紙を送りました。署名入りの返事が届いたら、ボランティアの審査担当者が申し込みを読みます。",
          other: "刑務所にいるご本人が書面で同意したら、ボランティアの審査担当者が申し込みを読みます。",
        },
      },
      in_review: {
        happened: {
          submitter: (name: string) => `${name}のボランティアの検討者が、あなたの申し込みを読んでいます。`,
          other: (name: string) => `${name}のボランティアの検討者が、申し込みを読んでいます。`,
        },
        next: {
          submitter:
            "検討者は、団体が事件を引き受けられるかを決めます。その前に、あなたに質問をすることもあります。今は何もしなくてだいじょうぶです。何か変わったときは、こちらからご連絡します。",
          other:
            "検討者は、団体が事件を引き受けられるかを決めます。その前に質問をすることもあります。何か変わったときは、こちらからご連絡します。",
        },
      },
      awaiting_info: {
        happened: {
          submitter: (name: string) => `検討者は、もっと情報を必要としています。${name}から、質問をお送りします。`,
          other: (name: string) => `${name}は、申し込みをした人に追加の情報をお願いしました。`,
        },
        next: {
          submitter: "あなたの答えが届いたら、検討を続けます。",
          other: "その人が答えたら、検討が続きます。あなたは何もしなくてだいじょうぶです。",
        },
      },
      awaiting_expert: {
        happened: {
          submitter: (name: string) =>
            `${name}の検討者は、科学者などの専門家に、この事件についての意見をお願いしました。`,
          other: (name: string) => `${name}の検討者は、科学者などの専門家に、この事件についての意見をお願いしました。`,
        },
        next: {
          submitter: "専門家から答えが届いたら、検討が続きます。あなたは何もしなくてだいじょうぶです。",
          other: "専門家から答えが届いたら、検討が続きます。あなたは何もしなくてだいじょうぶです。",
        },
      },
      accepted: {
        happened: {
          submitter: (name: string) => `よいお知らせです。${name}は、あなたの事件をさらに調べるために引き受けました。`,
          other: (name: string) => `${name}は、この事件をさらに調べるために引き受けました。`,
        },
        next: {
          submitter:
            "団体は今、この事件を担当する弁護士を探しています。何か月もかかることがあります。この段階では、まだ判決が変わるという意味ではありません。今は何もしなくてだいじょうぶです。",
          other:
            "団体は今、この事件を担当する弁護士を探しています。何か月もかかることがあります。この段階では、まだ判決が変わるという意味ではありません。",
        },
      },
      referred: {
        happened: {
          submitter: (name: string) => `${name}が、あなたの事件を担当することになりました。`,
          other: (name: string) => `${name}が、この事件を担当することになりました。`,
        },
        next: {
          submitter:
            "これからは、担当者があなたに直接連絡します。時間がかかることがあります。もう一度申し込む必要はありません。受付番号は大切に保管してください。",
          other: "これからは、その担当者が事件を扱います。",
        },
      },
      routed: {
        happened: {
          submitter: (name: string) =>
            `有罪判決を受けた場所は${name}の担当地域なので、あなたの申し込みをその団体に送りました。`,
          other: (name: string) => `有罪判決を受けた場所は${name}の担当地域なので、申し込みをその団体に送りました。`,
        },
        next: {
          submitter:
            "その団体が申し込みを確認し、ボランティアの検討者が読みます。もう一度申し込む必要はありません。受付番号も変わりません。",
          other:
            "その団体が申し込みを確認し、ボランティアの検討者が読みます。だれも、もう一度申し込む必要はありません。受付番号も変わりません。",
        },
      },
      declined: {
        happened: {
          submitter: (name: string) =>
            `申し訳ありません。よく検討した結果、${name}はあなたの事件を引き受けることができません。これは、団体がその人を有罪だと考えているという意味ではありません。`,
          other: (name: string) =>
            `よく検討した結果、${name}はこの事件を引き受けることができません。これは、団体がその人を有罪だと考えているという意味ではありません。`,
        },
        next: {
          submitter: "ほかの団体に助けを求めることができます。書類は大切に保管してください。",
          other: "ほかの団体が力になれるかもしれません。",
        },
      },
      closed: {
        happened: {
          submitter: (name: string) => `${name}は、この事件を終了しました。`,
          other: (name: string) => `${name}は、この事件を終了しました。`,
        },
        next: {
          submitter:
            "この申し込みについて、これ以上のことはありません。質問があるときは、受付番号を書いて団体に手紙かメールを送ってください。",
          other: "この申し込みについて、これ以上のことはありません。",
        },
      },
      withdrawn: {
        happened: {
          submitter: (name: string) => `${name}へのあなたの申し込みは取り下げられました。`,
          other: (name: string) => `${name}への申し込みは取り下げられました。`,
        },
        next: {
          submitter: "この申し込みについて、これ以上のことはありません。いつでも、もう一度申し込むことができます。",
          other: "この申し込みについて、これ以上のことはありません。",
        },
      },
    },
    dueBy: (date: string) => `${date}ごろまでに進む予定です。`,
    asked: {
      title: "あなたにお聞きしたいことがあります",
      body: (date: string) =>
        `検討者から、申し込みについての質問があります。${date}までに答えてください。書類を付けることもできます。わからないことは「わからない」と答えてだいじょうぶです。`,
      button: "質問に答える",
    },
    /** The stage for someone on the case whom the reviewer's questions did not go to. */
    awaitingInfoFromOthers: "申請を送った方からの追加の情報を待っています。",
    reasonsTitle: "団体が示した理由",
    directoryTitle: "力になれるかもしれないほかの団体",
  },

  wait: {
    received: "この12か月に受け付けた申し込み",
    waiting: "今、最初の判断を待っている事件",
    time: "最初の答えまでの時間",
    withinMonths: (n: number) => `ほとんどの申し込みは、約${n}か月以内に最初の答えが出ています。`,
    withinWeeks: (n: number) => `ほとんどの申し込みは、約${n}週間以内に最初の答えが出ています。`,
    notEnoughData: "最初の答えまでにかかる時間を示すには、まだデータが足りません。",
    asOf: (date: string) => `${date}時点の数字です。`,
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
    preserveEvidence: "証拠の保存を求める",
    preserveEvidenceHint:
      "生物学的証拠（血液、髪の毛、DNA）がある、またはあるかもしれないときは、チェックしてください。団体のチームが証拠を保管している所に手紙を書き、廃棄しないよう求めます。",
  },

  review: {
    title: "事件の検討",
    intro:
      "申し込みを読んで、次に何をするかを選んでください。ボタンを押すと判断が送信されます。このリンクは1回だけ使えます。",
    readOnlyIntro: "この事件はすでに判断済みです。このページは閲覧専用です。事件は団体のチームが引き続き扱います。",
    yourDecision: "あなたの判断",
    backToYourPage: "← 担当事件の一覧へ",
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
    expertDocuments: "専門家が見られる書類",
    expertDocumentsHint:
      "専門家に意見を求める場合のみ。専門家には、チェックを付けた書類だけが表示されます。申込書にある氏名は、質問・主張・ファイル名では伏せられますが、書類の中身では伏せられません。",
    organization: "紹介先の団体",
    organizationsServing: (place: string) => `${place}の事件を受け付けている加盟団体:`,
    noOrganizationServes: "この地域の事件を受け付けている加盟団体は、ほかにありません。",
    showAllOrganizations: "すべての団体を表示",
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
      expertDocuments: "一覧から書類を選んでください。",
    },
  },

  reviewerPage: {
    title: "あなたの担当事件",
    intro: (organization: string) =>
      `${organization}のためにあなたが審査する事件です。このページはあなた専用です。リンクを他の人と共有しないでください。`,
    openTitle: "あなたの判断を待っている事件",
    noneOpen: "現在、あなたの判断を待っている事件はありません。ありがとうございます。",
    decidedTitle: "判断済みの事件",
    noneDecided: "まだ判断した事件はありません。",
    case: "事件",
    round: "回次",
    dueBy: "判断の期限",
    overdue: "期限切れ",
    decision: "あなたの判断",
    decidedOn: "判断日",
    open: (reference: string) => `事件 ${reference} を開く`,
    read: (reference: string) => `事件 ${reference} を読む`,
    back: "担当事件の一覧に戻る",
    askTitle: "専用ページへのリンクを受け取る",
    askIntro:
      "審査担当者と、複数の事件で依頼を受けた専門家・紹介先には、すべての事件を確認できる専用ページがあります。団体からの連絡を受け取っているメールアドレスを入力してください。そのアドレスにリンクをお送りします。",
    email: "あなたのメールアドレス",
    submit: "リンクを送ってもらう",
    sentTitle: "メールをご確認ください",
    sentBody:
      "このアドレスの専用ページがあれば、リンクをお送りしています。届くまで数分かかることがあります。届かない場合は、事件を依頼している団体にお問い合わせください。",
    errors: { email: "name@example.org のような形式でメールアドレスを入力してください。" },
  },

  helperPage: {
    expert: {
      title: "専門家としての意見照会",
      intro:
        "えん罪救済団体があなたに意見を求めた事件です。このページはあなた専用です。リンクを他の人と共有しないでください。",
      openTitle: "ご意見を待っている事件",
      noneOpen: "現在、ご意見を待っている照会はありません。ありがとうございます。",
      doneTitle: "お送りいただいた意見",
      noneDone: "まだ意見をお送りいただいた事件はありません。",
    },
    referral_partner: {
      title: "あなたに紹介された事件",
      intro:
        "えん罪救済団体があなたに紹介した事件です。このページはあなた専用です。リンクを他の人と共有しないでください。",
      openTitle: "ご回答を待っている事件",
      noneOpen: "現在、ご回答を待っている紹介はありません。ありがとうございます。",
      doneTitle: "回答済みの紹介",
      noneDone: "まだ回答した紹介はありません。",
    },
    answerBy: "回答の期限",
    answeredOn: "回答日",
    accepted: "お引き受けいただきました",
    declined: "お断りになりました",
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
    readOnlyIntro: "この事件について、すでにご意見をお送りいただいています。このページは閲覧専用です。",
    yourOpinion: "あなたのご意見",
    intro: "えん罪救済団体が、ある事件についてご意見をお願いしています。氏名と連絡先は伏せてあります。",
    namesReplaced:
      "申込書にある氏名は、質問・事件の内容・ファイル名の中で、その人の立場（［ ］内）に置き換えています。",
    documents: "審査担当者が共有した書類",
    noDocuments: "審査担当者が共有した書類はありません。",
    roles: {
      applicant: "［申込者本人］",
      submitter: "［申込みをした人］",
      family: "［家族］",
      supporter: "［支援者］",
      trial_attorney: "［一審の弁護人］",
      appeal_attorney: "［控訴審の弁護人］",
      current_attorney: "［現在の弁護人］",
      co_defendant: "［共犯者とされた人］",
      person: "［申込書に名前のある人］",
    },
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
    readOnlyIntro: "この紹介にはすでに回答済みです。このページは閲覧専用です。",
    youAccepted: "事件をお引き受けいただきました",
    youDeclined: "事件をお断りになりました",
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
      custodian: "冤罪の可能性がある事件の証拠についての手紙のため、お送りしています。",
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
    ownPage: {
      line: {
        reviewer: "担当中の事件（期限付き）と、判断済みの事件は、あなた専用のページで確認できます:",
        expert: "意見を求められた事件とその期限は、あなた専用のページで確認できます:",
        referral_partner: "紹介された事件とその期限、あなたの回答は、あなた専用のページで確認できます:",
      },
      note: "このリンクもあなた専用です。なくした場合は、次のページから再送を依頼できます:",
    },
    ownPageLink: {
      subject: {
        reviewer: "審査担当者ページのご案内",
        expert: "専門家意見照会ページのご案内",
        referral_partner: "事件紹介ページのご案内",
      },
      intro: {
        reviewer: (organization: string) =>
          `${organization}の審査担当者ページへのリンクをご依頼いただきました。担当中の事件とその期限、判断済みの事件が表示されます。`,
        expert: (_organization: string) =>
          "専門家意見照会ページへのリンクをご依頼いただきました。意見を求められた事件とその期限、お送りいただいた意見が表示されます。",
        referral_partner: (_organization: string) =>
          "事件紹介ページへのリンクをご依頼いただきました。紹介された事件とその期限、あなたの回答が表示されます。",
      },
      button: "自分のページを開く",
      ignore:
        "お心当たりがない場合は、このメッセージを無視してください。リンクはあなたにだけ送られています。転送しないでください。リンクを持つ人は誰でもあなたの事件を見ることができます。",
    },
    reviewReleased: {
      subject: (reference: string) => `この事件の審査は不要になりました — ${reference}`,
      intro: {
        staff: (organization: string) =>
          `${organization}は、この事件を別の審査担当者に引き継ぎました。この事件について、これ以上の対応は必要ありません。`,
        no_answer: (organization: string) =>
          `この事件についてご連絡をいただけなかったため、申込者をこれ以上お待たせしないよう、${organization}は別の審査担当者に引き継ぎました。ボランティアの皆さまがお忙しいことは承知しております。ご返信は不要です。`,
      },
      linkOff: "この事件のためにお送りした審査用リンクは、もう使えません。",
      thanks: "この活動にお時間を割いてくださり、ありがとうございます。",
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
        mail_refused: {
          subject: "メールが届きませんでした",
          what: "この案件についてのメールが、メール配信サービスに受け取りを断られました。再送はしていません。",
          todo: "別の方法でご本人に連絡し、メールアドレスを確認してください。",
        },
        mail_refused_letter: {
          subject: "メールが届きませんでした（郵送用の手紙があります）",
          what: "この案件についてのメールが、メール配信サービスに受け取りを断られました。同じ内容を手紙として用意しました。",
          todo: "手紙のページから印刷して郵送し、ご本人のメールアドレスを確認してください。",
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
        preservation_due: {
          subject: "証拠保存の依頼状が未送付です",
          what: "この案件の生物学的証拠の保存を求める手紙の期限が来ましたが、送付済みになっていません。",
          todo: "手紙のページから印刷して郵送するか、ほかの方法で送ったときはタスクを完了にしてください。それまで毎週お知らせします。",
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
    draftSaved: {
      subject: "保存した申し込み",
      greeting: "こんにちは。",
      intro: "えん罪についての申し込みを、あとで続けられるように保存しました。",
      how: "続きから書くには、下のリンクを開いてください。書き留めたコードを「保存した申し込みを続ける」ページに入力することもできます。",
      keptUntil: (date: string) =>
        `書いた内容は${date}まで保存します。そのあとは、付けた書類といっしょに消去します。保存するたびに、保存期間はのびます。`,
      button: "申し込みを続ける",
      linkNote:
        "このリンクはあなた専用です。他の人と共有しないでください。リンクを知っている人は誰でも申し込みを見て変えることができます。",
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
    preservationRequest: {
      subject: (reference: string) => `生物学的証拠の保存のお願い — ${reference}`,
      custodians: {
        court_clerk: "裁判所 御中",
        police_evidence_room: "警察 証拠保管室 御中",
        laboratory: "鑑定機関 御中",
        other: "証拠保管ご担当 御中",
      },
      greeting: "ご担当者様",
      intro: (organization: string, applicant: string) =>
        `${organization}は、無実を訴えている${applicant}さんの有罪判決について調査しています。この事件の生物学的証拠（血液、髪の毛、皮膚片など、DNAが残っている可能性のあるもの）によって、真犯人が明らかになる可能性があります。`,
      ask: "貴機関が保管しているこの事件の生物学的証拠と、そのほかのすべての物的証拠を保存してくださるようお願いいたします。廃棄、鑑定による消費、返還や引き渡しはせず、何らかの処分をする前に当団体にお知らせください。",
      answer: (email: string) =>
        `保管している証拠の内容と、保存していただけるかどうかを、当団体の参照番号を添えて書面でお知らせください。${email} あてにご連絡いただくこともできます。`,
      caseTitle: "事件",
      facts: {
        person: "有罪判決を受けた人",
        otherNames: "別名",
        dateOfBirth: "生年月日",
        place: "有罪判決の場所",
        court: "裁判所",
        caseNumber: "事件番号",
        offenses: "罪名",
        convictionDate: "判決日",
      },
      signOff: (organization: string) => `敬具\n${organization}`,
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
  staff: {
    nav: {
      label: "スタッフ",
      queue: "案件一覧",
      newCase: "郵送された申し込みを入力する",
      letters: "印刷する手紙",
      questionnaire: "質問票",
      reports: "レポート",
      exports: "エクスポート",
      partners: "紹介先パートナー",
      apiDocs: "APIリファレンス",
    },
    statuses: {
      submitted: "受付",
      screening: "基準確認中",
      awaiting_confirmation: "確認待ち",
      in_review: "審査中",
      awaiting_info: "情報待ち",
      awaiting_expert: "専門家意見待ち",
      accepted: "受任",
      referred: "紹介済み",
      routed: "他団体へ移送",
      declined: "不受理",
      closed: "終了",
      withdrawn: "取り下げ",
    },
    notYet: "まだ",
    formRefused: {
      title: "このフォームは受け付けられませんでした",
      body: "このサイトのページから送られたものではないため、何も変更していません。前の画面に戻り、ページを再読み込みしてから、もう一度送ってください。",
    },
    queue: {
      title: "案件一覧",
      errorTitle: "この絞り込み条件は使えません",
      filters: "案件を探す",
      status: "状態",
      anyStatus: "すべての状態",
      organization: "団体",
      anyOrganization: "すべての団体",
      reviewer: "依頼した審査担当者",
      anyReviewer: "すべての審査担当者",
      reviewerOption: (name: string, organization: string) => `${name}（${organization}）`,
      inactiveReviewerOption: (name: string, organization: string) => `${name}（${organization}、休止中）`,
      submittedFrom: "提出日（から）",
      submittedTo: "提出日（まで）",
      overdueOnly: "期限切れのみ（対応を依頼した人が期限を過ぎている）",
      stuckOnly: "停止中のみ（自動では進まないため、手作業で進める）",
      show: "案件を表示",
      clear: "検索と条件をクリア",
      search: "検索",
      searchHint: (max: number) =>
        `参照番号、メールアドレス、受刑者番号・事件番号、または名前（単語単位、順不同、${max}語まで）。下の条件でさらに絞り込めます。`,
      captionFound: (query: string, shown: number, continued: boolean) =>
        `「${query}」で見つかった案件（新しい順${continued ? "、続き" : ""}）：${shown}件表示`,
      emptySearch: "この検索と条件に合う案件はありません。",
      preservationOnly: "証拠保全の依頼状をまだ送っていない",
      preservationDue: "証拠保全の依頼状の期限",
      exportCsv: "これらの案件をCSVで書き出す",
      caption: (shown: number) => `案件（新しい順）：${shown}件を表示`,
      captionContinued: (shown: number) => `案件（新しい順・続き）：${shown}件を表示`,
      empty: "条件に合う案件はありません。",
      columns: {
        reference: "受付番号",
        organization: "団体",
        applicant: "申請者",
        status: "状態",
        submitted: "提出日",
        stageDue: "段階の期限",
        possibleDuplicates: "重複の可能性",
        nextTask: "次のタスク",
      },
      nothingOpen: "対応待ちなし",
      overdue: "期限切れ",
      stuck: "停止中",
      firstPage: "最初のページ",
      nextPage: "次のページ",
      errors: {
        status: (unknown: string) => `不明な状態です：${unknown}`,
        overdue: "「期限切れのみ」は、チェックする（true）か、空欄のままにしてください。",
        stuck: "「停止中のみ」は、チェックする（true）か、空欄のままにしてください。",
        submittedFrom: "最初の日を日付で入力してください（例：2026-11-01）。",
        submittedTo: "最後の日を日付で入力してください（例：2026-11-30）。",
        limit: "1ページの件数（limit）は1から200までの整数にしてください。",
        cursor: "このページのリンクは正しくありません。最初のページからやり直してください。",
        myTasks: "「自分のタスク」はチェックする（true）か、指定しないかのどちらかです。",
        dueThisWeek: "「今週期限のタスク」はチェックする（true）か、指定しないかのどちらかです。",
        preservation: "「証拠保全の依頼状を未送付」はチェックする（true）か、空けておいてください。",
      },
      myTasks: "自分のタスク（自分の未完了タスクがある案件）",
      dueThisWeek: "今週期限のタスク（今後7日以内、または期限切れ）",
      noTask: "なし",
      erased: "（削除済み）",
    },
    case: {
      title: (reference: string) => `案件 ${reference}`,
      errorTitle: "実行できませんでした",
      done: {
        reassigned: "審査を別の担当者に割り当てました。新しい審査担当者に審査用リンクをメールで送りました。",
        withdrawn: "申請を取り下げました。対応待ちの依頼とそのリンクは無効にしました。",
        closed: "案件を終了しました。対応待ちの依頼とそのリンクは無効にしました。",
        offered: "案件を提案しています。パートナーまたは団体には1分以内に案件資料がメールで届きます。",
        returned: "案件を審査に戻しました。対応待ちの依頼は取り消しました。審査員には1分以内にメールが届きます。",
        reopened: "案件を再開し、審査中に戻しました。審査員には1分以内にメールが届きます。",
        moved: "案件を移しました。移管先の審査員と申請者側には1分以内にメールが届きます。",
        emailed: "メッセージをメールで送りました。",
        letter: "メッセージは「印刷する手紙」で待っています。印刷して郵送してください。",
        logged: "スキャンとともに記録しました。",
        noted: "メモを追加しました。",
        task: "タスクを追加しました。",
        taskChanged: "タスクを変更しました。",
        confirmed: "確認を記録しました。審査担当者には1分以内にメールが届きます。",
        answered: "回答をスキャンと一緒に記録しました。審査担当者には1分以内にメールが届きます。",
        entered:
          "郵送された申し込みをスキャンと一緒に保存し、審査を始めました。メールのない人への返事は「印刷する手紙」で待っています。",
      },
      summary: {
        title: "概要",
        reference: "受付番号",
        status: "状態",
        organization: "団体",
        source: "受付方法",
        language: "言語",
        sentBy: "提出者",
        submitted: "提出日時",
        updated: "最終更新",
      },
      sources: { web_form: "ウェブフォーム", api: "API", paper_mail: "郵送" },
      actions: {
        title: "操作",
        nothingMore: (status: string) => `この案件は「${status}」です。ここでできる操作はもうありません。`,
        reassignTitle: "審査を別の担当者に割り当てる",
        review: "審査",
        reviewOption: (round: number, reviewer: string, due: string) => `第${round}回：${reviewer}、期限 ${due}`,
        newReviewer: "新しい審査担当者",
        leastLoaded: "この案件を見ていない、担当件数が最も少ない審査担当者",
        reassign: "割り当てを変更する",
        withdrawTitle: "申請を取り下げる",
        withdrawBody: "申請者の希望による取り下げです。審査を止め、対応待ちの依頼のリンクをすべて無効にします。",
        withdrawConfirm: "申請者から申請の取り下げを求められました",
        withdraw: "申請を取り下げる",
        closeTitle: "案件を終了する",
        closeBody:
          "審査を止め、対応待ちの依頼のリンクをすべて無効にします。終了した案件は、保管されている間は再開できます。",
        reason: "理由",
        chooseReason: "理由を選んでください",
        close: "案件を終了する",
        closeReasons: {
          duplicate: "ほかの案件と重複",
          no_reviewer: "対応できる審査担当者がいない",
          referrals_exhausted: "すべての紹介先に断られた",
          no_response: "申請者から回答がなかった",
          resolved_elsewhere: "ほかで解決した",
          other: "その他",
        },
        chooseOne: "選んでください",
      },
      errors: {
        chooseReview: "審査を選んでください。",
        confirmWithdraw: "申請者が取り下げを求めたことを確認するため、チェックを入れてください。",
        chooseCloseReason: "案件を終了する理由を選んでください。",
        reviewNotFound: "この案件にその審査はありません。",
        reviewNotOpen: (status: string) =>
          `この審査は「${status}」です。割り当てを変更できるのは、対応中の審査だけです。`,
        chooseAnotherReviewer: "この案件の団体の、ほかの活動中の審査担当者を選んでください。",
        noReviewerLeft: "この審査を引き継げる、ほかの活動中の審査担当者がいません。",
        alreadyEnded: (status: string, wanted: string) =>
          `この案件はすでに「${status}」のため、「${wanted}」にはできません。何も変更していません。`,
        caseGone: "この案件はもうありません。",
      },
      applicant: {
        title: "申請者",
        name: "氏名",
        submittedBy: "提出者",
        submitter: (name: string, role: string) => `${name}（${role}）`,
        relationship: "関係",
      },
      contacts: {
        title: "連絡先",
        caption: "案件の関係者と連絡方法",
        name: "氏名",
        role: "立場",
        email: "メールアドレス",
        postalAddress: "住所",
        language: "言語",
        getsUpdates: "お知らせを送る",
        submitter: (role: string) => `${role}（申請を提出した人）`,
        roles: {
          applicant: "申請者本人",
          family: "家族",
          supporter: "支援者",
          defense_attorney: "弁護人",
          trial_attorney: "裁判時の弁護士",
          appeal_attorney: "上訴時の弁護士",
          referral_partner: "紹介先",
          evidence_custodian: "証拠の保管者",
          expert: "専門家",
          staff: "スタッフ",
        },
      },
      documents: {
        title: "書類",
        none: "書類は送られていません。",
        about: (type: string, kilobytes: number, from: string, day: string) =>
          `（${type}、${kilobytes} KB、送った人：${from}、${day}）`,
      },
      screening: {
        title: "受付基準の確認",
        none: "まだ確認していません。",
        label: (organization: string) => `${organization}での確認`,
        at: (organization: string, version: string) => `${organization}、基準のバージョン ${version}：`,
        noVersion: "なし",
        outcomes: { pass: "通過", flagged: "要確認", route: "移送", decline: "不受理" },
        results: { pass: "満たす", fail: "満たさない", unknown: "判断できない" },
        onFail: (what: string) => `（満たさない場合：${what}）`,
        onFailActions: { decline: "不受理", route: "移送", flag: "要確認として示す" },
      },
      assignments: {
        title: "依頼",
        caption: "対応を依頼した相手（古い順）",
        empty: "まだだれにも対応を依頼していません。",
        nobody: "なし",
        asked: "依頼先",
        kind: "種類",
        round: "回次",
        status: "状態",
        due: "期限",
        reminders: "リマインダー",
        created: "作成",
        completed: "完了",
        kinds: { review: "審査", respond: "回答", consult: "専門家意見", referral: "紹介" },
        statuses: { open: "対応中", done: "完了", lapsed: "期限切れ", reassigned: "割り当て変更", revoked: "無効" },
      },
      decisions: {
        title: "判断",
        caption: "審査担当者の判断（古い順）",
        reviewer: "審査担当者",
        round: "回次",
        outcome: "判断",
        reasons: "理由",
        questions: "質問",
        note: "メモ",
        decided: "判断日時",
        outcomes: {
          accept: "受任",
          decline: "不受理",
          request_info: "情報を求める",
          consult_expert: "専門家に意見照会",
          refer: "他団体に紹介",
        },
      },
      responses: {
        title: "回答・意見・紹介への返事",
        kinds: { answer: "申請者からの回答", opinion: "専門家の意見", referral: "紹介への返事" },
        heading: (kind: string, round: number) => `${kind}（第${round}回）`,
        accepted: "紹介を引き受けました。",
        declined: "紹介を断りました。",
        received: "受信",
      },
      duplicates: {
        title: "重複の可能性",
        caption: "同じ人についてかもしれないほかの案件",
        empty: "同じ人の名前が書かれたほかの案件はありません。",
        organization: "団体",
        submitted: "提出日",
        matchedOn: "一致した項目",
        case: "案件",
        elsewhere: "ほかの団体の案件",
        matches: { name_birth_date: "氏名と生年月日", name_prison_number: "氏名と受刑者番号" },
      },
      timeline: {
        title: "経過",
        caption: "案件に起きたすべてのこと（古い順）",
        time: "日時",
        event: "できごと",
        by: "実行者",
        details: "詳細",
        events: {
          submitted: "提出",
          received: "受付",
          screened: "基準確認",
          routed: "他団体へ移送",
          in_review: "審査中",
          awaiting_info: "情報待ち",
          awaiting_expert: "専門家意見待ち",
          accepted: "受任",
          referred: "紹介済み",
          declined: "不受理",
          withdrawn: "取り下げ",
          closed: "終了",
          assigned: "割り当て",
          reminded: "リマインダー送信",
          escalated: "スタッフに通知",
          reassigned: "割り当て変更",
          decided: "判断",
          answered: "回答あり",
          opinion_given: "意見あり",
          request_lapsed: "依頼の期限切れ",
          referral_offered: "紹介を依頼",
          referral_accepted: "紹介を引き受け",
          referral_refused: "紹介を辞退",
          referral_declined: "紹介を断られた",
          referral_lapsed: "紹介の期限切れ",
          workflow_errored: "自動処理のエラー",
          workflow_restarted: "自動処理の再開",
          notified: "通知",
          message_failed: "送信失敗",
          viewed_by_staff: "スタッフが閲覧",
        },
        who: "対象者",
      },
      messages: {
        title: "メッセージ",
        caption: "だれに何を知らせたか（古い順）",
        empty: "まだメッセージはありません。",
        template: "テンプレート",
        channel: "方法",
        recipient: "宛先",
        status: "状態",
        created: "作成",
        sent: "送信",
        recipientKind: (kind: string, name: string) => `${kind}：${name}`,
        recipientKinds: { contact: "関係者", reviewer: "審査担当者", organization: "団体" },
        templates: {
          acknowledgement: "受付のお知らせ",
          "review-request": "審査の依頼",
          "review-reminder": "審査のリマインダー",
          "staff-alert": "スタッフへの通知",
          "info-request": "情報の依頼",
          "expert-request": "専門家への依頼",
          "case-accepted": "受任のお知らせ",
          "referral-request": "紹介の依頼",
          "case-referred": "紹介済みのお知らせ",
          "case-declined": "不受理のお知らせ",
          "case-routed": "移送のお知らせ",
          "applied-for-you": "代理の申し込み",
        },
        channels: { email: "メール", post: "郵便" },
        statuses: { pending: "未送信", sent: "送信済み", failed: "失敗" },
      },
    },
    letters: {
      title: "印刷する手紙",
      intro:
        "次の人は住所だけを教えてくれています。手紙を1通ずつ印刷して郵送してください。印刷すると送信済みとして記録されます。印刷のときに手紙の中の専用リンクが作られるため、各手紙は1回だけ印刷してください。",
      custodyNote:
        "刑務所にいる人への手紙にはリンクを入れません。受付番号と返信先の住所だけを書きます。質問の手紙の回答期限は、印刷したときから始まります。",
      noAddressTitle: "返信先の住所がありません",
      noAddress: (organizations: string) =>
        `${organizations}には住所が設定されていないため、手紙に返信先を書けません。先に設定してください：PATCH /api/v1/organizations/<slug> に {"postalAddress": "…"}。`,
      none: "印刷を待っている手紙はありません。",
      caption: "印刷を待っている手紙（古い順）",
      columns: { print: "印刷", case: "案件", letter: "手紙", to: "宛先", organization: "団体", since: "作成日" },
      printLabel: (letter: string, reference: string) => `${reference}の「${letter}」を印刷する`,
      paper: "用紙",
      paperOwn: "各団体の用紙（北米は US Letter、それ以外は A4）",
      paperA4: "A4",
      paperLetter: "US Letter",
      print: "選んだ手紙を印刷する",
      printedTitle: "手紙",
      noneLeft: "選んだ手紙はもう印刷を待っていません。すでに印刷されています。",
      printed: (count: number) =>
        `${count}通の手紙を送信済みにしました。ブラウザの印刷機能を使ってください。手紙は1通ずつ新しいページから始まります。`,
      back: "手紙の一覧に戻る",
      letterLabel: (name: string, reference: string) => `${name}さんへの手紙、${reference}`,
    },
    apiDocs: {
      title: "APIリファレンス",
      baseUrl: "ベースURL：",
      document: "機械で読める文書（OpenAPI 3.1）はこちらです：",
      auth: "スタッフ用の操作には、Cloudflare Accessのトークン（Accessが設定するCf-Access-Jwt-Assertion）か、スタッフ用APIトークンを使ったAuthorization: Bearerが必要です。",
      sections: "項目",
      staffOnly: "スタッフ専用。",
      parameters: "パラメーター",
      name: "名前",
      in: "場所",
      required: "必須",
      about: "説明",
      body: (types: string) => `本文：${types}。`,
      fields: "項目：",
      requiredField: "（必須）",
      or: " または ",
    },
    devSignIn: {
      link: "ローカル開発用にサインインする",
      title: "スタッフのサインイン（開発用）",
      heading: "ローカル開発用のスタッフのサインイン",
      intro:
        "本番環境では、スタッフはCloudflare Accessでサインインします。ここでは代わりに、スタッフ用APIトークンでスタッフのページを開きます。",
      pagesLink: "スタッフのページを開く",
      token: "スタッフ用APIトークン",
      tokenHint: ".dev.vars の STAFF_API_TOKEN の値です。",
      wrongToken: "このサーバーのスタッフ用APIトークンではありません。",
      submit: "サインイン",
    },
    mailbox: {
      title: "開発用メールボックス",
      intro:
        "アプリが送ったすべてのメッセージです（新しい順）。開くと受け取った人と同じように表示され、リンクもたどれます。",
      json: "JSON形式：",
      empty: "まだメッセージはありません。",
      apply: "申し込みを送る",
      sent: "送信日時",
      to: "宛先",
      subject: "件名",
    },
  },
};
