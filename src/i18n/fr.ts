import type { Catalog } from "./en";

/**
 * French (international French, "vous" throughout). Same keys as `en`. A wrongful conviction is "une
 * condamnation injuste" (the plain words) or "une erreur judiciaire"; a prison number is "le numéro
 * d'écrou"; an appeal "un appel".
 */
export const fr: Catalog = {
  languageName: "Français",
  siteName: "Innocence Intake",
  skipToContent: "Aller au contenu principal",
  languageSwitch: "Langue",
  /** A date in words, as the reader writes it; `month` counts from 0 (src/lib/dates.ts). */
  longDate: (day: number, month: number, year: number) => {
    const months = [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ];
    return `${day} ${months[month]} ${year}`;
  },
  footer:
    "C'est gratuit. Ce que vous envoyez est lu seulement par l'équipe de l'organisation et par les bénévoles qui étudient les dossiers.",

  landing: {
    title: "Demander de l'aide après une condamnation injuste",
    intro:
      "Si une personne a été condamnée pour un crime qu'elle n'a pas commis — vous, un proche ou un client —, vous pouvez demander à une organisation d'aide aux personnes innocentes d'étudier le dossier. C'est gratuit.",
    howTitle: "Comment ça marche",
    how: [
      "Vous remplissez un formulaire, un sujet par page. Cela prend environ 20 minutes, et vous pouvez l'enregistrer et le finir plus tard. Vous pouvez aussi envoyer des documents, comme des papiers du tribunal ou des lettres.",
      "Vous recevez un numéro de référence et un lien privé pour voir où en est la demande.",
      "Une équipe de l'organisation lit chaque demande. Cela peut prendre plusieurs mois. Elle vous écrira.",
    ],
    start: "Commencer une demande",
    directoryTitle: "Les organisations de ce réseau",
    directoryIntro:
      "Chaque organisation accepte les dossiers des lieux indiqués. Si vous n'en choisissez pas, nous envoyons la demande à celle qui couvre le lieu de la condamnation.",
    serves: "Accepte les dossiers de",
    languages: "Langues",
    postalAddress: "Adresse postale",
    paperTitle: "Pas d'accès à Internet ?",
    paper:
      "Vous pouvez aussi écrire une lettre à l'organisation. L'équipe saisit à la main les demandes reçues par courrier.",
    resume: "Reprendre une demande enregistrée",
  },

  apply: {
    title: "Demander de l'aide",
    roleQuestion: "Qui remplit ce formulaire ?",
    roleHint: "Choisissez une réponse. Les questions seront écrites pour vous.",
    roles: {
      self: "Je suis la personne condamnée",
      family: "Je suis un membre de sa famille",
      supporter: "Je suis un ami ou un soutien",
      defense_attorney: "Je suis son avocat ou son avocate",
    },
    changeRole: "Changer qui remplit le formulaire",
    intro:
      "Les champs marqués « obligatoire » doivent être remplis. Le reste nous aide, mais vous pouvez le laisser vide.",
    required: "obligatoire",
    optional: "facultatif",
    errorSummaryTitle: "Merci de vérifier ces réponses",
    errorSummaryIntro: "Vos réponses et vos fichiers sont gardés. Corrigez les points ci-dessous et envoyez à nouveau.",
    submit: "Envoyer la demande",
    sections: {
      organization: "À qui l'envoyer",
      submitterSelf: "Comment vous joindre",
      submitterOther: "À propos de vous",
      applicantSelf: "À propos de vous",
      applicantOther: "À propos de la personne condamnée",
      conviction: "La condamnation",
      claim: "Pourquoi la condamnation est injuste",
      lawyers: "Avocats",
      contacts: "Personnes à tenir informées",
      consent: "Autorisation",
      attachments: "Documents",
    },
    fields: {
      organization: "Organisation",
      organizationAny: "Choisir pour moi, selon le lieu de la condamnation",
      "submitter.name": "Vos nom et prénom",
      "submitter.email": "Votre adresse e-mail",
      "submitter.emailHint":
        "Nous y envoyons votre numéro de référence et les nouvelles. Si vous n'avez pas d'e-mail, donnez une adresse postale.",
      "submitter.phone": "Votre numéro de téléphone",
      "submitter.postalAddress": "Votre adresse postale",
      "submitter.postalAddressSelfHint":
        "Laissez vide si c'est la même que votre adresse en prison, que vous donnez à la page suivante.",
      "submitter.relationship": "Votre lien avec la personne condamnée",
      "submitter.relationshipHint": "Par exemple : mère, frère, ami, ancien professeur.",
      "applicant.nameSelf": "Vos nom et prénom",
      "applicant.nameOther": "Ses nom et prénom",
      "applicant.otherNames": "Autres noms utilisés",
      "applicant.dateOfBirth": "Date de naissance",
      "applicant.prisonNumber": "Numéro d'écrou (numéro de détenu)",
      "applicant.facility": "Prison ou établissement",
      "applicant.postalAddress": "Adresse postale en prison",
      "applicant.inCustody": "En prison aujourd'hui ?",
      "applicant.expectedReleaseDate": "Date de sortie prévue",
      "conviction.jurisdiction": "Où a eu lieu la condamnation ?",
      "conviction.jurisdictionHint": "Choisissez le pays, ou l'État où l'affaire a été jugée.",
      "conviction.court": "Tribunal",
      "conviction.caseNumber": "Numéro de dossier",
      "conviction.offenses": "Pour quoi la personne a-t-elle été condamnée ?",
      "conviction.offensesHint": "Les infractions écrites dans le jugement, par exemple : vol, meurtre.",
      "conviction.convictionDate": "Date de la condamnation",
      "conviction.sentence": "Peine",
      "conviction.trialOrPlea": "Y a-t-il eu un procès, ou un plaidoyer ?",
      "conviction.appealStatus": "Les appels jusqu'ici",
      "conviction.currentlyRepresented": "Un avocat travaille-t-il sur le dossier en ce moment ?",
      "claim.innocenceStatementSelf": "Pourquoi êtes-vous innocent(e) ?",
      "claim.innocenceStatementOther": "Pourquoi cette personne est-elle innocente ?",
      "claim.innocenceStatementHint":
        "Avec vos propres mots. Où était la personne, ce qui s'est vraiment passé, ce qui n'a pas marché au procès.",
      "claim.evidenceTypes": "Quelles preuves ont été utilisées, ou pourraient aider ?",
      "claim.biologicalEvidence": "Existe-t-il des preuves biologiques (sang, cheveux, ADN) du crime ?",
      "claim.evidenceLocation": "Où ces preuves sont-elles gardées, si vous le savez ?",
      "claim.evidenceCustodian": "Qui garde ces preuves ?",
      "claim.evidenceCustodianHint":
        "Si vous le savez. Nous pourrons leur écrire pour demander de garder ces preuves en lieu sûr, pour qu'elles ne soient pas détruites.",
      "claim.evidenceCustodian.kind": "De quel genre de lieu s'agit-il ?",
      "claim.evidenceCustodian.name": "Son nom",
      "claim.evidenceCustodian.nameHint":
        "Par exemple : greffe du tribunal judiciaire de Lyon, service des scellés de la police, laboratoire de police scientifique.",
      "claim.evidenceCustodian.postalAddress": "Son adresse postale",
      "claim.newEvidence": "Quelles nouvelles preuves pourraient montrer l'innocence ?",
      "claim.coDefendants": "Coaccusés (autres personnes poursuivies dans la même affaire)",
      "lawyers.trial": "Avocat au procès",
      "lawyers.appeal": "Avocat en appel",
      "lawyers.current": "Avocat actuel",
      "lawyers.name": "Nom",
      "lawyers.email": "E-mail",
      "lawyers.phone": "Téléphone",
      "lawyers.mayContact": "L'organisation peut contacter cet avocat",
      "lawyers.notify": "Envoyer les nouvelles à cet avocat par e-mail",
      "contacts.person": "Personne",
      "contacts.role": "Qui est-ce",
      "contacts.name": "Nom",
      "contacts.email": "E-mail",
      "contacts.relationship": "Lien",
      "contacts.language": "Langue de ses messages",
      "contacts.notify": "Envoyer les nouvelles à cette personne par e-mail",
      "consent.dataProcessing": "J'accepte que l'organisation garde et lise ces informations pour étudier le dossier.",
      "consent.contactPeopleNamed": "L'organisation peut contacter les personnes nommées dans ce formulaire.",
      attachments: "Ajouter des documents",
      attachmentsHint: (types: string, maxMb: number) =>
        `Facultatif. Papiers du tribunal, lettres, photos : ${types}. Jusqu'à ${maxMb} Mo chacun.`,
      heldAttachments: "Fichiers déjà reçus",
      heldAttachmentsHint: "Ils sont gardés avec votre demande. Décochez un fichier pour le retirer.",
    },
    choices: {
      yes: "Oui",
      no: "Non",
      unknown: "Je ne sais pas",
      notSaid: "Pas sûr / je préfère ne pas répondre",
      trialOrPlea: {
        trial: "Procès",
        guilty_plea: "Plaidé coupable",
        no_contest: "N'a pas contesté les accusations (no contest)",
      },
      appealStatus: {
        none: "Pas d'appel",
        direct_appeal_pending: "Appel en cours",
        direct_appeal_decided: "Appel jugé",
        post_conviction_decided: "Recours après la condamnation (par exemple une demande de révision) jugé",
      },
      evidenceTypes: {
        dna: "ADN ou autres preuves biologiques",
        eyewitness: "Identification par un témoin oculaire",
        confession: "Des aveux",
        forensic: "Autres preuves scientifiques (police scientifique)",
        informant: "Le témoignage d'un informateur",
        alibi: "Un alibi",
        other: "Autre",
      },
      contactRole: { family: "Membre de la famille", supporter: "Ami ou soutien" },
      custodianKind: {
        court_clerk: "Un greffe de tribunal",
        police_evidence_room: "Un service des scellés de la police",
        laboratory: "Un laboratoire",
        other: "Ailleurs",
      },
    },
    duplicate: {
      title: "Cette demande a déjà été envoyée",
      body: (reference: string) =>
        `Nous avons déjà cette demande, avec la référence ${reference}. Elle a été modifiée après l'envoi, donc nous ne l'avons pas envoyée une deuxième fois. Utilisez le lien de suivi que nous vous avons donné, ou commencez une nouvelle demande.`,
    },
    stepErrorIntro: "Vos réponses sont gardées. Corrigez les points ci-dessous, puis continuez.",
    progress: (step: number, of: number) => `Étape ${step} sur ${of}`,
    continue: "Continuer",
    saveLater: "Enregistrer et continuer plus tard",
    back: "Retour",
    resumeCode: {
      label: "Votre code pour continuer plus tard",
      hint: (date: string) =>
        `Notez-le. Avec ce code, vous pouvez retrouver vos réponses sur n'importe quel appareil jusqu'au ${date}.`,
    },
    check: {
      title: "Vérifiez vos réponses",
      intro: "Relisez vos réponses avant de les envoyer. Vous pouvez changer chacune d'elles.",
      change: "Changer",
      notAnswered: "Pas de réponse",
      noFiles: "Aucun document ajouté.",
      send: "Quand vous envoyez la demande, l'organisation la reçoit. Vous recevez un numéro de référence et un lien privé pour voir où elle en est.",
    },
    saved: {
      title: "Votre demande est enregistrée",
      code: "Notez ce code. Vous en avez besoin pour continuer votre demande :",
      keptUntil: (date: string) =>
        `Nous gardons vos réponses et vos documents jusqu'au ${date}. Chaque fois que vous enregistrez, ils sont gardés plus longtemps.`,
      how: "Pour continuer, ouvrez ce site, choisissez « Reprendre une demande enregistrée » et tapez le code.",
      emailed: "Nous avons aussi envoyé un lien pour continuer à l'adresse e-mail que vous avez donnée.",
      continueNow: "Continuer maintenant",
    },
  },

  resume: {
    title: "Reprendre une demande enregistrée",
    intro: "Tapez le code reçu quand vous avez enregistré votre demande. Il ressemble à K7M3Q-XW2PA.",
    code: "Votre code",
    codeHint: "10 lettres et chiffres. Majuscules ou minuscules, les deux marchent.",
    submit: "Continuer",
    wrongCode:
      "Ce code n'ouvre aucune demande enregistrée. Vérifiez chaque lettre et chaque chiffre, puis réessayez. Une demande enregistrée est effacée si elle n'est pas enregistrée à nouveau pendant quelques semaines.",
    startNew: "Commencer plutôt une nouvelle demande",
  },
  /** The blank application form staff print and post to people who write in (/staff/questionnaire). */
  questionnaire: {
    title: "Demande d'aide pour une condamnation injuste",
    intro: (organization: string) =>
      `Remplissez ce formulaire pour demander à ${organization} d'examiner une condamnation. C'est gratuit. Merci d'écrire lisiblement. Si vous ne connaissez pas une réponse, laissez-la vide.`,
    returnTo: "Renvoyez ce formulaire à :",
    officeUse: "Réservé au bureau : référence",
    who: "Qui remplit ce formulaire ? Cochez une seule case.",
    applicantNote: "Si vous êtes la personne condamnée, ces questions parlent de vous.",
    submitterNote: "Seulement si vous n'êtes pas la personne condamnée.",
    innocence:
      "Pourquoi la condamnation est-elle injuste ? Avec vos propres mots : où était la personne, ce qui s'est vraiment passé, ce qui n'a pas marché au procès.",
    tickAll: "Cochez tout ce qui correspond.",
    contactsNote: "Des personnes à qui nous pouvons écrire au sujet de la demande, si vous le voulez.",
    signature: "Signature",
    date: "Date",
    documents:
      "Vous pouvez joindre des copies de papiers du tribunal ou de lettres. Gardez les originaux. Écrivez le nom de la personne condamnée sur chaque page.",
  },

  status: {
    title: "Où en est la demande",
    receivedTitle: "Merci. Votre demande a bien été reçue.",
    receivedBody:
      "Gardez le numéro de référence et le lien de cette page. Le lien est privé : toute personne qui l'a peut voir cette page.",
    reference: "Référence",
    organization: "Organisation",
    stage: "Étape",
    submitted: "Envoyée le",
    updated: "Dernier changement",
    link: "Votre lien privé",
    stages: {
      submitted: "Reçue. En attente d'une première lecture.",
      screening: "Comparée aux critères de l'organisation.",
      awaiting_confirmation: "En attente de l'accord écrit de la personne en prison.",
      in_review: "En cours d'étude.",
      awaiting_info: "En attente de plus d'informations.",
      awaiting_expert: "En attente de l'avis d'un expert.",
      accepted: "Acceptée par l'organisation.",
      referred: "Confiée à un avocat ou à une autre organisation.",
      routed: "Envoyée à l'organisation qui couvre ce lieu.",
      declined: "L'organisation ne peut pas prendre ce dossier.",
      closed: "Fermée.",
      withdrawn: "Retirée.",
    },
    reasonsTitle: "Les raisons données par l'organisation",
    directoryTitle: "D'autres organisations qui pourraient vous aider",
    nextTitle: "Et ensuite ?",
    happenedTitle: "Ce qui s'est passé",
    /**
     * Per stage, what happened and what comes next, for the person who sent the application and
     * for everyone else kept informed. `name` is the organization, or who took a referred case.
     */
    explain: {
      submitted: {
        happened: {
          submitter: (name: string) => `${name} a reçu votre demande.`,
          other: (name: string) => `${name} a reçu la demande.`,
        },
        next: {
          submitter:
            "D'abord, nous vérifions que le formulaire est complet et que nous prenons les dossiers du lieu de la condamnation. Cela prend en général quelques jours. Ensuite, un bénévole lit la demande.",
          other:
            "D'abord, l'organisation vérifie que le formulaire est complet et qu'elle prend les dossiers du lieu de la condamnation. Cela prend en général quelques jours. Ensuite, un bénévole lit la demande.",
        },
      },
      screening: {
        happened: {
          submitter: (name: string) => `${name} vérifie votre demande selon ses règles pour prendre un dossier.`,
          other: (name: string) => `${name} vérifie la demande selon ses règles pour prendre un dossier.`,
        },
        next: {
          submitter:
            "Si une autre organisation couvre le lieu de la condamnation, nous lui envoyons la demande. Sinon, un bénévole la lit. Cela prend en général quelques jours.",
          other:
            "Si une autre organisation couvre le lieu de la condamnation, la demande lui est envoyée. Sinon, un bénévole la lit. Cela prend en général quelques jours.",
        },
      },
      awaiting_confirmation: {
        happened: {
          submitter: (name: string) =>
            `${name} a reçu votre demande. Avant l'examen, la personne en prison doit donner son accord par écrit.`,
          other: (name: string) =>
            `${name} a reçu la demande. Avant l'examen, la personne en prison doit donner son accord par écrit.`,
        },
        next: {
          submitter: "Nous lui avons écrit. Quand sa lettre signée arrivera, un relecteur bénévole lira la demande.",
          other: "Quand la personne en prison aura donné son accord par écrit, un relecteur bénévole lira la demande.",
        },
      },
      in_review: {
        happened: {
          submitter: (name: string) => `Un bénévole de ${name} lit votre demande.`,
          other: (name: string) => `Un bénévole de ${name} lit la demande.`,
        },
        next: {
          submitter:
            "Le bénévole décide si l'organisation peut prendre le dossier, ou vous pose d'abord des questions. Vous n'avez rien à faire pour l'instant. Nous vous écrirons quand quelque chose change.",
          other:
            "Le bénévole décide si l'organisation peut prendre le dossier, ou pose d'abord des questions. Nous vous écrirons quand quelque chose change.",
        },
      },
      awaiting_info: {
        happened: {
          submitter: (name: string) =>
            `Le bénévole a besoin de plus d'informations. ${name} va vous écrire avec les questions.`,
          other: (name: string) => `${name} a demandé plus d'informations à la personne qui a envoyé la demande.`,
        },
        next: {
          submitter: "Quand votre réponse arrive, l'étude continue.",
          other: "Quand cette personne répond, l'étude continue. Vous n'avez rien à faire.",
        },
      },
      awaiting_expert: {
        happened: {
          submitter: (name: string) =>
            `Le bénévole de ${name} a demandé l'avis d'un expert, par exemple un scientifique, sur le dossier.`,
          other: (name: string) =>
            `Le bénévole de ${name} a demandé l'avis d'un expert, par exemple un scientifique, sur le dossier.`,
        },
        next: {
          submitter: "Quand l'expert répond, l'étude continue. Vous n'avez rien à faire.",
          other: "Quand l'expert répond, l'étude continue. Vous n'avez rien à faire.",
        },
      },
      accepted: {
        happened: {
          submitter: (name: string) => `Bonne nouvelle : ${name} a accepté votre dossier pour y travailler plus.`,
          other: (name: string) => `${name} a accepté le dossier pour y travailler plus.`,
        },
        next: {
          submitter:
            "L'organisation cherche maintenant un avocat pour prendre le dossier. Cela peut prendre de nombreux mois. Cette étape ne veut pas encore dire que la condamnation va changer. Vous n'avez rien à faire pour l'instant.",
          other:
            "L'organisation cherche maintenant un avocat pour prendre le dossier. Cela peut prendre de nombreux mois. Cette étape ne veut pas encore dire que la condamnation va changer.",
        },
      },
      referred: {
        happened: {
          submitter: (name: string) => `${name} a accepté de travailler sur votre dossier.`,
          other: (name: string) => `${name} a accepté de travailler sur le dossier.`,
        },
        next: {
          submitter:
            "À partir de maintenant, ils vous contacteront directement. Cela peut prendre du temps. Vous n'avez pas besoin de refaire une demande. Gardez votre numéro de référence.",
          other: "À partir de maintenant, ce sont eux qui s'occupent du dossier.",
        },
      },
      routed: {
        happened: {
          submitter: (name: string) =>
            `La condamnation a eu lieu dans un lieu que couvre ${name} : votre demande lui a donc été envoyée.`,
          other: (name: string) =>
            `La condamnation a eu lieu dans un lieu que couvre ${name} : la demande lui a donc été envoyée.`,
        },
        next: {
          submitter:
            "Ils vérifient la demande, puis un bénévole la lit. Vous n'avez pas besoin de refaire une demande, et votre référence reste la même.",
          other:
            "Ils vérifient la demande, puis un bénévole la lit. Personne n'a besoin de refaire une demande, et la référence reste la même.",
        },
      },
      declined: {
        happened: {
          submitter: (name: string) =>
            `Nous sommes désolés. Après une étude attentive, ${name} ne peut pas prendre votre dossier. Cela ne veut pas dire que l'organisation pense que la personne est coupable.`,
          other: (name: string) =>
            `Après une étude attentive, ${name} ne peut pas prendre le dossier. Cela ne veut pas dire que l'organisation pense que la personne est coupable.`,
        },
        next: {
          submitter: "Vous pouvez demander de l'aide à une autre organisation. Gardez bien vos papiers.",
          other: "Une autre organisation pourra peut-être aider.",
        },
      },
      closed: {
        happened: {
          submitter: (name: string) => `${name} a fermé ce dossier.`,
          other: (name: string) => `${name} a fermé ce dossier.`,
        },
        next: {
          submitter:
            "Il ne se passera plus rien avec cette demande. Si vous avez des questions, écrivez à l'organisation en donnant votre numéro de référence.",
          other: "Il ne se passera plus rien avec cette demande.",
        },
      },
      withdrawn: {
        happened: {
          submitter: (name: string) => `Votre demande à ${name} a été retirée.`,
          other: (name: string) => `La demande à ${name} a été retirée.`,
        },
        next: {
          submitter: "Il ne se passera plus rien avec cette demande. Vous pouvez refaire une demande à tout moment.",
          other: "Il ne se passera plus rien avec cette demande.",
        },
      },
    },
    dueBy: (date: string) => `Cela devrait se faire vers le ${date}.`,
    asked: {
      title: "Nous avons besoin d'informations de votre part",
      body: (date: string) =>
        `Le bénévole a des questions sur la demande. Merci d'y répondre d'ici le ${date}. Vous pouvez aussi ajouter des documents. Si vous ne connaissez pas une réponse, vous pouvez le dire.`,
      button: "Répondre aux questions",
    },
    /** The stage for someone on the case whom the reviewer's questions did not go to. */
    awaitingInfoFromOthers: "En attente de plus d'informations de la personne qui a envoyé la demande.",
  },

  /** An organization's wait, from its own data (the directory, the landing page, receipts and status pages). */
  wait: {
    received: "Demandes des 12 derniers mois",
    waiting: "En attente d'une première décision",
    time: "Délai d'une première réponse",
    withinMonths: (n: number) => `La plupart des demandes reçoivent une première réponse en environ ${n} mois.`,
    withinWeeks: (n: number) =>
      `La plupart des demandes reçoivent une première réponse en environ ${n} ${Number(n) === 1 ? "semaine" : "semaines"}.`,
    notEnoughData: "Pas encore assez de données pour dire combien de temps prend une première réponse.",
    asOf: (date: string) => `Compté le ${date}.`,
  },
  linkProblem: {
    unknownTitle: "Ce lien ne marche pas",
    unknownBody:
      "Vérifiez que le lien a été copié en entier. S'il ne marche toujours pas, écrivez à l'organisation en donnant votre numéro de référence.",
    expiredTitle: "Ce lien a expiré",
    expiredBody:
      "Pour votre sécurité, les liens cessent de marcher après un certain temps. Écrivez à l'organisation avec votre numéro de référence pour en recevoir un nouveau.",
    revokedTitle: "Ce lien a été désactivé",
    revokedBody:
      "L'organisation a désactivé ce lien. Écrivez-lui avec votre numéro de référence si vous avez besoin d'un nouveau lien.",
    usedTitle: "Ce lien a déjà été utilisé",
    usedBody: "Chaque réponse ne peut être envoyée qu'une fois. Rien n'a été changé.",
  },

  caseView: {
    reference: "Référence",
    organization: "Organisation",
    round: "Tour",
    due: "Merci de décider avant le",
    application: "La demande",
    submittedBy: "Envoyée par",
    roles: {
      self: "la personne condamnée",
      family: "un membre de la famille",
      supporter: "un soutien",
      defense_attorney: "l'avocat de la personne condamnée",
    },
    lawyers: "Avocats",
    contacts: "Personnes tenues informées",
    attachments: "Documents",
    noAttachments: "Aucun document n'a été envoyé.",
    download: "Télécharger",
    screening: "Vérification des critères",
    screeningVersion: (version: number) => `Version des critères : ${version}`,
    screeningResult: {
      pass: "Rempli",
      fail: "Non rempli — merci de vérifier",
      unknown: "À juger par une personne",
    },
    history: "Plus tôt dans ce dossier",
    decision: (round: number, outcome: string) => `Tour ${round} : ${outcome}`,
    answer: "La réponse de la personne qui a fait la demande",
    opinion: "L'avis de l'expert",
    noAnswer: "Aucune réponse n'est arrivée avant la date limite.",
    yes: "Oui",
    no: "Non",
    preserveEvidence: "Demander la conservation des preuves",
    preserveEvidenceHint:
      "Cochez si des preuves biologiques (sang, cheveux, ADN) existent ou pourraient exister. L'équipe de l'association écrira alors à qui les garde pour demander de ne pas les détruire.",
  },

  review: {
    title: "Étudier un dossier",
    intro:
      "Lisez la demande et choisissez la suite. Votre décision est envoyée quand vous appuyez sur le bouton ; ce lien ne sert qu'une fois.",
    formTitle: "Votre décision",
    decision: "Décision",
    outcomes: {
      accept: "Accepter : l'organisation prend le dossier et demande à un avocat d'y travailler",
      decline: "Refuser : l'organisation ne peut pas prendre le dossier",
      request_info: "Poser des questions à la personne qui a fait la demande, puis décider",
      consult_expert: "Demander l'avis d'un expert (scientifique, juriste), puis décider",
      refer: "Confier à une autre organisation membre",
    },
    outcomeNames: {
      accept: "accepté",
      decline: "refusé",
      request_info: "questions posées",
      consult_expert: "expert consulté",
      refer: "confié à une autre organisation",
    },
    reasonCodes: "Raisons du refus",
    reasonCodesHint: "La personne qui a fait la demande les reçoit en mots simples.",
    questions: "Questions pour la personne qui a fait la demande, ou pour l'expert",
    questionsHint:
      "Nécessaire si vous interrogez la personne ou un expert. L'expert ne voit ni les noms ni les coordonnées.",
    expertEmail: "Adresse e-mail de l'expert",
    organization: "Organisation à qui confier le dossier",
    note: "Note pour l'équipe de l'organisation",
    noteHint: "Pas montrée à la personne qui a fait la demande.",
    submit: "Envoyer la décision",
    thanksTitle: "Merci. Votre décision a été enregistrée.",
    thanksBody:
      "L'équipe de l'organisation et les personnes concernées seront prévenues. Vous pouvez fermer cette page.",
    errors: {
      decision: "Choisissez une décision.",
      reasonCodes: "Choisissez au moins une raison.",
      questions: "Écrivez les questions.",
      expertEmail: "Indiquez l'adresse e-mail de l'expert.",
      organization: "Choisissez une organisation.",
      expertDocuments: "Choisissez des documents dans la liste.",
    },
    readOnlyIntro:
      "Vous avez décidé pour ce dossier. Cette page est en lecture seule ; le dossier continue avec l'équipe de l'organisation.",
    yourDecision: "Votre décision",
    backToYourPage: "← Tous vos dossiers",
    expertDocuments: "Documents que l'expert peut voir",
    expertDocumentsHint:
      "Seulement pour l'avis d'un expert. L'expert voit seulement les documents que vous cochez ; les noms de la demande lui sont cachés dans la question, la demande et les noms de fichiers, mais pas dans les documents eux-mêmes.",
    organizationsServing: (place: string) => `Membres qui prennent les dossiers de ${place} :`,
    noOrganizationServes: "Aucun autre membre ne prend les dossiers de ce lieu.",
    showAllOrganizations: "Voir toutes les organisations",
  },

  reviewerPage: {
    title: "Vos dossiers",
    intro: (organization: string) =>
      `Les dossiers que vous étudiez pour ${organization}. Cette page est personnelle : ne partagez pas son lien.`,
    openTitle: "En attente de votre décision",
    noneOpen: "Aucun dossier ne vous attend pour l'instant. Merci.",
    decidedTitle: "Dossiers que vous avez décidés",
    noneDecided: "Vous n'avez encore décidé aucun dossier.",
    case: "Dossier",
    round: "Tour",
    dueBy: "À décider avant le",
    overdue: "date passée",
    decision: "Votre décision",
    decidedOn: "Décidé le",
    open: (reference: string) => `Ouvrir le dossier ${reference}`,
    read: (reference: string) => `Lire le dossier ${reference}`,
    back: "Retour à vos dossiers",
    askTitle: "Recevoir le lien de votre page personnelle",
    askIntro:
      "Les bénévoles qui étudient les dossiers, et les experts et partenaires de renvoi sollicités sur plus d'un dossier, ont une page personnelle avec tous leurs dossiers. Entrez l'adresse e-mail à laquelle l'organisation vous écrit, et nous y enverrons le lien.",
    email: "Votre adresse e-mail",
    submit: "M'envoyer mon lien",
    sentTitle: "Regardez vos e-mails",
    sentBody:
      "Si cette adresse a une page ici, un lien vers elle est en route. Cela peut prendre quelques minutes. Si rien n'arrive, demandez à l'organisation qui vous envoie des dossiers.",
    errors: { email: "Entrez une adresse e-mail comme nom@exemple.org." },
  },

  helperPage: {
    expert: {
      title: "Vos demandes d'avis d'expert",
      intro:
        "Les dossiers sur lesquels des organisations de lutte contre les condamnations injustes vous ont demandé votre avis. Cette page est personnelle : ne partagez pas son lien.",
      openTitle: "En attente de votre avis",
      noneOpen: "Aucune demande ne vous attend pour l'instant. Merci.",
      doneTitle: "Avis que vous avez envoyés",
      noneDone: "Vous n'avez encore envoyé aucun avis.",
    },
    referral_partner: {
      title: "Dossiers qui vous sont proposés",
      intro:
        "Les dossiers que des organisations de lutte contre les condamnations injustes vous ont proposés. Cette page est personnelle : ne partagez pas son lien.",
      openTitle: "En attente de votre réponse",
      noneOpen: "Aucun renvoi ne vous attend pour l'instant. Merci.",
      doneTitle: "Renvois auxquels vous avez répondu",
      noneDone: "Vous n'avez encore répondu à aucun renvoi.",
    },
    answerBy: "Répondre avant le",
    answeredOn: "Répondu le",
    accepted: "Vous l'avez accepté",
    declined: "Vous l'avez refusé",
  },
  respond: {
    title: "Répondre aux questions",
    intro:
      "La personne qui étudie le dossier a besoin de plus d'informations pour décider. Répondez ci-dessous et ajoutez les documents qui peuvent aider.",
    questions: "Les questions",
    answer: "Votre réponse",
    attachments: "Ajouter des documents",
    submit: "Envoyer la réponse",
    thanksTitle: "Merci. Votre réponse a été envoyée.",
    thanksBody:
      "Elle sera lue par la personne qui étudie le dossier. L'organisation vous écrira quand une décision sera prise.",
    errors: { answer: "Écrivez une réponse, ou ajoutez un document." },
  },

  consult: {
    title: "Demande d'avis d'expert",
    intro:
      "Une organisation d'aide aux personnes condamnées à tort vous demande votre avis sur un dossier. Les noms et les coordonnées ont été retirés.",
    question: "La question",
    conviction: "La condamnation",
    claim: "Ce que dit la personne pour montrer son innocence",
    opinion: "Votre avis",
    submit: "Envoyer l'avis",
    thanksTitle: "Merci. Votre avis a été envoyé.",
    thanksBody: "Il est transmis à la personne qui étudie le dossier. Vous pouvez fermer cette page.",
    errors: { opinion: "Écrivez votre avis." },
    readOnlyIntro: "Vous avez envoyé votre avis sur ce dossier. Cette page est en lecture seule.",
    yourOpinion: "Votre avis",
    namesReplaced:
      "Les noms de la demande sont remplacés par le rôle de chaque personne, entre crochets, dans la question, les détails du dossier et les noms de fichiers.",
    documents: "Documents que le bénévole a partagés avec vous",
    noDocuments: "Le bénévole n'a partagé aucun document.",
    roles: {
      applicant: "[le demandeur]",
      submitter: "[la personne qui a fait la demande]",
      family: "[un membre de la famille]",
      supporter: "[un soutien]",
      trial_attorney: "[l'avocat du procès]",
      appeal_attorney: "[l'avocat en appel]",
      current_attorney: "[l'avocat actuel]",
      co_defendant: "[un coaccusé]",
      person: "[une personne nommée dans la demande]",
    },
  },

  referral: {
    title: "Dossier confié",
    intro:
      "Une organisation d'aide aux personnes condamnées à tort vous confie ce dossier. Lisez le dossier et dites-nous si vous pouvez le prendre.",
    note: "Note de la personne qui a étudié le dossier",
    response: "Pouvez-vous prendre ce dossier ?",
    accept: "Oui, nous prenons le dossier",
    decline: "Non, nous ne pouvons pas le prendre",
    submit: "Envoyer la réponse",
    thanksTitle: "Merci. Votre réponse a été enregistrée.",
    thanksBody: "L'organisation a été prévenue. Vous pouvez fermer cette page.",
    errors: { response: "Choisissez oui ou non." },
    readOnlyIntro: "Vous avez répondu à ce renvoi. Cette page est en lecture seule.",
    youAccepted: "Vous avez accepté le dossier",
    youDeclined: "Vous avez refusé le dossier",
  },

  notFound: { title: "Page introuvable", body: "Il n'y a pas de page à cette adresse." },
  unauthorized: {
    title: "Merci de vous connecter",
    body: "Cette page est réservée à l'équipe des organisations membres. Connectez-vous avec votre compte, puis ouvrez-la à nouveau.",
  },
  forbidden: {
    title: "Vous ne pouvez pas ouvrir cette page",
    body: "Vous êtes connecté, mais votre compte n'a pas accès à cette page.",
  },
  tooManyRequests: {
    title: "Trop de demandes",
    body: "Trop de demandes sont venues de votre réseau en peu de temps. Rien n'est perdu : attendez une minute, puis réessayez.",
  },
  serverError: {
    title: "Un problème est survenu",
    body: "Rien de ce que vous avez envoyé n'est perdu. Merci de réessayer dans quelques minutes.",
  },
  tooLarge: {
    title: "Les fichiers sont trop gros",
    body: (maxMb: number) =>
      `Tous les fichiers ensemble peuvent faire jusqu'à ${maxMb} Mo. Revenez en arrière et choisissez des fichiers plus petits ou moins nombreux.`,
  },

  errors: {
    required: "Remplissez ce champ.",
    too_long: "C'est trop long. Merci de raccourcir.",
    too_many: "Il y a trop d'éléments.",
    invalid_email: "Indiquez une adresse e-mail comme nom@exemple.org.",
    invalid_date: "Indiquez une date sous la forme année-mois-jour, par exemple 1980-02-29.",
    invalid_choice: "Choisissez une des réponses proposées.",
    invalid_value: "Cette réponse n'est pas valable.",
    human_check_failed:
      "La vérification que vous êtes une personne n'a pas réussi. Merci de réessayer ; rien de ce que vous avez écrit n'est perdu.",
    invalid_jurisdiction: "Choisissez un lieu dans la liste.",
    email_or_address: "Donnez une adresse e-mail ou une adresse postale, pour que l'organisation puisse vous répondre.",
    must_consent: "L'organisation ne peut étudier le dossier qu'avec cette autorisation.",
    unknown_organization: "Choisissez une organisation dans la liste.",
    no_organization_serves:
      "Aucune organisation de ce réseau n'accepte encore les dossiers de ce lieu. Voyez la liste des organisations sur la page d'accueil.",
    type_not_allowed: (name: string) =>
      `« ${name} » n'a pas été ajouté : seuls les fichiers PDF, JPEG, PNG, HEIC, TIFF, texte et Word (DOCX) peuvent être envoyés.`,
    file_too_large: (name: string, maxMb: number) =>
      `« ${name} » n'a pas été ajouté : chaque fichier peut faire jusqu'à ${maxMb} Mo.`,
    too_many_files: (name: string, max: number) =>
      `« ${name} » n'a pas été ajouté : vous pouvez envoyer au plus ${max} fichiers.`,
    application_too_large: (name: string, maxMb: number) =>
      `« ${name} » n'a pas été ajouté : tous les fichiers ensemble peuvent faire jusqu'à ${maxMb} Mo.`,
  },

  declineReasons: {
    text: {
      outside_jurisdiction: "La condamnation a eu lieu dans un endroit que cette organisation ne couvre pas.",
      no_innocence_claim:
        "Cette organisation prend seulement les dossiers où la personne dit qu'elle n'a pas commis le crime. La demande ne dit pas cela.",
      appeals_pending:
        "L'affaire est encore devant la justice, par exemple en appel. Vous pourrez faire une nouvelle demande quand ce sera fini.",
      no_new_evidence:
        "Nous n'avons pas trouvé de nouvelle preuve, ni de nouveau moyen de montrer l'innocence, sur lesquels nous pourrions travailler.",
      case_type_excluded: "Cette organisation ne prend pas ce type de dossier.",
      sentence_served: "Cette organisation prend seulement les dossiers où la peine n'est pas encore finie.",
      capacity: "En ce moment, cette organisation n'a pas assez d'avocats ni de temps pour prendre plus de dossiers.",
      other: "Il y a une autre raison pour laquelle nous ne pouvons pas prendre le dossier.",
    },
    label: {
      outside_jurisdiction: "Hors de notre territoire",
      no_innocence_claim: "Pas d'affirmation d'innocence",
      appeals_pending: "Recours encore en cours",
      no_new_evidence: "Pas de nouvelle preuve",
      case_type_excluded: "Type de dossier non accepté",
      sentence_served: "Peine déjà purgée",
      capacity: "Pas de place en ce moment",
      other: "Autre raison",
    },
  },

  emails: {
    greeting: {
      person: (name: string) => `Bonjour ${name},`,
      lawyer: (name: string) => `Maître ${name},`,
      organization: (name: string) => `À l'équipe de ${name},`,
    },
    referenceLabel: {
      yours: "Votre référence",
      plain: "Référence",
      case: "Référence du dossier",
    },
    footer: {
      applicantSide: "Vous recevez ce message à cause d'une demande d'aide après une condamnation injuste.",
      reviewer:
        "Vous recevez ce message parce que vous étudiez, comme bénévole, des demandes d'aide après une condamnation injuste.",
      expert:
        "Vous recevez ce message parce que l'on vous a demandé un avis d'expert sur une demande d'aide après une condamnation injuste.",
      referralPartner: "Vous recevez ce message parce que vous prenez en charge des dossiers d'erreurs judiciaires.",
      staff:
        "Message automatique du système de demandes. Il a été envoyé à l'adresse de réception des demandes de l'organisation.",
      custodian:
        "Vous recevez cette lettre parce qu'elle concerne des preuves dans une affaire de possible condamnation injuste.",
    },
    letter: {
      prisonNumber: (number: string) => `N° ${number}`,
      writeBack:
        "Pour nous écrire, utilisez l'adresse en haut de cette lettre. Merci d'indiquer votre référence sur chaque page.",
    },
    openCase: "Ouvrir le dossier",
    personalLinkNote:
      "Ce lien est personnel et marche sans compte. Merci de ne pas le transférer : toute personne qui l'a peut voir le dossier.",
    reviewSteps:
      "Ce qu'il faut faire : ouvrez le lien ci-dessous, lisez le dossier et choisissez une décision sur la page.",
    decideBy: (date: string) => `Merci de décider au plus tard le ${date}.`,
    acknowledgement: {
      subject: (reference: string) => `Demande reçue — ${reference}`,
      submitter: (organization: string) => `${organization} a bien reçu votre demande. Merci de nous faire confiance.`,
      contact: (organization: string, applicant: string) =>
        `${organization} a reçu une demande pour ${applicant}. Votre nom a été donné comme personne à tenir informée : nous vous écrirons quand le dossier avancera.`,
      next: "Et ensuite : une personne de notre équipe lit chaque demande. Cela peut prendre plusieurs mois, et nous vous écrirons dès que quelque chose change. Vous n'avez pas besoin de l'envoyer à nouveau.",
      button: "Voir où en est la demande",
      linkNote: "Ce lien est privé. Ne le partagez pas : toute personne qui l'a peut voir où en est la demande.",
    },
    reviewRequest: {
      subject: {
        new: (reference: string) => `Dossier à étudier — ${reference}`,
        answer_received: (reference: string) => `La personne a répondu — ${reference}`,
        opinion_received: (reference: string) => `Avis d'expert reçu — ${reference}`,
        reassigned: (reference: string) => `Dossier à étudier, qui vous est confié — ${reference}`,
        returned: (reference: string) => `Dossier de retour pour étude — ${reference}`,
      },
      intro: {
        new: (organization: string) =>
          `${organization} vous demande d'étudier un nouveau dossier. Merci pour votre aide.`,
        answer_received: (organization: string) =>
          `La personne qui a fait la demande a répondu à vos questions. La réponse est maintenant sur la page du dossier. ${organization} vous demande de continuer votre étude.`,
        opinion_received: (organization: string) =>
          `L'expert a envoyé son avis. Il est maintenant sur la page du dossier. ${organization} vous demande de continuer votre étude.`,
        reassigned: (organization: string) =>
          `${organization} vous confie ce dossier parce que la première personne n'a pas pu finir de l'étudier. Merci de le prendre.`,
        returned: (organization: string) =>
          `${organization} a renvoyé ce dossier à l'étude. Merci de le relire, avec ce qu'il y a de nouveau sur la page du dossier, et de décider.`,
      },
      flags: (count: number) =>
        count === 1
          ? "La vérification des critères a relevé 1 point qui demande votre attention."
          : `La vérification des critères a relevé ${count} points qui demandent votre attention.`,
    },
    ownPage: {
      line: {
        reviewer:
          "Tous les dossiers que vous avez, avec leurs délais, et ceux que vous avez décidés sont sur votre page :",
        expert: "Tous les dossiers sur lesquels on vous a demandé un avis, avec leurs délais, sont sur votre page :",
        referral_partner:
          "Tous les dossiers qui vous sont proposés, avec leurs délais, et vos réponses sont sur votre page :",
      },
      note: "Ce lien est aussi personnel. Si vous le perdez, redemandez-le à",
    },
    ownPageLink: {
      subject: {
        reviewer: "Votre page de bénévole",
        expert: "Votre page de demandes d'avis d'expert",
        referral_partner: "Votre page de dossiers proposés",
      },
      intro: {
        reviewer: (organization: string) =>
          `Vous avez demandé le lien de votre page de bénévole chez ${organization}. Elle montre les dossiers que vous avez, avec leurs délais, et ceux que vous avez décidés.`,
        expert: (_organization: string) =>
          "Vous avez demandé le lien de votre page de demandes d'avis d'expert. Elle montre les dossiers sur lesquels on vous a demandé un avis, avec leurs délais, et les avis que vous avez envoyés.",
        referral_partner: (_organization: string) =>
          "Vous avez demandé le lien de votre page de dossiers proposés. Elle montre les dossiers qui vous sont proposés, avec leurs délais, et vos réponses.",
      },
      button: "Ouvrir ma page",
      ignore:
        "Si vous n'avez rien demandé, vous pouvez ignorer ce message : le lien a été envoyé seulement à vous. Ne le transférez pas ; toute personne qui l'a peut voir vos dossiers.",
    },
    reviewReleased: {
      subject: (reference: string) => `Vous n'avez plus besoin d'étudier ce dossier — ${reference}`,
      intro: {
        staff: (organization: string) =>
          `${organization} a confié ce dossier à un autre bénévole. Vous n'avez plus rien à faire avec lui.`,
        no_answer: (organization: string) =>
          `Nous n'avions pas de nouvelles de vous sur ce dossier : ${organization} l'a donc confié à un autre bénévole, pour que le demandeur n'attende pas plus. Nous savons que les bénévoles ont une vie chargée ; vous n'avez pas besoin de répondre.`,
      },
      linkOff: "Le lien d'étude que nous vous avions envoyé pour ce dossier ne marche plus.",
      thanks: "Merci pour le temps que vous donnez à ce travail.",
    },
    reviewReminder: {
      subject: (reference: string) => `Rappel : dossier à étudier — ${reference}`,
      lastSubject: (reference: string) => `Dernier rappel : dossier à étudier — ${reference}`,
      intro: "Un dossier attend encore votre décision. Merci pour votre temps.",
      last: "C'est le dernier rappel. Sans décision, le dossier sera confié à une autre personne.",
    },
    staffAlert: {
      subject: (kind: string, reference: string) => `${kind} — ${reference}`,
      greeting: (organization: string) => `À l'équipe de ${organization},`,
      alerts: {
        reviewer_silent: {
          subject: "Pas de réponse de la personne chargée de l'étude",
          what: "La personne chargée d'étudier ce dossier n'a pas décidé à temps, même après les rappels.",
          todo: "Merci de vérifier le dossier et de le confier à une autre personne si besoin.",
        },
        no_reviewer: {
          subject: "Personne pour étudier le dossier",
          what: "Aucun bénévole n'est disponible pour étudier ce dossier.",
          todo: "Merci de confier le dossier à quelqu'un à la main, ou d'ajouter des bénévoles à la liste.",
        },
        quorum_split: {
          subject: "Avis partagés",
          what: "Les personnes qui ont étudié ce dossier ne sont pas d'accord sur la décision.",
          todo: "Merci de lire leurs avis et de prendre la décision.",
        },
        referral_declined: {
          subject: "Dossier refusé par le partenaire",
          what: "Un partenaire a refusé de prendre ce dossier.",
          todo: "Merci de vérifier le dossier et de choisir un autre partenaire si besoin.",
        },
        referral_lapsed: {
          subject: "Pas de réponse du partenaire",
          what: "Un partenaire n'a pas répondu avant la date limite.",
          todo: "Merci de contacter le partenaire ou d'en choisir un autre.",
        },
        referrals_exhausted: {
          subject: "Aucun partenaire n'a pris le dossier",
          what: "Tous les partenaires sollicités ont refusé ou n'ont pas répondu.",
          todo: "Merci de décider de la suite : trouver un autre avocat ou une autre organisation, ou fermer le dossier.",
        },
        workflow_stuck: {
          subject: "Le dossier n'avance plus",
          what: "Les étapes automatiques de ce dossier ont échoué plusieurs fois : il n'avance plus tout seul.",
          todo: "Merci d'ouvrir le dossier et de le faire avancer à la main. Si cela se reproduit, prévenez votre contact technique.",
        },
        mail_refused: {
          subject: "E-mail non remis",
          what: "Le service de messagerie a refusé pour de bon un e-mail sur ce dossier, il n'a donc pas été renvoyé.",
          todo: "Merci de joindre la personne autrement, et de vérifier son adresse e-mail.",
        },
        mail_refused_letter: {
          subject: "E-mail non remis : lettre à imprimer",
          what: "Le service de messagerie a refusé pour de bon un e-mail sur ce dossier. Le même message attend sous forme de lettre.",
          todo: "Merci de l'imprimer et de la poster depuis la page des lettres, et de vérifier l'adresse e-mail de la personne.",
        },
        task_overdue: {
          subject: "Tâche en retard",
          what: "Une tâche de ce dossier a dépassé sa date et n'est pas marquée comme faite.",
          todo: "Merci de la faire, ou de lui donner une nouvelle date sur la page du dossier.",
        },
        preservation_due: {
          subject: "Lettre de conservation des preuves non envoyée",
          what: "La lettre qui demande de conserver les preuves biologiques de ce dossier est à envoyer, et elle n'est pas marquée comme envoyée.",
          todo: "Imprimez-la et postez-la depuis la page des lettres, ou marquez la tâche comme faite si elle est partie autrement. Nous vous le rappelons chaque semaine jusque-là.",
        },
      },
      detailLabel: "Note",
      lookup: "Cherchez le dossier par sa référence pour voir les détails.",
    },
    infoRequest: {
      subject: (reference: string) => `Questions sur la demande — ${reference}`,
      intro: (organization: string) =>
        `${organization} lit la demande. Nous avons quelques questions. Vos réponses nous aident à comprendre le dossier.`,
      questionsLabel: "Nos questions",
      how: "Vous pouvez répondre sur la page ci-dessous. Vous pouvez aussi y ajouter des documents, comme des papiers du tribunal ou des lettres. Si vous ne savez pas répondre à une question, vous pouvez le dire, ce n'est pas grave.",
      howByPost:
        "Merci d'écrire vos réponses sur papier et de nous les envoyer par la poste. Indiquez votre référence sur chaque page. Vous pouvez joindre des copies de papiers utiles, comme des papiers du tribunal ou des lettres ; gardez les originaux. Si vous ne savez pas répondre à une question, vous pouvez le dire, ce n'est pas grave.",
      due: (date: string) => `Merci de répondre au plus tard le ${date}.`,
      button: "Répondre aux questions",
      linkNote: "Ce lien est privé. Ne le partagez pas : toute personne qui l'a peut voir les questions et y répondre.",
    },
    draftSaved: {
      subject: "Votre demande enregistrée",
      greeting: "Bonjour,",
      intro: "Vous avez enregistré votre demande d'aide pour une condamnation injuste, pour la finir plus tard.",
      how: "Pour reprendre là où vous vous êtes arrêté, ouvrez le lien ci-dessous. Vous pouvez aussi taper le code que vous avez noté sur la page « Reprendre une demande enregistrée ».",
      keptUntil: (date: string) =>
        `Nous gardons ce que vous avez écrit jusqu'au ${date}. Ensuite, c'est effacé, avec les documents ajoutés. Chaque fois que vous enregistrez, c'est gardé plus longtemps.`,
      button: "Continuer ma demande",
      linkNote: "Ce lien est privé. Ne le partagez pas : toute personne qui l'a peut voir et changer votre demande.",
    },
    expertRequest: {
      subject: (reference: string) => `Demande d'avis d'expert — ${reference}`,
      greeting: "Bonjour,",
      intro: (organization: string) =>
        `${organization} aide des personnes qui ont peut-être été condamnées à tort. La personne qui étudie un dossier vous demande votre avis d'expert. Merci de bien vouloir l'examiner.`,
      questionLabel: "La question",
      how: "La page ci-dessous montre le dossier sans les informations personnelles. Merci de le lire et d'envoyer votre avis sur cette même page.",
      due: (date: string) => `Merci d'envoyer votre avis au plus tard le ${date}.`,
    },
    caseAccepted: {
      subject: (reference: string) => `Dossier accepté pour la suite du travail — ${reference}`,
      body: {
        submitter: (organization: string) => [
          `Nous avons une bonne nouvelle. ${organization} a accepté votre dossier pour continuer à y travailler.`,
          "Nous allons maintenant demander à un avocat de prendre votre dossier. Cela peut prendre du temps, parfois de nombreux mois. Nous vous écrirons quand il y aura du nouveau.",
          "C'est une étape importante. Cela ne veut pas encore dire que la condamnation va changer. Vous n'avez rien à faire pour le moment.",
        ],
        contact: (organization: string, applicant: string) => [
          `${organization} a accepté le dossier de ${applicant} pour continuer à y travailler.`,
          "Un avocat va être sollicité pour prendre le dossier. Cela peut prendre du temps. Nous vous écrirons quand il y aura du nouveau.",
        ],
        attorney: (organization: string, applicant: string) => [
          `Après examen, ${organization} a accepté le dossier de ${applicant} pour une enquête plus approfondie.`,
          "Nous allons maintenant chercher un avocat bénévole (pro bono) pour prendre en charge le dossier. Cela peut prendre un certain temps.",
          "Nous vous contacterons pour nous coordonner, notamment pour l'accès au dossier. Merci pour votre travail sur cette affaire.",
        ],
      },
    },
    referralRequest: {
      subject: (reference: string) => `Dossier à confier : pouvez-vous le prendre ? — ${reference}`,
      ask: {
        lawyer: (organization: string) =>
          `${organization} a examiné une demande pour erreur judiciaire et l'a acceptée pour la suite du travail. Nous souhaitons savoir si vous pouvez prendre ce dossier en tant qu'avocat bénévole (pro bono).`,
        organization: (organization: string) =>
          `${organization} a examiné une demande pour erreur judiciaire et l'a acceptée pour la suite du travail. Nous souhaitons savoir si votre organisation, membre du réseau, peut prendre ce dossier.`,
      },
      steps:
        "Ce qu'il faut faire : ouvrez le lien ci-dessous et lisez le dossier. Ensuite, acceptez ou refusez le dossier sur la page.",
      due: (date: string) =>
        `Merci de répondre au plus tard le ${date}. Si vous refusez, nous demanderons à quelqu'un d'autre : une réponse rapide nous aide.`,
      button: "Ouvrir le dossier",
    },
    caseReferred: {
      subject: (reference: string) => `Dossier confié pour la suite du travail — ${reference}`,
      body: {
        submitter: (organization: string, referredTo: string) => [
          `Nous avons des nouvelles de votre dossier. ${organization} l'a confié à ${referredTo}, qui a accepté d'y travailler.`,
          `À partir de maintenant, ${referredTo} vous contactera directement. Cela peut prendre un peu de temps.`,
          "Merci de garder votre numéro de référence. Vous n'avez pas besoin de faire une nouvelle demande.",
        ],
        contact: (organization: string, referredTo: string, applicant: string) => [
          `${organization} a confié le dossier de ${applicant} à ${referredTo}, qui a accepté d'y travailler.`,
          `À partir de maintenant, ${referredTo} s'occupe du dossier.`,
        ],
        attorney: (organization: string, referredTo: string, applicant: string) => [
          `${organization} a confié le dossier de ${applicant} à ${referredTo}, qui a accepté de le prendre en charge.`,
          `${referredTo} vous contactera pour se coordonner avec vous, notamment pour la transmission du dossier. Merci pour votre collaboration.`,
        ],
      },
    },
    caseDeclined: {
      subject: (reference: string) => `Décision sur la demande — ${reference}`,
      body: {
        submitter: (organization: string) => [
          `Nous sommes désolés. Après une étude attentive, ${organization} ne peut pas prendre votre dossier.`,
          "Cette décision ne veut pas dire que nous pensons que vous êtes coupable. Elle veut seulement dire que nous ne pouvons pas aider dans ce dossier.",
        ],
        contact: (organization: string, applicant: string) => [
          `Nous sommes désolés. Après une étude attentive, ${organization} ne peut pas prendre le dossier de ${applicant}.`,
          `Cette décision ne veut pas dire que nous pensons que ${applicant} est coupable.`,
        ],
        attorney: (organization: string, applicant: string) => [
          `Après examen, ${organization} a décidé qu'elle ne peut pas prendre en charge le dossier de ${applicant}.`,
          "Cette décision tient à nos critères et à nos moyens. Elle ne signifie pas que votre client est coupable.",
        ],
      },
      reasonsLabel: "Pourquoi nous ne pouvons pas prendre le dossier :",
      directoryLabel: "Ces organisations pourraient peut-être aider :",
      takesCasesFrom: "Accepte les dossiers de",
      elsewhere: {
        submitter:
          "Vous pouvez demander de l'aide ailleurs. Merci de garder vos papiers. Merci de nous avoir confié votre demande.",
        contact: "Une aide est peut-être possible ailleurs. Merci pour votre soutien.",
        attorney: "Votre client peut chercher de l'aide ailleurs. Merci de nous avoir présenté ce dossier.",
      },
    },
    preservationRequest: {
      subject: (reference: string) => `Demande de conservation de preuves biologiques — ${reference}`,
      custodians: {
        court_clerk: "Madame, Monsieur le greffier en chef",
        police_evidence_room: "Service des scellés",
        laboratory: "Le laboratoire",
        other: "Le service qui garde les preuves",
      },
      greeting: "Madame, Monsieur,",
      intro: (organization: string, applicant: string) =>
        `${organization} examine la condamnation de ${applicant}, qui se dit innocent(e). Des preuves biologiques de cette affaire, comme du sang, des cheveux, des cellules de peau ou d'autres éléments pouvant contenir de l'ADN, pourraient montrer qui a commis le crime.`,
      ask: "Nous vous demandons de conserver toutes les preuves biologiques et toutes les autres pièces à conviction de cette affaire que vous détenez. Merci de ne pas les détruire, les épuiser par des analyses ni les restituer, et de nous prévenir avant toute décision à leur sujet.",
      answer: (email: string) =>
        `Merci de nous écrire pour nous dire quelles preuves vous détenez et qu'elles seront conservées, en rappelant notre référence. Vous pouvez aussi écrire à ${email}.`,
      caseTitle: "L'affaire",
      facts: {
        person: "Personne condamnée",
        otherNames: "Autres noms",
        dateOfBirth: "Date de naissance",
        place: "Lieu de la condamnation",
        court: "Tribunal",
        caseNumber: "Numéro de dossier",
        offenses: "Condamnée pour",
        convictionDate: "Date de la condamnation",
      },
      signOff: (organization: string) =>
        `Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n${organization}`,
    },
    staffMessage: {
      subject: (reference: string) => `Un message sur la demande — ${reference}`,
      signOff: (organization: string) => `Bien cordialement,\n${organization}`,
      reply: "Pour répondre, répondez à cet e-mail ou écrivez-nous. Merci de donner le numéro de référence.",
    },
    appliedForYou: {
      subject: (reference: string) => `Une demande d'aide pour votre dossier — ${reference}`,
      who: (name: string, relation: string) => `${name} (${relation})`,
      roles: {
        family: "un membre de votre famille",
        supporter: "un ami ou un soutien",
        defense_attorney: "votre avocat",
      },
      intro: (who: string, organization: string) =>
        `${who} a demandé à ${organization} d'examiner votre condamnation. ${organization} aide les personnes qui ont peut-être été condamnées à tort. C'est gratuit.`,
      yourSay:
        "Vous pouvez nous écrire à ce sujet : pour nous en dire plus sur votre dossier, pour poser une question, ou pour nous dire que vous ne voulez pas que nous l'examinions.",
      confirm:
        "Avant d'examiner votre dossier, nous avons besoin de votre accord écrit. Écrivez-nous que vous voulez que nous examinions votre dossier, signez votre lettre et indiquez-y votre référence.",
      next: (submitter: string) => `Nous tiendrons ${submitter} au courant. Vous pouvez nous écrire à tout moment.`,
    },
    caseRouted: {
      subject: (reference: string) => `Demande envoyée à une autre organisation — ${reference}`,
      body: {
        submitter: (from: string, to: string) => [
          `${from} a reçu votre demande. La condamnation a eu lieu dans un endroit que couvre ${to}.`,
          `${from} a donc envoyé votre demande à ${to}. Cette organisation va la lire et vous écrire.`,
          "Vous n'avez pas besoin de faire une nouvelle demande. Votre référence reste la même.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `La demande pour ${applicant} a été envoyée par ${from} à ${to}, qui couvre le lieu de la condamnation.`,
          "Personne n'a besoin de faire une nouvelle demande. La référence reste la même.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `La demande concernant ${applicant} a été transmise par ${from} à ${to}, compétente pour le lieu de la condamnation.`,
          `Aucune nouvelle demande n'est nécessaire et la référence ne change pas. ${to} poursuivra l'examen et vous contactera si besoin.`,
        ],
      },
      movedBody: {
        submitter: (from: string, to: string) => [
          `${from} a transmis votre demande à ${to}, mieux placée pour étudier votre dossier.`,
          `${to} va la lire et vous écrire.`,
          "Vous n'avez pas besoin de refaire une demande. Votre référence reste la même.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `${from} a transmis la demande pour ${applicant} à ${to}, mieux placée pour étudier le dossier.`,
          "Personne n'a besoin de refaire une demande. La référence reste la même.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `${from} a transféré la demande concernant ${applicant} à ${to}, mieux placée pour étudier le dossier.`,
          `Aucune nouvelle demande n'est nécessaire, et la référence ne change pas. ${to} poursuit l'étude et vous contactera si besoin.`,
        ],
      },
    },
  },

  staff: {
    nav: {
      label: "Équipe",
      queue: "Liste des dossiers",
      newCase: "Saisir une demande reçue par courrier",
      letters: "Lettres à imprimer",
      questionnaire: "Questionnaire",
      reports: "Rapports",
      exports: "Exports",
      partners: "Partenaires de renvoi",
      apiDocs: "Référence de l'API",
    },
    statuses: {
      submitted: "envoyé",
      screening: "vérification des critères",
      awaiting_confirmation: "en attente de confirmation",
      in_review: "en cours d'étude",
      awaiting_info: "en attente d'informations",
      awaiting_expert: "en attente de l'expert",
      accepted: "accepté",
      referred: "confié",
      routed: "transmis",
      declined: "refusé",
      closed: "fermé",
      withdrawn: "retiré",
    },
    notYet: "pas encore",
    formRefused: {
      title: "Ce formulaire a été refusé",
      body: "Il ne venait pas des pages de ce site, donc rien n'a été changé. Revenez en arrière, rechargez la page et envoyez le formulaire à nouveau.",
    },
    queue: {
      title: "Liste des dossiers",
      errorTitle: "Ces filtres n'ont pas pu être utilisés",
      filters: "Trouver des dossiers",
      status: "Statut",
      anyStatus: "Tous les statuts",
      organization: "Organisation",
      anyOrganization: "Toutes les organisations",
      reviewer: "Personne chargée de l'étude",
      anyReviewer: "Toutes les personnes",
      reviewerOption: (name: string, organization: string) => `${name} (${organization})`,
      inactiveReviewerOption: (name: string, organization: string) => `${name} (${organization}, inactif)`,
      submittedFrom: "Envoyé à partir du",
      submittedTo: "Envoyé jusqu'au",
      overdueOnly: "En retard seulement (quelqu'un qui devait agir a dépassé la date limite)",
      stuckOnly: "Bloqués seulement (n'avancent plus tout seuls : à faire avancer à la main)",
      show: "Afficher les dossiers",
      clear: "Effacer la recherche et les filtres",
      search: "Rechercher",
      searchHint: (max: number) =>
        `Une référence, une adresse e-mail, un numéro d'écrou ou de dossier judiciaire, ou un nom : des mots entiers, dans n'importe quel ordre (${max} au plus). Les filtres ci-dessous affinent le résultat.`,
      captionFound: (query: string, shown: number, continued: boolean) =>
        `Dossiers trouvés pour « ${query} », les plus récents d'abord${continued ? " (suite)" : ""} : ${shown} affichés`,
      emptySearch: "Aucun dossier ne correspond à cette recherche et à ces filtres.",
      preservationOnly: "Lettre de conservation des preuves pas encore envoyée",
      preservationDue: "Lettre de conservation des preuves à envoyer le",
      exportCsv: "Exporter ces dossiers en CSV",
      caption: (shown: number) => `Dossiers, du plus récent au plus ancien : ${shown} affichés`,
      captionContinued: (shown: number) => `Dossiers, du plus récent au plus ancien (suite) : ${shown} affichés`,
      empty: "Aucun dossier ne correspond à ces filtres.",
      columns: {
        reference: "Référence",
        organization: "Organisation",
        applicant: "Demandeur",
        status: "Statut",
        submitted: "Envoyé",
        stageDue: "Échéance de l'étape",
        possibleDuplicates: "Doublons possibles",
        nextTask: "Prochaine tâche",
      },
      nothingOpen: "rien en attente",
      overdue: "en retard",
      stuck: "bloqué",
      firstPage: "Première page",
      nextPage: "Page suivante",
      errors: {
        status: (unknown: string) => `Statut inconnu : ${unknown}.`,
        overdue: "« En retard » est soit coché (true), soit laissé vide.",
        stuck: "« Bloqués » est soit coché (true), soit laissé vide.",
        submittedFrom: "Indiquez le premier jour sous forme de date, par exemple 2026-11-01.",
        submittedTo: "Indiquez le dernier jour sous forme de date, par exemple 2026-11-30.",
        limit: "Le nombre de dossiers par page (limit) doit être un nombre entier de 1 à 200.",
        cursor: "Ce lien de page n'est pas valable. Recommencez depuis la première page.",
        myTasks: "« Mes tâches » est soit cochée (true), soit laissée de côté.",
        dueThisWeek: "« Tâches de la semaine » est soit cochée (true), soit laissée de côté.",
        preservation: "« Lettre de conservation non envoyée » est soit cochée (true), soit laissée vide.",
      },
      myTasks: "Mes tâches (dossiers avec une de mes tâches ouvertes)",
      dueThisWeek: "Tâches de la semaine (dans les sept prochains jours, ou en retard)",
      noTask: "aucune",
      erased: "(effacée)",
    },
    case: {
      title: (reference: string) => `Dossier ${reference}`,
      errorTitle: "Cela n'a pas pu être fait",
      done: {
        reassigned: "L'étude a été confiée à une autre personne. Elle a reçu le lien par e-mail.",
        withdrawn: "La demande a été retirée. Les demandes en cours et leurs liens ont été annulés.",
        closed: "Le dossier a été fermé. Les demandes en cours et leurs liens ont été annulés.",
        offered: "Le dossier est proposé. Le partenaire ou l'organisation reçoit le dossier par e-mail dans la minute.",
        returned:
          "Le dossier est renvoyé à l'étude. Les demandes ouvertes ont été annulées ; les personnes chargées de l'étude reçoivent un e-mail dans la minute.",
        reopened:
          "Le dossier a été rouvert et il est de nouveau à l'étude. Les personnes chargées de l'étude reçoivent un e-mail dans la minute.",
        moved:
          "Le dossier a été transféré. Les personnes chargées de l'étude dans l'autre organisation et le côté du demandeur reçoivent un e-mail dans la minute.",
        emailed: "Le message a été envoyé par e-mail.",
        letter: "Le message attend dans « Lettres à imprimer » : imprimez-le et postez-le.",
        logged: "C'est enregistré, avec les scans.",
        noted: "La note a été ajoutée.",
        task: "La tâche a été ajoutée.",
        taskChanged: "La tâche a été modifiée.",
        confirmed: "La confirmation a été enregistrée. Les relecteurs reçoivent un e-mail dans la minute.",
        answered: "La réponse a été enregistrée, avec ses scans. Les relecteurs reçoivent un e-mail dans la minute.",
        entered:
          "La demande reçue par courrier a été enregistrée avec ses scans, et son examen a commencé. Une réponse à quelqu'un sans e-mail attend dans Lettres à imprimer.",
      },
      summary: {
        title: "Résumé",
        reference: "Référence",
        status: "Statut",
        organization: "Organisation",
        source: "Origine",
        language: "Langue",
        sentBy: "Envoyé par",
        submitted: "Envoyé",
        updated: "Dernière mise à jour",
      },
      sources: { web_form: "formulaire web", api: "API", paper_mail: "courrier papier" },
      actions: {
        title: "Actions",
        nothingMore: (status: string) => `Ce dossier est ${status} : il n'y a plus rien à faire ici.`,
        reassignTitle: "Confier une étude à une autre personne",
        review: "Étude",
        reviewOption: (round: number, reviewer: string, due: string) => `Tour ${round} : ${reviewer}, échéance ${due}`,
        newReviewer: "Nouvelle personne",
        leastLoaded: "La personne la moins chargée qui n'a pas vu le dossier",
        reassign: "Confier l'étude",
        withdrawTitle: "Retirer la demande",
        withdrawBody: "À la demande du demandeur. Cela arrête l'examen et annule tous les liens de demande ouverts.",
        withdrawConfirm: "La personne a demandé à retirer sa demande",
        withdraw: "Retirer la demande",
        closeTitle: "Fermer le dossier",
        closeBody:
          "Cela arrête l'étude et annule tous les liens de demande ouverts. Un dossier fermé peut être rouvert tant qu'il est conservé.",
        reason: "Raison",
        chooseReason: "Choisissez une raison",
        close: "Fermer le dossier",
        closeReasons: {
          duplicate: "Doublon d'un autre dossier",
          no_reviewer: "Personne n'est disponible pour l'étudier",
          referrals_exhausted: "Tous les partenaires ont refusé",
          no_response: "La personne n'a pas répondu",
          resolved_elsewhere: "Réglé ailleurs",
          other: "Autre",
        },
        chooseOne: "Choisissez",
      },
      errors: {
        chooseReview: "Choisissez l'étude.",
        confirmWithdraw: "Cochez la case pour confirmer que la personne a demandé à retirer sa demande.",
        chooseCloseReason: "Choisissez pourquoi le dossier est fermé.",
        reviewNotFound: "Ce dossier n'a pas cette étude.",
        reviewNotOpen: (status: string) =>
          `Cette étude est « ${status} » ; seule une étude en cours peut être confiée à une autre personne.`,
        chooseAnotherReviewer: "Choisissez une autre personne active de l'organisation du dossier.",
        noReviewerLeft: "Il ne reste aucune autre personne active pour faire cette étude.",
        alreadyEnded: (status: string, wanted: string) =>
          `Ce dossier est déjà « ${status} » ; il ne peut pas être « ${wanted} ». Rien n'a été changé.`,
        caseGone: "Ce dossier n'existe plus.",
      },
      applicant: {
        title: "Demandeur",
        name: "Nom",
        submittedBy: "Envoyé par",
        submitter: (name: string, role: string) => `${name} (${role})`,
        relationship: "Lien",
      },
      contacts: {
        title: "Contacts",
        caption: "Les personnes du dossier et comment les joindre",
        name: "Nom",
        role: "Rôle",
        email: "E-mail",
        postalAddress: "Adresse postale",
        language: "Langue",
        getsUpdates: "Reçoit les nouvelles",
        submitter: (role: string) => `${role} (a envoyé la demande)`,
        roles: {
          applicant: "personne condamnée",
          family: "famille",
          supporter: "soutien",
          defense_attorney: "avocat de la défense",
          trial_attorney: "avocat au procès",
          appeal_attorney: "avocat en appel",
          referral_partner: "partenaire",
          evidence_custodian: "gardien des preuves",
          expert: "expert",
          staff: "équipe",
        },
      },
      documents: {
        title: "Documents",
        none: "Aucun document n'a été envoyé.",
        about: (type: string, kilobytes: number, from: string, day: string) =>
          `(${type}, ${kilobytes} Ko, envoyé par : ${from}, ${day})`,
      },
      screening: {
        title: "Vérification des critères",
        none: "Pas encore vérifié.",
        label: (organization: string) => `Vérification chez ${organization}`,
        at: (organization: string, version: string) => `Chez ${organization}, version des critères ${version} : `,
        noVersion: "aucune",
        outcomes: { pass: "rempli", flagged: "points signalés", route: "à transmettre", decline: "à refuser" },
        results: { pass: "rempli", fail: "non rempli", unknown: "à juger" },
        onFail: (what: string) => ` (si non rempli : ${what})`,
        onFailActions: { decline: "refuser", route: "transmettre", flag: "signaler" },
      },
      assignments: {
        title: "Sollicitations",
        caption: "Qui a été sollicité pour agir, du plus ancien au plus récent",
        empty: "Personne n'a encore été sollicité.",
        nobody: "personne",
        asked: "Sollicité",
        kind: "Type",
        round: "Tour",
        status: "Statut",
        due: "Échéance",
        reminders: "Rappels",
        created: "Créé",
        completed: "Terminé",
        kinds: { review: "étude", respond: "réponse", consult: "avis d'expert", referral: "dossier confié" },
        statuses: {
          open: "en cours",
          done: "fait",
          lapsed: "expiré",
          reassigned: "confié à un autre",
          revoked: "annulé",
        },
      },
      decisions: {
        title: "Décisions",
        caption: "Décisions des personnes chargées de l'étude, de la plus ancienne à la plus récente",
        reviewer: "Personne",
        round: "Tour",
        outcome: "Décision",
        reasons: "Raisons",
        questions: "Questions",
        note: "Note",
        decided: "Décidé",
        outcomes: {
          accept: "accepter",
          decline: "refuser",
          request_info: "demander des informations",
          consult_expert: "consulter un expert",
          refer: "confier ailleurs",
        },
      },
      responses: {
        title: "Réponses, avis et réponses des partenaires",
        kinds: { answer: "Réponse de la personne", opinion: "Avis de l'expert", referral: "Réponse du partenaire" },
        heading: (kind: string, round: number) => `${kind}, tour ${round}`,
        accepted: "A accepté le dossier.",
        declined: "A refusé le dossier.",
        received: "Reçu",
      },
      duplicates: {
        title: "Doublons possibles",
        caption: "D'autres dossiers qui concernent peut-être la même personne",
        empty: "Aucun autre dossier ne nomme la même personne.",
        organization: "Organisation",
        submitted: "Envoyé",
        matchedOn: "Points communs",
        case: "Dossier",
        elsewhere: "dans une autre organisation",
        matches: { name_birth_date: "nom et date de naissance", name_prison_number: "nom et numéro d'écrou" },
      },
      timeline: {
        title: "Historique",
        caption: "Tout ce qui est arrivé au dossier, du plus ancien au plus récent",
        time: "Heure",
        event: "Événement",
        by: "Par",
        details: "Détails",
        events: {
          submitted: "envoyé",
          received: "reçu",
          screened: "critères vérifiés",
          routed: "transmis",
          in_review: "en cours d'étude",
          awaiting_info: "en attente d'informations",
          awaiting_expert: "en attente de l'expert",
          accepted: "accepté",
          referred: "confié",
          declined: "refusé",
          withdrawn: "retiré",
          closed: "fermé",
          assigned: "confié pour étude",
          reminded: "rappel envoyé",
          escalated: "équipe prévenue",
          reassigned: "confié à une autre personne",
          decided: "décidé",
          answered: "réponse reçue",
          opinion_given: "avis reçu",
          request_lapsed: "demande expirée",
          referral_offered: "dossier proposé",
          referral_accepted: "dossier accepté par le partenaire",
          referral_refused: "dossier refusé par le partenaire",
          referral_declined: "proposition refusée",
          referral_lapsed: "proposition expirée",
          workflow_errored: "erreur du traitement automatique",
          workflow_restarted: "traitement automatique relancé",
          notified: "message envoyé",
          message_failed: "message en échec",
          viewed_by_staff: "consulté par l'équipe",
        },
        who: "Qui",
      },
      messages: {
        title: "Messages",
        caption: "Qui a été informé de quoi, du plus ancien au plus récent",
        empty: "Pas encore de message.",
        template: "Modèle",
        channel: "Canal",
        recipient: "Destinataire",
        status: "Statut",
        created: "Créé",
        sent: "Envoyé",
        recipientKind: (kind: string, name: string) => `${kind} : ${name}`,
        recipientKinds: { contact: "contact", reviewer: "personne chargée de l'étude", organization: "organisation" },
        templates: {
          acknowledgement: "accusé de réception",
          "review-request": "demande d'étude",
          "review-reminder": "rappel d'étude",
          "staff-alert": "alerte à l'équipe",
          "info-request": "demande d'informations",
          "expert-request": "demande d'avis d'expert",
          "case-accepted": "dossier accepté",
          "referral-request": "proposition de dossier",
          "case-referred": "dossier confié",
          "case-declined": "dossier refusé",
          "case-routed": "dossier transmis",
          "applied-for-you": "demande faite pour la personne",
        },
        channels: { email: "e-mail", post: "courrier" },
        statuses: { pending: "en attente", sent: "envoyé", failed: "échec" },
      },
    },
    letters: {
      title: "Lettres à imprimer",
      intro:
        "Ces personnes n'ont donné qu'une adresse postale. Imprimez chaque lettre, postez-la, et elle est enregistrée comme envoyée. L'impression crée les liens privés de la lettre : imprimez donc chaque lettre une seule fois.",
      custodyNote:
        "Les lettres à une personne en prison ne contiennent aucun lien : elles donnent la référence et votre adresse pour répondre. Le délai de réponse d'une lettre de questions commence à l'impression.",
      noAddressTitle: "Pas d'adresse de retour",
      noAddress: (organizations: string) =>
        `${organizations} n'a pas d'adresse postale : ses lettres ne peuvent pas dire où répondre. Ajoutez-la d'abord : PATCH /api/v1/organizations/<slug> avec {"postalAddress": "…"}.`,
      none: "Aucune lettre n'attend.",
      caption: "Lettres en attente, de la plus ancienne à la plus récente",
      columns: {
        print: "Imprimer",
        case: "Dossier",
        letter: "Lettre",
        to: "À",
        organization: "Organisation",
        since: "Depuis",
      },
      printLabel: (letter: string, reference: string) => `Imprimer la lettre « ${letter} » pour ${reference}`,
      paper: "Papier",
      paperOwn: "Celui de chaque organisation : US Letter en Amérique du Nord, A4 ailleurs",
      paperA4: "A4",
      paperLetter: "US Letter",
      print: "Imprimer les lettres choisies",
      printedTitle: "Lettres",
      noneLeft: "Aucune des lettres choisies n'attend plus : elles ont déjà été imprimées.",
      printed: (count: number) =>
        count === 1
          ? "1 lettre, maintenant marquée comme envoyée. Utilisez la commande Imprimer de votre navigateur."
          : `${count} lettres, maintenant marquées comme envoyées. Utilisez la commande Imprimer de votre navigateur ; chaque lettre commence sur une nouvelle page.`,
      back: "Retour aux lettres",
      letterLabel: (name: string, reference: string) => `Lettre à ${name}, ${reference}`,
    },
    apiDocs: {
      title: "Référence de l'API",
      baseUrl: "URL de base :",
      document: "Le document lisible par machine (OpenAPI 3.1) se trouve à l'adresse",
      auth: "Les opérations de l'équipe demandent un jeton Cloudflare Access (Cf-Access-Jwt-Assertion, posé par Access) ou Authorization: Bearer avec le jeton d'API de l'équipe.",
      sections: "Sections",
      staffOnly: "Réservé à l'équipe.",
      parameters: "Paramètres",
      name: "Nom",
      in: "Dans",
      required: "Obligatoire",
      about: "Description",
      body: (types: string) => `Corps : ${types}.`,
      fields: "Champs :",
      requiredField: "(obligatoire)",
      or: " ou ",
    },
    devSignIn: {
      link: "Se connecter pour le développement local",
      title: "Connexion de l'équipe (développement)",
      heading: "Connexion de l'équipe pour le développement local",
      intro:
        "En production, l'équipe se connecte avec Cloudflare Access. Ici, c'est le jeton d'API de l'équipe qui ouvre les pages de l'équipe.",
      pagesLink: "Ouvrir les pages de l'équipe",
      token: "Jeton d'API de l'équipe",
      tokenHint: "La valeur de STAFF_API_TOKEN dans .dev.vars.",
      wrongToken: "Ce n'est pas le jeton d'API de l'équipe de ce serveur.",
      submit: "Se connecter",
    },
    mailbox: {
      title: "Boîte aux lettres de développement",
      intro:
        "Tous les messages envoyés par l'application, du plus récent au plus ancien. Ouvrez-en un pour le voir comme son destinataire, et suivez ses liens.",
      json: "En JSON :",
      empty: "Pas encore de message.",
      apply: "Envoyer une demande",
      sent: "Envoyé",
      to: "À",
      subject: "Objet",
    },
    erased: "(effacé)",
    desk: {
      kinds: { letter: "Lettre", call: "Appel", email: "E-mail", visit: "Visite" },
      channels: { email: "E-mail", post: "Lettre" },
      incoming: (kind: string) => `Reçu : ${kind}`,
      outgoing: (kind: string) => `Envoyé : ${kind}`,
      noScans: "pas de scans",
      messageStatuses: {
        sent: "envoyé",
        printed: "imprimé",
        waitingToPrint: "en attente d'impression",
        pending: "en attente",
        failed: "échec",
      },
      title: "Courrier et échanges",
      caption:
        "Lettres, appels, e-mails et visites reçus, et messages écrits par l'équipe, du plus ancien au plus récent",
      empty: "Aucun échange pour l'instant.",
      columns: { day: "Jour", person: "Personne", says: "Ce qui est dit", scans: "Scans ou état" },
      writeTitle: "Écrire à quelqu'un",
      snippetTitle: "Partir d'un texte tout prêt",
      snippet: "Texte tout prêt",
      useSnippet: "Utiliser ce texte",
      messageTitle: "Message",
      send: "Envoyer",
      messageIntro:
        "La personne le lit dans le cadre de sa langue : une salutation, votre texte, la formule de fin de l'organisation et la référence. Il part par e-mail si elle a une adresse ; sinon, il attend dans Lettres à imprimer.",
      to: "À",
      contactOption: (name: string, role: string, language: string) => `${name} (${role}, ${language})`,
      postOnlyOption: (name: string, role: string, language: string) =>
        `${name} (${role}, par courrier seulement, ${language})`,
      sendBy: "Envoyer par",
      sendByDefault: "E-mail si la personne a une adresse, sinon une lettre",
      heading: "Titre (facultatif ; affiché dans le message, jamais dans l'objet)",
      body: "Votre texte",
      logTitle: "Noter un courrier, un appel, un e-mail ou une visite",
      log: "Le noter",
      kind: "Ce qui est arrivé",
      date: "Jour où c'est arrivé ou a eu lieu",
      from: "De",
      fromNobody: "Quelqu'un qui n'est pas dans le dossier",
      personOption: (name: string, role: string) => `${name} (${role})`,
      inAnswerTo: "En réponse à",
      noTask: "Aucune tâche",
      summary: "Ce qui est dit ou demandé",
      scans: "Scans (facultatif ; PDF, JPEG, PNG, HEIC, TIFF)",
      answerTitle: "Saisir la réponse arrivée par courrier",
      recordAnswer: "Enregistrer la réponse",
      answerDue: (round: number, due: string) =>
        `Les personnes qui étudient le dossier ont posé des questions au tour ${round} ; la réponse est attendue pour le ${due}. L'enregistrer ici revient à une réponse envoyée en ligne : on leur demande de décider à nouveau.`,
      questions: "Les questions",
      answer: "La réponse, telle que la lettre la donne",
      answerScans: "Scans de la lettre et de ce qui l'accompagnait (PDF, JPEG, PNG, HEIC, TIFF)",
    },
    tasks: {
      title: "Tâches",
      caption: "Les tâches ouvertes d'abord, par jour d'échéance",
      empty: "Aucune tâche pour l'instant.",
      columns: { task: "Tâche", due: "Échéance", assignee: "Qui s'en charge", done: "Faite", change: "Changer" },
      overdue: "en retard",
      whoeverMadeIt: "la personne qui l'a créée",
      notDone: "Non",
      openAgain: "Rouvrir",
      markDone: "Marquer comme faite",
      changeLabel: (change: string, task: string) => `${change} : ${task}`,
      aTask: "tâche",
      addTitle: "Ajouter une tâche",
      add: "Ajouter la tâche",
      what: "Ce qu'il faut faire",
      due: "Échéance",
      who: "Qui s'en charge",
      me: "Moi",
    },
    notes: {
      title: "Notes",
      intro: "Pour l'équipe seulement : personne en dehors des pages de l'équipe ne les voit.",
      caption: "Notes internes, de la plus ancienne à la plus récente",
      empty: "Aucune note pour l'instant.",
      columns: { written: "Écrite le", by: "Par", note: "Note" },
      addTitle: "Ajouter une note",
      add: "Ajouter la note",
      note: "Note",
    },
    preservation: {
      title: "Conservation des preuves",
      intro:
        "Des preuves biologiques existent ou peuvent exister dans ce dossier. Demandez par écrit à qui les garde de ne pas les détruire. Tant que la lettre n'est pas marquée comme envoyée, l'adresse d'accueil reçoit un rappel chaque semaine à partir de l'échéance.",
      letterDue: "Lettre attendue pour le",
      overdue: "en retard",
      sent: "Envoyée",
      notYet: "Pas encore",
      custodian: "Qui garde les preuves",
      noPostalAddress: "(pas d'adresse postale)",
      nobodyNamed: "La demande ne nomme personne. Trouvez qui garde les preuves et écrivez-lui.",
      letter: "Lettre",
      noLetter: "Aucune n'est prête : il n'y a pas d'adresse postale où l'envoyer.",
      printed: "Imprimée le",
      waiting: "En attente d'impression. L'imprimer la marque comme envoyée :",
      waitingIn: (language: string) => `En attente d'impression, en ${language}. L'imprimer la marque comme envoyée :`,
      answersCaption: "Les réponses de qui garde les preuves, notées comme échanges pour cette tâche",
      answersEmpty: (form: string) =>
        `Aucune réponse notée pour l'instant. Notez-la dans « ${form} » en choisissant cette tâche.`,
      columns: { day: "Jour", how: "Comment", says: "Ce qui est dit" },
    },
    person: {
      title: "Données personnelles",
      noOtherCase:
        "Aucun autre dossier de cette personne n'a été trouvé (par le nom avec la date de naissance ou le numéro d'écrou).",
      otherCases: (count: number) =>
        `Cette personne a ${count} ${count === 1 ? "autre dossier" : "autres dossiers"} ici (trouvés par le nom avec la date de naissance ou le numéro d'écrou).`,
      elsewhere: (count: number) =>
        `${count} de plus ${count === 1 ? "est" : "sont"} dans d'autres organisations, pour leur équipe.`,
      downloadCase: "Télécharger ce dossier (ZIP)",
      downloadPerson: (count: number) =>
        `Télécharger tout ce qui concerne cette personne : ${count} ${count === 1 ? "dossier" : "dossiers"} (ZIP)`,
      zipsMadeForYou:
        "Le ZIP est préparé en arrière-plan. La page suivante montre où il en est, et vous pourrez l'y télécharger pendant un jour.",
      eraseCase: "Effacer ce dossier",
      eraseCaseBody:
        "Supprime ce dossier, ses personnes, ses fichiers, ses messages et son historique. C'est définitif.",
      erasePerson: (count: number) => `Effacer tous les dossiers de cette personne (${count})`,
      erasePersonBody: "Supprime chacun des dossiers de la personne comme ci-dessus. C'est définitif.",
      typeReference: (reference: string) => `Tapez la référence ${reference} pour confirmer`,
      notErased: "Rien n'a été effacé",
      notConfirmed: (reference: string) =>
        `Rien n'a été effacé : la référence tapée n'était pas ${reference}. Revenez en arrière et tapez-la exactement pour confirmer.`,
      caseErasedTitle: "Dossier effacé",
      caseErased: (reference: string) => `Le dossier ${reference} et tout ce qui le concerne ont été effacés.`,
      personErasedTitle: "Dossiers de la personne effacés",
      personErased: (count: number) =>
        count === 1
          ? "1 dossier de cette personne a été effacé."
          : `${count} dossiers de cette personne ont été effacés.`,
      leftElsewhere: (count: number) =>
        count === 1
          ? "1 dossier dans une autre organisation reste pour son équipe."
          : `${count} dossiers dans d'autres organisations restent pour leur équipe.`,
      back: "Retour à la liste des dossiers",
    },
    moves: {
      confirmTitle: "Enregistrer l'accord écrit",
      confirm: "L'enregistrer : l'étude commence",
      confirmBody:
        "Quelqu'un d'autre a fait la demande pour cette personne détenue, et votre organisation n'étudie le dossier qu'après son accord écrit. Quand sa lettre signée est arrivée, enregistrez-la ici : le dossier passe à l'étude. Notez la lettre elle-même dans « Noter un courrier » pour garder le scan.",
      receivedOn: "Jour où sa lettre est arrivée",
      referPartnerTitle: "Proposer à un partenaire de renvoi",
      referPartnerBody:
        "Le partenaire reçoit le dossier par e-mail et doit l'accepter ou le refuser dans le délai habituel.",
      partner: "Partenaire de renvoi",
      referOrganizationTitle: "Proposer à une autre organisation membre",
      referOrganizationBody: "Son équipe d'accueil reçoit le dossier par e-mail et doit le prendre ou le refuser.",
      memberOrganization: "Organisation membre",
      sendOffer: "Envoyer la proposition",
      returnTitle: "Renvoyer à l'étude",
      return: "Renvoyer à l'étude",
      returnBody:
        "Les demandes ouvertes (questions, avis d'expert, renvoi) sont annulées, et les personnes du dernier tour doivent décider à nouveau ; d'autres personnes si elles ne sont plus actives.",
      reopenTitle: "Rouvrir le dossier",
      reopen: "Rouvrir le dossier",
      reopenBody:
        "Le dossier retourne à l'étude, auprès des personnes de son dernier tour si elles sont encore actives.",
      reopenReason: "Pourquoi il est rouvert",
      reopenReasons: {
        new_information: "De nouvelles informations sont arrivées",
        applicant_asked: "La personne nous a demandé de revoir le dossier",
        decided_in_error: "Il a été clos par erreur",
        other: "Autre",
      },
      moveTitle: "Transférer à une autre organisation",
      move: "Transférer le dossier",
      moveBody:
        "Les demandes ouvertes sont annulées ; l'autre organisation vérifie ses critères, ses personnes étudient le dossier et le demandeur est prévenu. Vous ne le verrez plus, sauf si vous faites partie de l'équipe du réseau.",
      organization: "Organisation",
      errors: {
        choosePartner: "Choisissez un partenaire de renvoi.",
        chooseOrganization: "Choisissez une organisation.",
        chooseReopenReason: "Choisissez pourquoi le dossier est rouvert.",
        emptyAnswer: "Tapez la réponse, ou ajoutez ses scans.",
      },
    },
    formIssue: (field: string, problem: string) => `${field} : ${problem}`,
    formFields: {
      contactId: "À",
      body: "Votre texte",
      subject: "Titre",
      channel: "Envoyer par",
      kind: "Ce qui est arrivé",
      title: "Ce qu'il faut faire",
      dueOn: "Échéance",
      assigneeId: "Qui s'en charge",
      date: "Jour",
      summary: "Ce qui est dit",
      receivedOn: "Jour où sa lettre est arrivée",
      answer: "La réponse",
    },
    refusals: {
      noSuchCase: "Ce dossier n'existe pas.",
      gone: "supprimé",
      referred: "Ce dossier a été confié : il a quitté l'étude, on ne peut donc plus le faire avancer.",
      endedReopenFirst: (status: string) => `Ce dossier est ${status} : rouvrez-le d'abord.`,
      endedReopenInstead: (status: string) => `Ce dossier est ${status} : rouvrez-le plutôt.`,
      moving:
        "Ce dossier avance encore tout seul (son traitement automatique est en cours) : attendez une minute et réessayez.",
      changed: (status: string) =>
        `Quelqu'un ou quelque chose a changé ce dossier à l'instant (il est maintenant ${status}) ; rien n'a été changé. Rechargez-le et réessayez.`,
      referralWaiting: (day: string) =>
        `Un renvoi attend une réponse jusqu'au ${day} : attendez la réponse, ou la fin du délai.`,
      notReferable: (status: string) =>
        `Ce dossier est ${status} : seul un dossier accepté, ou un dossier dont tous les renvois à d'autres membres ont été refusés ou ont expiré, peut être confié.`,
      choosePartner: "Choisissez un partenaire de renvoi actif de l'organisation du dossier.",
      chooseOtherOrganization: "Choisissez une autre organisation membre.",
      inReviewAlready: (day: string) =>
        `Ce dossier est déjà à l'étude : une personne doit décider avant le ${day}. Confiez plutôt l'étude à quelqu'un d'autre.`,
      notReopenable: (status: string) =>
        `Ce dossier est ${status} : seul un dossier retiré, refusé ou fermé peut être rouvert.`,
      retentionEnded: (day: string) =>
        `La durée de conservation de ce dossier a pris fin le ${day} : il est en cours de suppression et ne peut pas être rouvert.`,
      notAwaitingConfirmation: (status: string) => `Ce dossier est ${status} : il n'attend pas d'accord écrit.`,
      notAwaitingAnswers: "Ce dossier n'attend pas de réponses : aucune question n'est ouverte pour le demandeur.",
      answeredJustNow: "Les questions ont reçu une réponse ou ont été closes à l'instant.",
      erasedNothingAdded: "Les données de ce dossier ont été effacées : on ne peut plus rien y ajouter.",
      erasedNothingWritten: "Les données de ce dossier ont été effacées : on ne peut plus rien y écrire.",
      chooseStaff: "Choisissez un membre actif de l'équipe qui peut voir ce dossier.",
      taskChanged: "Quelqu'un a changé cette tâche à l'instant ; rien n'a été changé. Rechargez-la.",
      choosePerson: "Choisissez une personne du dossier.",
      noEmail: "Cette personne n'a pas d'adresse e-mail.",
      noPostalAddress: "Cette personne n'a pas d'adresse postale.",
      chooseTask: "Choisissez une tâche de ce dossier.",
    },
    reports: {
      title: "Rapports",
      errorTitle: "Vérifiez les filtres",
      filters: "Filtres",
      from: "Reçues à partir du",
      to: "Reçues jusqu'au (inclus)",
      organization: "Organisation",
      allOrganizations: "Toutes celles que je peux voir",
      show: "Afficher",
      empty: "Rien sur cette période.",
      chartTitle: (caption: string) =>
        `${caption}, en diagramme à barres ; le tableau ci-dessous donne les mêmes chiffres.`,
      exportTable: (caption: string) => `Exporter « ${caption} » en CSV`,
      badDay: "Tapez un jour comme 2026-01-31, le dernier le même jour que le premier ou après.",
      chooseOrganization: "Choisissez une organisation dans la liste.",
      tables: {
        months: { caption: "Demandes par mois", columns: ["mois", "demandes"] },
        sources: { caption: "Demandes par moyen d'envoi", columns: ["moyen", "demandes"] },
        jurisdictions: { caption: "Demandes par lieu de condamnation", columns: ["lieu", "demandes"] },
        organizations: { caption: "Demandes par organisation", columns: ["organisation", "demandes"] },
        outcomes: { caption: "Où en sont les dossiers", columns: ["état", "dossiers"] },
        "decline-reasons": {
          caption: "Raisons des refus (un dossier peut en avoir plusieurs)",
          columns: ["raison", "dossiers"],
        },
        evidence: {
          caption: "Preuves citées par les demandeurs (un dossier peut en citer plusieurs)",
          columns: ["preuve", "dossiers"],
        },
        timing: {
          caption: "Jours depuis la réception",
          columns: ["jusqu'à", "dossiers", "médiane en jours", "90e centile en jours"],
        },
        reviewers: {
          caption: "Charge actuelle des personnes qui étudient",
          columns: ["personne", "organisation", "études ouvertes", "en retard"],
        },
      },
      sources: { web: "site web", api: "API", post: "courrier" },
      timing: { firstDecision: "première décision", outcome: "issue" },
    },
    partners: {
      title: "Partenaires de renvoi",
      intro:
        "Un dossier accepté est proposé au premier partenaire actif de l'organisation. Quand un partenaire refuse ou ne répond pas, vous pouvez proposer le dossier à un autre depuis la page du dossier. Un partenaire désactivé ne reçoit plus de nouveaux dossiers.",
      errorTitle: "Le partenaire n'a pas pu être ajouté",
      added: "Le partenaire a été ajouté.",
      changed: "Le partenaire a été modifié.",
      caption: (organization: string) => `Partenaires de renvoi de ${organization}`,
      empty: "Aucun partenaire de renvoi pour l'instant.",
      columns: { name: "Nom", email: "E-mail", language: "Langue", active: "Actif", change: "Changer" },
      yes: "Oui",
      no: "Non",
      activate: (name: string) => `Activer ${name}`,
      deactivate: (name: string) => `Désactiver ${name}`,
      activateButton: "Activer",
      deactivateButton: "Désactiver",
      addTitle: "Ajouter un partenaire de renvoi",
      fields: { organization: "Organisation", name: "Nom", email: "E-mail", language: "Langue de ses e-mails" },
      add: "Ajouter le partenaire",
      errors: {
        organization: "Choisissez une organisation.",
        name: "Tapez le nom du partenaire (200 caractères au plus).",
        email: "Tapez une adresse e-mail comme nom@exemple.org.",
        language: "Choisissez une langue.",
      },
    },
    exports: {
      rows: (count: number) => `${count.toLocaleString("fr")} ${count <= 1 ? "ligne" : "lignes"}`,
      cases: "Dossiers",
      files: (count: number) => `${count.toLocaleString("fr")} ${count <= 1 ? "fichier" : "fichiers"}`,
      caseArchive: (file: string) => `Tout ce qui est gardé sur un dossier, en ZIP (${file})`,
      personArchive: (file: string) =>
        `Tout ce qui est gardé sur une personne, dans tous ses dossiers, en ZIP (${file})`,
      reportTable: (table: string) => `Tableau du rapport « ${table} »`,
      withFilters: (what: string, filters: string) => `${what} (${filters})`,
      noFilters: (what: string) => `${what} (sans filtre)`,
      startTitle: "Exporter en CSV",
      startBody:
        "Le fichier est préparé en arrière-plan avec toutes les lignes qui correspondent à ces filtres. La page suivante montre où il en est, et le fichier peut y être téléchargé pendant un jour.",
      prepare: "Préparer le CSV",
      title: "Export",
      counting: "Comptage des lignes…",
      listingFiles: "Liste des fichiers en cours…",
      preparing: (done: number, total: number) =>
        `Préparation : ${done.toLocaleString("fr")} sur ${total.toLocaleString("fr")} ${total <= 1 ? "ligne écrite" : "lignes écrites"}.`,
      preparingFiles: (done: number, total: number) =>
        `Préparation : ${done.toLocaleString("fr")} sur ${total.toLocaleString("fr")} ${total <= 1 ? "fichier écrit" : "fichiers écrits"}.`,
      ready: (rows: string, size: string) => `Prêt : ${rows}, ${size}.`,
      failed: "Cet export a échoué et rien n'a été gardé. Demandez-le à nouveau.",
      expired: "Ce fichier a été supprimé un jour après sa création. Demandez-le à nouveau.",
      reloads: (seconds: number) => `Cette page se recharge toutes les ${seconds} secondes.`,
      reloadNow: "Recharger maintenant",
      download: "Télécharger le CSV",
      downloadZip: "Télécharger le ZIP",
      keptUntil: "Gardé jusqu'au (puis supprimé) :",
      again: "L'exporter à nouveau",
      every: "Tous les exports",
      listTitle: "Exports",
      listIntro:
        "Les fichiers sont gardés un jour après la demande. Demandez-en un nouveau depuis la liste des dossiers, les rapports ou la page d'un dossier.",
      caption: "Exports, du plus récent au plus ancien",
      empty: "Aucun export pour l'instant.",
      columns: { asked: "Demandé le", what: "Quoi", by: "Par", status: "État", downloads: "Téléchargements" },
      running: (done: number, total: number) =>
        `en cours : ${done.toLocaleString("fr")} sur ${total.toLocaleString("fr")} ${total <= 1 ? "ligne" : "lignes"}`,
      runningFiles: (done: number, total: number) =>
        `en cours : ${done.toLocaleString("fr")} sur ${total.toLocaleString("fr")} ${total <= 1 ? "fichier" : "fichiers"}`,
      runningUncounted: (done: number) => `en cours : ${done.toLocaleString("fr")} sur ?`,
      readyRows: (rows: string) => `prêt : ${rows}`,
      statuses: { failed: "échec", expired: "expiré" },
    },
    intake: {
      intro:
        "Saisissez une demande reçue par courrier, telle que la personne l'a écrite, et ajoutez les pages scannées. Avant l'enregistrement, vous verrez toute autre demande concernant la même personne.",
      questionnaire:
        "Aux personnes qui ont écrit sans utiliser le formulaire, on peut envoyer le questionnaire à imprimer.",
      whoWrote: "Qui vous a écrit ?",
      senders: {
        self: "La personne condamnée (la plupart des lettres venant de prison)",
        family: "Un membre de la famille",
        supporter: "Un ami ou un soutien",
        defense_attorney: "Son avocat ou son avocate",
      },
      from: (sender: string) => `De : ${sender}`,
      changeWho: "Changer qui a écrit",
      duplicatesTitle: "Est-ce une nouvelle demande ?",
      duplicatesBody:
        "D'autres demandes nomment la même personne. Rien n'est encore enregistré, et les scans sont gardés. Si cette lettre appartient à l'une d'elles, notez-la plutôt dans ce dossier. Si c'est une nouvelle demande, cochez la case à la fin du formulaire et enregistrez à nouveau.",
      typeIn:
        "Tapez ce que dit la lettre, avec les mots de la personne qui l'a écrite. Les champs obligatoires sont indiqués ; laissez les autres vides quand la lettre ne dit rien.",
      letter: "La lettre",
      language: "Langue dans laquelle répondre",
      duplicatesSeen:
        "J'ai vérifié les demandes listées en haut : celle-ci est nouvelle. L'enregistrer comme nouveau dossier.",
      save: "Enregistrer la demande",
    },
    questionnaire: {
      title: "Questionnaire à imprimer",
      intro:
        "Le formulaire de demande sur papier, à envoyer aux personnes qui écrivent sans lui. Il porte l'adresse de retour de votre organisation. Quand il revient, saisissez-le ici :",
      which: "Quel questionnaire",
      organization: "Organisation",
      language: "Langue",
      show: "Afficher le questionnaire",
      error: "Choisissez une de vos organisations et une langue dans les listes.",
      pageTitle: (organization: string) => `Questionnaire — ${organization}`,
      heading: (organization: string, language: string) => `Questionnaire : ${organization}, ${language}`,
      noAddress:
        'Cette organisation n\'a pas d\'adresse postale, donc le questionnaire ne peut pas dire où le renvoyer. Indiquez-la d\'abord : PATCH /api/v1/organizations/<slug> avec {"postalAddress": "…"}.',
      print: "Utilisez la commande Imprimer de votre navigateur.",
      another: "En choisir un autre",
    },
  },
};
