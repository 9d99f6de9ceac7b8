/** English: the reference dictionary. Every other language must have exactly these keys. */
export const en = {
  languageName: "English",
  siteName: "Innocence Intake",
  skipToContent: "Skip to main content",
  languageSwitch: "Language",
  /** A date in words, as the reader writes it; `month` counts from 0 (src/lib/dates.ts). */
  longDate: (day: number, month: number, year: number) => {
    const months = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ];
    return `${months[month]} ${day}, ${year}`;
  },
  footer: "Free of charge. What you send is read only by the organization's team and the volunteers who review cases.",

  landing: {
    title: "Ask for help with a wrongful conviction",
    intro:
      "If you, a family member or a client was convicted of a crime they did not commit, you can ask an innocence organization to look at the case. It is free.",
    howTitle: "How it works",
    how: [
      "You fill in a form, one topic per page. It takes about 20 minutes, and you can save it and finish it later. You can send papers too, like court documents or letters.",
      "You get a reference number and a private link to see where the application stands.",
      "A team at the organization reads every application. This can take several months. They will write to you.",
    ],
    start: "Start an application",
    resume: "Continue a saved application",
    directoryTitle: "Organizations in this network",
    directoryIntro:
      "Each organization takes cases from the places listed. If you do not choose one, we send the application to the one that covers the place of the conviction.",
    serves: "Takes cases from",
    languages: "Languages",
    postalAddress: "Postal address",
    paperTitle: "No internet access?",
    paper: "You can also write a letter to the organization. Staff enter mailed applications by hand.",
  },

  apply: {
    title: "Apply for help",
    roleQuestion: "Who is filling in this form?",
    roleHint: "Choose one. The questions will be worded for you.",
    roles: {
      self: "I am the person convicted",
      family: "I am a family member",
      supporter: "I am a friend or supporter",
      defense_attorney: "I am their lawyer",
    },
    changeRole: "Change who is filling in the form",
    intro: "Fields marked required must be filled in. Everything else helps us but can be left empty.",
    required: "required",
    optional: "optional",
    errorSummaryTitle: "Please check these answers",
    errorSummaryIntro: "Your answers and files are kept. Fix the items below and send again.",
    stepErrorIntro: "Your answers are kept. Fix the items below, then continue.",
    progress: (step: number, of: number) => `Step ${step} of ${of}`,
    continue: "Continue",
    saveLater: "Save and continue later",
    back: "Back",
    resumeCode: {
      label: "Your code to continue later",
      hint: (date: string) =>
        `Write it down. With this code you can come back to your answers on any device until ${date}.`,
    },
    check: {
      title: "Check your answers",
      intro: "Read your answers before you send them. You can change any of them.",
      change: "Change",
      notAnswered: "Not answered",
      noFiles: "No documents added.",
      send: "When you send the application, the organization receives it. You get a reference number and a private link to see where it stands.",
    },
    saved: {
      title: "Your application is saved",
      code: "Write down this code. You need it to continue your application:",
      keptUntil: (date: string) =>
        `We keep your answers and documents until ${date}. Each time you save, they are kept longer.`,
      how: "To continue, open this website, choose “Continue a saved application” and type the code.",
      emailed: "We also sent a link to continue to the email address you gave.",
      continueNow: "Continue now",
    },
    submit: "Send application",
    sections: {
      organization: "Where to send it",
      submitterSelf: "How we can reach you",
      submitterOther: "About you",
      applicantSelf: "About you",
      applicantOther: "About the person convicted",
      conviction: "The conviction",
      claim: "Why the conviction is wrong",
      lawyers: "Lawyers",
      contacts: "People to keep informed",
      consent: "Permission",
      attachments: "Documents",
    },
    fields: {
      organization: "Organization",
      organizationAny: "Choose for me, by where the conviction happened",
      "submitter.name": "Your full name",
      "submitter.email": "Your email address",
      "submitter.emailHint": "We send your reference and updates here. If you have no email, give a postal address.",
      "submitter.phone": "Your phone number",
      "submitter.postalAddress": "Your postal address",
      "submitter.postalAddressSelfHint":
        "Leave empty if it is the same as your prison address, which you give on the next page.",
      "submitter.relationship": "Your relationship to the person convicted",
      "submitter.relationshipHint": "For example: mother, brother, friend, former teacher.",
      "applicant.nameSelf": "Your full name",
      "applicant.nameOther": "Their full name",
      "applicant.otherNames": "Other names used",
      "applicant.dateOfBirth": "Date of birth",
      "applicant.prisonNumber": "Prison or inmate number",
      "applicant.facility": "Prison or facility",
      "applicant.postalAddress": "Postal address in prison",
      "applicant.inCustody": "In prison now?",
      "applicant.expectedReleaseDate": "Expected release date",
      "conviction.jurisdiction": "Where was the conviction?",
      "conviction.jurisdictionHint": "Choose the country, or the state where the case was tried.",
      "conviction.court": "Court",
      "conviction.caseNumber": "Case number",
      "conviction.offenses": "What was the conviction for?",
      "conviction.offensesHint": "The crimes named in the judgment, for example: robbery, murder.",
      "conviction.convictionDate": "Date of conviction",
      "conviction.sentence": "Sentence",
      "conviction.trialOrPlea": "Was there a trial, or a plea?",
      "conviction.appealStatus": "Appeals so far",
      "conviction.currentlyRepresented": "Is a lawyer working on the case now?",
      "claim.innocenceStatementSelf": "Why are you innocent?",
      "claim.innocenceStatementOther": "Why is this person innocent?",
      "claim.innocenceStatementHint":
        "In your own words. Where were they, what really happened, what went wrong at trial.",
      "claim.evidenceTypes": "What kind of evidence was used or could help?",
      "claim.biologicalEvidence": "Is there biological evidence (blood, hair, DNA) from the crime?",
      "claim.evidenceLocation": "Where is that evidence kept, if you know?",
      "claim.evidenceCustodian": "Who keeps that evidence?",
      "claim.evidenceCustodianHint":
        "If you know. We may write to them and ask them to keep the evidence safe, so that it is not thrown away.",
      "claim.evidenceCustodian.kind": "What kind of place is it?",
      "claim.evidenceCustodian.name": "Its name",
      "claim.evidenceCustodian.nameHint":
        "For example: Clerk of the Court of Common Pleas, Philadelphia Police evidence room, State Police crime laboratory.",
      "claim.evidenceCustodian.postalAddress": "Its postal address",
      "claim.newEvidence": "What new evidence could prove innocence?",
      "claim.coDefendants": "Co-defendants (others charged in the same case)",
      "lawyers.trial": "Lawyer at trial",
      "lawyers.appeal": "Lawyer on appeal",
      "lawyers.current": "Lawyer now",
      "lawyers.name": "Name",
      "lawyers.email": "Email",
      "lawyers.phone": "Phone",
      "lawyers.mayContact": "The organization may contact this lawyer",
      "lawyers.notify": "Send this lawyer updates by email",
      "contacts.person": "Person",
      "contacts.role": "Who they are",
      "contacts.name": "Name",
      "contacts.email": "Email",
      "contacts.relationship": "Relationship",
      "contacts.language": "Language for their messages",
      "contacts.notify": "Send this person updates by email",
      "consent.dataProcessing": "I agree that the organization stores and reads this information to review the case.",
      "consent.contactPeopleNamed": "The organization may contact the people named in this form.",
      attachments: "Add documents",
      attachmentsHint: (types: string, maxMb: number) =>
        `Optional. Court papers, letters, photos: ${types}. Up to ${maxMb} MB each.`,
      heldAttachments: "Files already received",
      heldAttachmentsHint: "These are kept with your application. Untick a file to leave it out.",
    },
    choices: {
      yes: "Yes",
      no: "No",
      unknown: "I don't know",
      notSaid: "Not sure / prefer not to say",
      trialOrPlea: { trial: "Trial", guilty_plea: "Guilty plea", no_contest: "No contest plea" },
      appealStatus: {
        none: "No appeal",
        direct_appeal_pending: "Appeal still pending",
        direct_appeal_decided: "Appeal decided",
        post_conviction_decided: "Post-conviction petition decided",
      },
      evidenceTypes: {
        dna: "DNA or biological evidence",
        eyewitness: "Eyewitness identification",
        confession: "A confession",
        forensic: "Other forensic evidence",
        informant: "An informant's testimony",
        alibi: "An alibi",
        other: "Other",
      },
      contactRole: { family: "Family member", supporter: "Friend or supporter" },
      custodianKind: {
        court_clerk: "A court clerk",
        police_evidence_room: "A police evidence room",
        laboratory: "A laboratory",
        other: "Somewhere else",
      },
    },
    duplicate: {
      title: "This application was already sent",
      body: (reference: string) =>
        `We already have this application, reference ${reference}. It was changed after it was sent, so we did not send it again. Use the status link we gave you, or start a new application.`,
    },
  },

  resume: {
    title: "Continue a saved application",
    intro: "Type the code you got when you saved your application. It looks like K7M3Q-XW2PA.",
    code: "Your code",
    codeHint: "10 letters and numbers. Small or capital letters both work.",
    submit: "Continue",
    wrongCode:
      "This code does not open a saved application. Check each letter and number, then try again. Saved applications are deleted if they are not saved again for some weeks.",
    startNew: "Start a new application instead",
  },

  /** The blank application form staff print and post to people who write in (/staff/questionnaire). */
  questionnaire: {
    title: "Application for help with a wrongful conviction",
    intro: (organization: string) =>
      `Fill in this form to ask ${organization} to look at a conviction. It is free. Please write clearly. If you do not know an answer, leave it empty.`,
    returnTo: "Send this form back to:",
    officeUse: "For the office: reference",
    who: "Who is filling in this form? Tick one.",
    applicantNote: "If you are the person convicted, these questions are about you.",
    submitterNote: "Only if you are not the person convicted.",
    innocence:
      "Why is the conviction wrong? In your own words: where the person was, what really happened, what went wrong at trial.",
    tickAll: "Tick all that apply.",
    contactsNote: "People we may write to about the application, if you want.",
    signature: "Signature",
    date: "Date",
    documents:
      "You may send copies of court papers or letters with this form. Keep the originals. Write the name of the person convicted on every page.",
  },

  status: {
    title: "Application status",
    receivedTitle: "Thank you. Your application has been received.",
    receivedBody:
      "Keep the reference number and this page's link. The link is private: anyone who has it can see this page.",
    reference: "Reference",
    organization: "Organization",
    stage: "Stage",
    submitted: "Sent on",
    updated: "Last change",
    link: "Your private link",
    stages: {
      submitted: "Received. Waiting for a first look.",
      screening: "Being checked against the organization's criteria.",
      awaiting_confirmation: "Waiting for the person in prison to agree in writing.",
      in_review: "Being reviewed.",
      awaiting_info: "Waiting for more information.",
      awaiting_expert: "Waiting for an expert's opinion.",
      accepted: "Accepted by the organization.",
      referred: "Passed to a lawyer or another organization.",
      routed: "Sent to the organization that covers this place.",
      declined: "The organization cannot take this case.",
      closed: "Closed.",
      withdrawn: "Withdrawn.",
    },
    happenedTitle: "What has happened",
    nextTitle: "What happens next",
    /**
     * Per stage, what happened and what comes next, for the person who sent the application and
     * for everyone else kept informed. `name` is the organization, or who took a referred case.
     */
    explain: {
      submitted: {
        happened: {
          submitter: (name: string) => `${name} has received your application.`,
          other: (name: string) => `${name} has received the application.`,
        },
        next: {
          submitter:
            "First we check that the form is complete and that we take cases from the place of the conviction. This usually takes a few days. Then a volunteer reviewer reads the application.",
          other:
            "First the organization checks that the form is complete and that it takes cases from the place of the conviction. This usually takes a few days. Then a volunteer reviewer reads the application.",
        },
      },
      screening: {
        happened: {
          submitter: (name: string) => `${name} is checking your application against its rules for taking cases.`,
          other: (name: string) => `${name} is checking the application against its rules for taking cases.`,
        },
        next: {
          submitter:
            "If another organization covers the place of the conviction, we send the application there. If not, a volunteer reviewer reads it. This usually takes a few days.",
          other:
            "If another organization covers the place of the conviction, the application goes there. If not, a volunteer reviewer reads it. This usually takes a few days.",
        },
      },
      awaiting_confirmation: {
        happened: {
          submitter: (name: string) =>
            `${name} has received your application. Before the review starts, the person in prison has to agree to it in writing.`,
          other: (name: string) =>
            `${name} has received the application. Before the review starts, the person in prison has to agree to it in writing.`,
        },
        next: {
          submitter:
            "We have written to them. When their signed letter arrives, a volunteer reviewer reads the application.",
          other: "When the person in prison agrees in writing, a volunteer reviewer reads the application.",
        },
      },
      in_review: {
        happened: {
          submitter: (name: string) => `A volunteer reviewer at ${name} is reading your application.`,
          other: (name: string) => `A volunteer reviewer at ${name} is reading the application.`,
        },
        next: {
          submitter:
            "The reviewer decides if the organization can take the case, or asks you questions first. You do not need to do anything now. We will write when something changes.",
          other:
            "The reviewer decides if the organization can take the case, or asks questions first. We will write when something changes.",
        },
      },
      awaiting_info: {
        happened: {
          submitter: (name: string) =>
            `The reviewer needs more information. ${name} will write to you with the questions.`,
          other: (name: string) => `${name} asked the person who sent the application for more information.`,
        },
        next: {
          submitter: "When your answer arrives, the review goes on.",
          other: "When they answer, the review goes on. You do not need to do anything.",
        },
      },
      awaiting_expert: {
        happened: {
          submitter: (name: string) =>
            `The reviewer at ${name} asked an expert, such as a scientist, for an opinion on the case.`,
          other: (name: string) =>
            `The reviewer at ${name} asked an expert, such as a scientist, for an opinion on the case.`,
        },
        next: {
          submitter: "When the expert answers, the review goes on. You do not need to do anything.",
          other: "When the expert answers, the review goes on. You do not need to do anything.",
        },
      },
      accepted: {
        happened: {
          submitter: (name: string) => `Good news: ${name} has accepted your case for more work.`,
          other: (name: string) => `${name} has accepted the case for more work.`,
        },
        next: {
          submitter:
            "The organization now looks for a lawyer to take the case. This can take many months. This step does not yet mean that the conviction will change. You do not need to do anything now.",
          other:
            "The organization now looks for a lawyer to take the case. This can take many months. This step does not yet mean that the conviction will change.",
        },
      },
      referred: {
        happened: {
          submitter: (name: string) => `${name} agreed to work on your case.`,
          other: (name: string) => `${name} agreed to work on the case.`,
        },
        next: {
          submitter:
            "From now on, they will be in touch with you directly. This may take some time. You do not need to apply again. Please keep your reference number.",
          other: "From now on, they handle the case.",
        },
      },
      routed: {
        happened: {
          submitter: (name: string) =>
            `The conviction happened in a place that ${name} covers, so your application was sent to them.`,
          other: (name: string) =>
            `The conviction happened in a place that ${name} covers, so the application was sent to them.`,
        },
        next: {
          submitter:
            "They check the application, then a volunteer reviewer reads it. You do not need to apply again, and your reference stays the same.",
          other:
            "They check the application, then a volunteer reviewer reads it. Nobody needs to apply again, and the reference stays the same.",
        },
      },
      declined: {
        happened: {
          submitter: (name: string) =>
            `We are sorry. After a careful review, ${name} cannot take your case. This does not mean that the organization thinks the person is guilty.`,
          other: (name: string) =>
            `After a careful review, ${name} cannot take the case. This does not mean that the organization thinks the person is guilty.`,
        },
        next: {
          submitter: "You may ask another organization for help. Please keep your papers.",
          other: "Another organization may be able to help.",
        },
      },
      closed: {
        happened: {
          submitter: (name: string) => `${name} has closed this case.`,
          other: (name: string) => `${name} has closed this case.`,
        },
        next: {
          submitter:
            "Nothing more will happen with this application. If you have questions, write to the organization and give your reference number.",
          other: "Nothing more will happen with this application.",
        },
      },
      withdrawn: {
        happened: {
          submitter: (name: string) => `Your application to ${name} was withdrawn.`,
          other: (name: string) => `The application to ${name} was withdrawn.`,
        },
        next: {
          submitter: "Nothing more will happen with this application. You may apply again at any time.",
          other: "Nothing more will happen with this application.",
        },
      },
    },
    dueBy: (date: string) => `This should happen by about ${date}.`,
    asked: {
      title: "We need information from you",
      body: (date: string) =>
        `The reviewer has some questions about the application. Please answer them by ${date}. You can add documents too. If you do not know an answer, it is fine to say so.`,
      button: "Answer the questions",
    },
    /** The stage for someone on the case whom the reviewer's questions did not go to. */
    awaitingInfoFromOthers: "Waiting for more information from the person who sent the application.",
    reasonsTitle: "Reasons the organization gave",
    directoryTitle: "Other organizations that might help",
  },

  /** An organization's wait, from its own data (the directory, the landing page, receipts and status pages). */
  wait: {
    received: "Applications in the last 12 months",
    waiting: "Waiting for a first decision now",
    time: "Time to a first answer",
    withinMonths: (n: number) =>
      `Most applications get a first answer within about ${n} ${Number(n) === 1 ? "month" : "months"}.`,
    withinWeeks: (n: number) =>
      `Most applications get a first answer within about ${n} ${Number(n) === 1 ? "week" : "weeks"}.`,
    notEnoughData: "Not enough data yet to say how long a first answer takes.",
    asOf: (date: string) => `Counted on ${date}.`,
  },

  linkProblem: {
    unknownTitle: "This link does not work",
    unknownBody:
      "Check that the whole link was copied. If it still does not work, write to the organization with your reference number.",
    expiredTitle: "This link has expired",
    expiredBody:
      "For your safety, links stop working after a while. Write to the organization with your reference number for a new one.",
    revokedTitle: "This link was turned off",
    revokedBody:
      "The organization turned this link off. Write to them with your reference number if you need a new one.",
    usedTitle: "This link was already used",
    usedBody: "Each answer can be sent once. Nothing was changed.",
  },

  caseView: {
    reference: "Reference",
    organization: "Organization",
    round: "Round",
    due: "Please decide by",
    application: "The application",
    submittedBy: "Sent by",
    roles: {
      self: "the applicant",
      family: "a family member",
      supporter: "a supporter",
      defense_attorney: "the applicant's lawyer",
    },
    lawyers: "Lawyers",
    contacts: "People kept informed",
    attachments: "Documents",
    noAttachments: "No documents were sent.",
    download: "Download",
    screening: "Screening",
    screeningVersion: (version: number) => `Criteria version ${version}`,
    screeningResult: { pass: "Met", fail: "Not met — please check", unknown: "Needs a person to judge" },
    history: "Earlier in this case",
    decision: (round: number, outcome: string) => `Round ${round}: ${outcome}`,
    answer: "The applicant's answer",
    opinion: "The expert's opinion",
    noAnswer: "No answer came back before the deadline.",
    yes: "Yes",
    no: "No",
    preserveEvidence: "Ask for the evidence to be preserved",
    preserveEvidenceHint:
      "Tick this if biological evidence (blood, hair, DNA) exists or may exist. The organization's team will then write to whoever keeps it and ask them not to destroy it.",
  },

  review: {
    title: "Review a case",
    intro:
      "Read the application and choose what should happen next. Your decision is sent when you press the button; you can use this link once.",
    readOnlyIntro:
      "You decided this case. This page is for reading only; the case goes on with the organization's team.",
    yourDecision: "Your decision",
    backToYourPage: "← All your cases",
    formTitle: "Your decision",
    decision: "Decision",
    outcomes: {
      accept: "Accept: the organization takes the case and asks a lawyer to work on it",
      decline: "Decline: the organization cannot take the case",
      request_info: "Ask the applicant questions, then decide",
      consult_expert: "Ask an expert (scientist, legal scholar) for an opinion, then decide",
      refer: "Refer to another member organization",
    },
    outcomeNames: {
      accept: "accepted",
      decline: "declined",
      request_info: "questions asked",
      consult_expert: "expert consulted",
      refer: "referred",
    },
    reasonCodes: "Reasons for declining",
    reasonCodesHint: "The applicant receives these in plain language.",
    questions: "Questions for the applicant, or for the expert",
    questionsHint: "Needed when you ask the applicant or an expert. The expert sees no names or contact details.",
    expertEmail: "Expert's email address",
    expertDocuments: "Documents the expert may see",
    expertDocumentsHint:
      "Only with an expert's opinion. The expert sees only the documents you tick; names from the application are hidden from them in the question, the claim and the file names, but not inside the documents.",
    organization: "Organization to refer to",
    organizationsServing: (place: string) => `Members that take cases from ${place}:`,
    noOrganizationServes: "No other member takes cases from this place.",
    showAllOrganizations: "Show all organizations",
    note: "Note for the organization's team",
    noteHint: "Not shown to the applicant.",
    submit: "Send decision",
    thanksTitle: "Thank you. Your decision was recorded.",
    thanksBody: "The organization's team and the people concerned will be told. You can close this page.",
    errors: {
      decision: "Choose a decision.",
      reasonCodes: "Choose at least one reason.",
      questions: "Write the questions.",
      expertEmail: "Enter the expert's email address.",
      organization: "Choose an organization.",
      expertDocuments: "Choose documents from the list.",
    },
  },

  reviewerPage: {
    title: "Your cases",
    intro: (organization: string) =>
      `The cases you review for ${organization}. This page is personal to you: please do not share its link.`,
    openTitle: "Waiting for your decision",
    noneOpen: "No case is waiting for you right now. Thank you.",
    decidedTitle: "Cases you decided",
    noneDecided: "You have not decided a case yet.",
    case: "Case",
    round: "Round",
    dueBy: "Decide by",
    overdue: "past the date",
    decision: "Your decision",
    decidedOn: "Decided on",
    open: (reference: string) => `Open case ${reference}`,
    read: (reference: string) => `Read case ${reference}`,
    back: "Back to your cases",
    askTitle: "Get the link to your own page",
    askIntro:
      "Reviewers, and experts and referral partners asked on more than one case, have a personal page with all their cases. Enter the email address the organization writes to you at, and we will send the link there.",
    email: "Your email address",
    submit: "Send me my link",
    sentTitle: "Check your email",
    sentBody:
      "If this address has a page here, a link to it is on its way. It can take a few minutes. If nothing arrives, ask the organization that sends you cases.",
    errors: { email: "Enter an email address like name@example.org." },
  },

  helperPage: {
    expert: {
      title: "Your expert requests",
      intro:
        "The cases on which innocence organizations asked for your opinion. This page is personal to you: please do not share its link.",
      openTitle: "Waiting for your opinion",
      noneOpen: "No request is waiting for you right now. Thank you.",
      doneTitle: "Opinions you sent",
      noneDone: "You have not sent an opinion yet.",
    },
    referral_partner: {
      title: "Cases referred to you",
      intro:
        "The cases innocence organizations offered to you. This page is personal to you: please do not share its link.",
      openTitle: "Waiting for your answer",
      noneOpen: "No referral is waiting for you right now. Thank you.",
      doneTitle: "Referrals you answered",
      noneDone: "You have not answered a referral yet.",
    },
    answerBy: "Answer by",
    answeredOn: "Answered on",
    accepted: "You accepted it",
    declined: "You declined it",
  },

  respond: {
    title: "Answer the reviewer's questions",
    intro: "A reviewer needs more information to decide. Answer below and add any documents that help.",
    questions: "The questions",
    answer: "Your answer",
    attachments: "Add documents",
    submit: "Send answer",
    thanksTitle: "Thank you. Your answer was sent.",
    thanksBody: "The reviewer will read it. You will hear from the organization when there is a decision.",
    errors: { answer: "Write an answer, or add a document." },
  },

  consult: {
    title: "Expert opinion requested",
    readOnlyIntro: "You sent your opinion on this case. This page is for reading only.",
    yourOpinion: "Your opinion",
    intro: "An innocence organization asks for your opinion on a case. Names and contact details are left out.",
    namesReplaced:
      "Names from the application are replaced by each person's role, in square brackets, in the question, the case details and the file names.",
    documents: "Documents the reviewer shared with you",
    noDocuments: "The reviewer shared no documents.",
    roles: {
      applicant: "[the applicant]",
      submitter: "[the person who applied]",
      family: "[a family member]",
      supporter: "[a supporter]",
      trial_attorney: "[the trial lawyer]",
      appeal_attorney: "[the appeal lawyer]",
      current_attorney: "[the current lawyer]",
      co_defendant: "[a co-defendant]",
      person: "[a person named in the application]",
    },
    question: "The question",
    conviction: "The conviction",
    claim: "The claim of innocence",
    opinion: "Your opinion",
    submit: "Send opinion",
    thanksTitle: "Thank you. Your opinion was sent.",
    thanksBody: "It goes to the reviewer of the case. You can close this page.",
    errors: { opinion: "Write your opinion." },
  },

  referral: {
    title: "Case referral",
    readOnlyIntro: "You answered this referral. This page is for reading only.",
    youAccepted: "You accepted the case",
    youDeclined: "You declined the case",
    intro: "An innocence organization refers this case to you. Read the packet and say whether you can take it.",
    note: "Note from the reviewer",
    response: "Can you take this case?",
    accept: "Yes, we will take the case",
    decline: "No, we cannot take it",
    submit: "Send answer",
    thanksTitle: "Thank you. Your answer was recorded.",
    thanksBody: "The organization has been told. You can close this page.",
    errors: { response: "Choose yes or no." },
  },

  notFound: { title: "Page not found", body: "There is no page at this address." },
  unauthorized: {
    title: "Please sign in",
    body: "This page is for the staff of the member organizations. Sign in with your staff account, then open it again.",
  },
  forbidden: {
    title: "You cannot open this page",
    body: "You are signed in, but your account does not have access to this page.",
  },
  tooManyRequests: {
    title: "Too many requests",
    body: "Too many requests came from your network in a short time. Nothing was lost: wait a minute, then try again.",
  },
  serverError: { title: "Something went wrong", body: "Nothing you sent was lost. Please try again in a few minutes." },
  tooLarge: {
    title: "The files are too large",
    body: (maxMb: number) => `All files together can be up to ${maxMb} MB. Go back and choose smaller or fewer files.`,
  },

  errors: {
    required: "Fill this in.",
    too_long: "This is too long. Please shorten it.",
    too_many: "There are too many entries.",
    invalid_email: "Enter an email address like name@example.org.",
    invalid_date: "Enter a date as year-month-day, like 1980-02-29.",
    invalid_choice: "Choose one of the options.",
    invalid_value: "This answer is not valid.",
    human_check_failed: "The check that you are a person did not pass. Please try again; nothing you typed was lost.",
    invalid_jurisdiction: "Choose a place from the list.",
    email_or_address: "Give an email address or a postal address, so the organization can reply.",
    must_consent: "The organization can only review the case with this permission.",
    unknown_organization: "Choose an organization from the list.",
    no_organization_serves:
      "No organization in this network takes cases from there yet. See the list of organizations on the home page.",
    type_not_allowed: (name: string) =>
      `“${name}” was not added: only PDF, JPEG, PNG, HEIC, TIFF, text and Word (DOCX) files can be sent.`,
    file_too_large: (name: string, maxMb: number) => `“${name}” was not added: each file can be up to ${maxMb} MB.`,
    too_many_files: (name: string, max: number) => `“${name}” was not added: up to ${max} files can be sent.`,
    application_too_large: (name: string, maxMb: number) =>
      `“${name}” was not added: all files together can be up to ${maxMb} MB.`,
  },

  /** Why an organization declines a case: a plain sentence for the applicant side, a short label for the reviewer. */
  declineReasons: {
    text: {
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
    label: {
      outside_jurisdiction: "Outside our jurisdiction",
      no_innocence_claim: "No claim of actual innocence",
      appeals_pending: "Appeals still pending",
      no_new_evidence: "No new evidence",
      case_type_excluded: "Case type not accepted",
      sentence_served: "Sentence already served",
      capacity: "No capacity right now",
      other: "Other reason",
    },
  },

  /**
   * Emails, and the letters printed from them: first the parts several emails share, then one entry
   * per template in emails/.
   */
  emails: {
    greeting: {
      person: (name: string) => `Dear ${name},`,
      lawyer: (name: string) => `Dear ${name},`,
      organization: (name: string) => `Dear ${name},`,
    },
    referenceLabel: {
      yours: "Your reference",
      plain: "Reference",
      case: "Case reference",
    },
    footer: {
      applicantSide: "You receive this message because of an application for help with a wrongful conviction.",
      reviewer:
        "You receive this message because you volunteer to review applications for help with a wrongful conviction.",
      expert:
        "You receive this message because you were asked for an expert opinion on an application for help with a wrongful conviction.",
      referralPartner: "You receive this message because you take referrals of wrongful conviction cases.",
      staff: "Automatic message from the intake system. It was sent to the organization's intake address.",
      custodian: "You receive this letter because it concerns evidence in a case of a possible wrongful conviction.",
    },
    letter: {
      prisonNumber: (number: string) => `No. ${number}`,
      writeBack: "To write to us, use the address at the top of this letter. Please put your reference on every page.",
    },
    openCase: "Open the case",
    personalLinkNote:
      "This link is personal to you and works without an account. Please do not forward it; anyone with it can see the case.",
    reviewSteps: "What to do: open the link below, read the case, and choose a decision on the page.",
    decideBy: (date: string) => `Please decide by ${date}.`,
    acknowledgement: {
      subject: (reference: string) => `Application received — ${reference}`,
      submitter: (organization: string) =>
        `${organization} has received your application. Thank you for trusting us with it.`,
      contact: (organization: string, applicant: string) =>
        `${organization} has received an application for ${applicant}. You were named as someone to keep informed, so we will write to you when it moves forward.`,
      next: "What happens next: a member of our team reads every application. This can take several months, and we will write when anything changes. You do not need to send it again.",
      button: "See where it stands",
      linkNote: "This link is private to you. Do not share it; anyone with it can see the status.",
    },
    reviewRequest: {
      subject: {
        new: (reference: string) => `Case to review — ${reference}`,
        answer_received: (reference: string) => `The applicant answered — ${reference}`,
        opinion_received: (reference: string) => `Expert opinion received — ${reference}`,
        reassigned: (reference: string) => `Case passed to you for review — ${reference}`,
        returned: (reference: string) => `Case back for review — ${reference}`,
      },
      intro: {
        new: (organization: string) => `${organization} asks you to review a new case. Thank you for your help.`,
        answer_received: (organization: string) =>
          `The applicant side has answered your questions. The answer is now on the case page. ${organization} asks you to continue your review.`,
        opinion_received: (organization: string) =>
          `The expert has sent an opinion. It is now on the case page. ${organization} asks you to continue your review.`,
        reassigned: (organization: string) =>
          `${organization} has passed this case to you because the first reviewer could not finish it. Thank you for taking it.`,
        returned: (organization: string) =>
          `${organization} has sent this case back for review. Please read it again, with anything new on the case page, and decide.`,
      },
      flags: (count: number) =>
        count === 1
          ? "The screening marked 1 point for your attention."
          : `The screening marked ${count} points for your attention.`,
    },
    ownPage: {
      line: {
        reviewer: "All the cases you hold, with their deadlines, and those you decided are on your own page:",
        expert: "All the cases on which you were asked for an opinion, with their deadlines, are on your own page:",
        referral_partner: "All the cases offered to you, with their deadlines, and your answers are on your own page:",
      },
      note: "That link is personal too. If you lose it, ask for it again at",
    },
    ownPageLink: {
      subject: {
        reviewer: "Your reviewer page",
        expert: "Your page of expert requests",
        referral_partner: "Your page of case referrals",
      },
      intro: {
        reviewer: (organization: string) =>
          `You asked for the link to your reviewer page at ${organization}. It lists the cases you hold, with their deadlines, and the cases you decided.`,
        expert: (_organization: string) =>
          "You asked for the link to your page of expert requests. It lists the cases on which you were asked for an opinion, with their deadlines, and the opinions you sent.",
        referral_partner: (_organization: string) =>
          "You asked for the link to your page of case referrals. It lists the cases offered to you, with their deadlines, and your answers.",
      },
      button: "Open my page",
      ignore:
        "If you did not ask for this, you can ignore this message: the link was sent only to you. Please do not forward it; anyone with it can see your cases.",
    },
    reviewReleased: {
      subject: (reference: string) => `You no longer need to review this case — ${reference}`,
      intro: {
        staff: (organization: string) =>
          `${organization} has passed this case to another reviewer. You do not need to do anything more with it.`,
        no_answer: (organization: string) =>
          `We had not heard from you about this case, so ${organization} has passed it to another reviewer, so that the applicant does not wait longer. We know volunteers have busy lives; you do not need to reply.`,
      },
      linkOff: "The review link we sent you for this case no longer works.",
      thanks: "Thank you for giving your time to this work.",
    },
    reviewReminder: {
      subject: (reference: string) => `Reminder: case to review — ${reference}`,
      lastSubject: (reference: string) => `Last reminder: case to review — ${reference}`,
      intro: "A case is still waiting for your decision. Thank you for your time.",
      last: "This is the last reminder. Without a decision, the case will be passed to another reviewer.",
    },
    staffAlert: {
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
        mail_refused: {
          subject: "Email not delivered",
          what: "The mail service refused an email about this case for good, so it was not sent again.",
          todo: "Please reach the person another way, and check their email address.",
        },
        mail_refused_letter: {
          subject: "Email not delivered: letter to print",
          what: "The mail service refused an email about this case for good. The same message is waiting as a letter.",
          todo: "Please print and post it from the letters page, and check the person's email address.",
        },
        workflow_stuck: {
          subject: "Case stopped moving",
          what: "This case's automatic steps failed several times, so it is not moving on by itself.",
          todo: "Please open the case and move it on by hand. If this happens again, tell your technical contact.",
        },
        task_overdue: {
          subject: "Task overdue",
          what: "A task on this case is past its due day and not marked done.",
          todo: "Please do it, or give it a new day on the case page.",
        },
        preservation_due: {
          subject: "Evidence preservation letter not sent",
          what: "The letter that asks for this case's biological evidence to be preserved is due, and it is not marked sent.",
          todo: "Please print and post it from the letters page, or mark the task done once it is sent another way. We remind you every week until then.",
        },
      },
      detailLabel: "Note",
      lookup: "Look up the case by its reference for the details.",
    },
    infoRequest: {
      subject: (reference: string) => `Questions about the application — ${reference}`,
      intro: (organization: string) =>
        `${organization} is reading the application. We have some questions. Your answers help us understand the case.`,
      questionsLabel: "Our questions",
      how: "You can answer on the page below. You can also add documents there, like court papers or letters. If you do not know an answer, it is fine to say so.",
      howByPost:
        "Please write your answers on paper and post them to us. Put your reference on every page. You can send copies of papers that help, like court papers or letters; keep the originals. If you do not know an answer, it is fine to say so.",
      due: (date: string) => `Please answer by ${date}.`,
      button: "Answer the questions",
      linkNote: "This link is private to you. Do not share it; anyone with it can see the questions and answer them.",
    },
    draftSaved: {
      subject: "Your saved application",
      greeting: "Hello,",
      intro: "You saved your application for help with a wrongful conviction, so that you can finish it later.",
      how: "To go on where you left off, open the link below. You can also type the code you wrote down on the page “Continue a saved application”.",
      keptUntil: (date: string) =>
        `We keep what you typed until ${date}. After that it is deleted, with any documents you added. Each time you save, it is kept longer.`,
      button: "Continue my application",
      linkNote: "This link is private to you. Do not share it: anyone with it can see and change your application.",
    },
    expertRequest: {
      subject: (reference: string) => `Request for an expert opinion — ${reference}`,
      greeting: "Hello,",
      intro: (organization: string) =>
        `${organization} helps people who may have been wrongly convicted. A reviewer of one case asks for your expert opinion. Thank you for considering it.`,
      questionLabel: "The question",
      how: "The page below shows the case with personal details removed. Please read it and send your opinion back on that same page.",
      due: (date: string) => `Please send your opinion by ${date}.`,
    },
    caseAccepted: {
      subject: (reference: string) => `Case accepted for further work — ${reference}`,
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
      },
    },
    referralRequest: {
      subject: (reference: string) => `Case referral: can you take this case? — ${reference}`,
      ask: {
        lawyer: (organization: string) =>
          `${organization} has reviewed a claim of wrongful conviction and accepted it for further work. We would like to ask whether you can take the case as a pro bono lawyer.`,
        organization: (organization: string) =>
          `${organization} has reviewed a claim of wrongful conviction and accepted it for further work. We would like to ask whether your organization, as a member of the network, can take the case.`,
      },
      steps: "What to do: open the link below and read the case packet. Then accept or decline the case on the page.",
      due: (date: string) =>
        `Please answer by ${date}. If you decline, we will ask someone else, so a quick answer helps.`,
      button: "Open the case packet",
    },
    caseReferred: {
      subject: (reference: string) => `Case referred for further work — ${reference}`,
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
      },
    },
    caseDeclined: {
      subject: (reference: string) => `Decision on the application — ${reference}`,
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
      },
      reasonsLabel: "Why we cannot take the case:",
      directoryLabel: "These organizations might be able to help:",
      takesCasesFrom: "Takes cases from",
      elsewhere: {
        submitter:
          "You may ask for help elsewhere. Please keep your papers. Thank you for trusting us with your application.",
        contact: "Help may be available elsewhere. Thank you for your support.",
        attorney: "Your client may seek help elsewhere. Thank you for bringing the case to us.",
      },
    },
    preservationRequest: {
      subject: (reference: string) => `Request to preserve biological evidence — ${reference}`,
      custodians: {
        court_clerk: "The Clerk of Court",
        police_evidence_room: "The Police Evidence Room",
        laboratory: "The Laboratory",
        other: "The Evidence Custodian",
      },
      greeting: "Dear Sir or Madam,",
      intro: (organization: string, applicant: string) =>
        `${organization} is reviewing the conviction of ${applicant}, who says they are innocent. Biological evidence from this case, such as blood, hair, skin cells or other material that may hold DNA, may show who committed the crime.`,
      ask: "We ask you to preserve all biological evidence and all other physical evidence from this case that you hold. Please do not destroy it, use it up in testing or release it, and tell us before anything happens to it.",
      answer: (email: string) =>
        `Please write to us to say what evidence you hold and that it will be kept. Please give our reference. You can also write to ${email}.`,
      caseTitle: "The case",
      facts: {
        person: "Person convicted",
        otherNames: "Other names",
        dateOfBirth: "Date of birth",
        place: "Place of conviction",
        court: "Court",
        caseNumber: "Case number",
        offenses: "Convicted of",
        convictionDate: "Date of conviction",
      },
      signOff: (organization: string) => `Yours faithfully,\n${organization}`,
    },
    staffMessage: {
      subject: (reference: string) => `A message about the application — ${reference}`,
      signOff: (organization: string) => `With best wishes,\n${organization}`,
      reply: "To answer, reply to this email or write to us. Please give the reference number.",
    },
    appliedForYou: {
      subject: (reference: string) => `An application for help with your case — ${reference}`,
      who: (name: string, relation: string) => `${name} (${relation})`,
      roles: { family: "a family member", supporter: "a friend or supporter", defense_attorney: "your lawyer" },
      intro: (who: string, organization: string) =>
        `${who} has asked ${organization} to look at your conviction. ${organization} helps people who may have been wrongly convicted. It is free.`,
      yourSay:
        "You can write to us about it: to tell us more about your case, to ask a question, or to tell us that you do not want us to look at it.",
      confirm:
        "Before we start to review your case, we need you to agree in writing. Please write to us that you want us to look at your case, sign your letter and put your reference on it.",
      next: (submitter: string) => `We will keep ${submitter} informed. You can write to us at any time.`,
    },
    caseRouted: {
      subject: (reference: string) => `Application sent to another organization — ${reference}`,
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
      },
      movedBody: {
        submitter: (from: string, to: string) => [
          `${from} has passed your application to ${to}, which is better placed to look at your case.`,
          `${to} will read it and write to you.`,
          "You do not need to apply again. Your reference stays the same.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `${from} has passed the application for ${applicant} to ${to}, which is better placed to look at the case.`,
          "Nobody needs to apply again. The reference stays the same.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `${from} has transferred the application concerning ${applicant} to ${to}, which is better placed to review the case.`,
          `No new application is needed, and the reference is unchanged. ${to} will continue the review and contact you as needed.`,
        ],
      },
    },
  },

  /**
   * The staff side: the queue, a case, letters to print, the API reference and the development
   * tools. Enumerations (statuses, events, templates) are lowercase, as they read inside a table.
   */
  staff: {
    nav: {
      label: "Staff",
      queue: "Case queue",
      newCase: "Enter a mailed application",
      letters: "Letters to print",
      questionnaire: "Questionnaire",
      reports: "Reports",
      exports: "Exports",
      partners: "Referral partners",
      apiDocs: "API reference",
    },
    statuses: {
      submitted: "submitted",
      screening: "screening",
      awaiting_confirmation: "awaiting confirmation",
      in_review: "in review",
      awaiting_info: "awaiting info",
      awaiting_expert: "awaiting expert",
      accepted: "accepted",
      referred: "referred",
      routed: "routed",
      declined: "declined",
      closed: "closed",
      withdrawn: "withdrawn",
    },
    notYet: "not yet",
    formRefused: {
      title: "This form was refused",
      body: "It did not come from this site's own pages, so nothing was changed. Go back, reload the page and send the form again.",
    },
    queue: {
      title: "Case queue",
      errorTitle: "These filters could not be used",
      filters: "Find cases",
      status: "Status",
      anyStatus: "Any status",
      organization: "Organization",
      anyOrganization: "Any organization",
      reviewer: "Reviewer asked",
      anyReviewer: "Any reviewer",
      reviewerOption: (name: string, organization: string) => `${name} (${organization})`,
      inactiveReviewerOption: (name: string, organization: string) => `${name} (${organization}, inactive)`,
      submittedFrom: "Submitted from",
      submittedTo: "Submitted to",
      overdueOnly: "Overdue only (someone asked to act is past the due date)",
      stuckOnly: "Stuck only (not moving by itself: move it on by hand)",
      myTasks: "My tasks (cases with an open task of mine)",
      dueThisWeek: "Tasks due this week (in the next seven days, or overdue)",
      show: "Show cases",
      clear: "Clear search and filters",
      search: "Search",
      searchHint: (max: number) =>
        `A reference, an email address, a prison or case number, or a name: whole words, in any order (at most ${max}). The filters below narrow it down.`,
      captionFound: (query: string, shown: number, continued: boolean) =>
        `Cases found for “${query}”, newest first${continued ? " (continued)" : ""}: ${shown} shown`,
      emptySearch: "No case matches this search and these filters.",
      preservationOnly: "Evidence preservation letter not sent yet",
      preservationDue: "Evidence preservation letter due",
      exportCsv: "Export these cases as CSV",
      caption: (shown: number) => `Cases, newest first: ${shown} shown`,
      captionContinued: (shown: number) => `Cases, newest first (continued): ${shown} shown`,
      empty: "No cases match these filters.",
      columns: {
        reference: "Reference",
        organization: "Organization",
        applicant: "Applicant",
        status: "Status",
        submitted: "Submitted",
        stageDue: "Stage due",
        nextTask: "Next task",
        possibleDuplicates: "Possible duplicates",
      },
      nothingOpen: "nothing open",
      noTask: "none",
      erased: "(erased)",
      overdue: "overdue",
      stuck: "stuck",
      firstPage: "First page",
      nextPage: "Next page",
      errors: {
        status: (unknown: string) => `Unknown status: ${unknown}.`,
        overdue: "Overdue is either ticked (true) or left out.",
        stuck: "Stuck is either ticked (true) or left out.",
        myTasks: "My tasks is either ticked (true) or left out.",
        dueThisWeek: "Due this week is either ticked (true) or left out.",
        preservation: "Evidence preservation letter not sent is either ticked (true) or left out.",
        submittedFrom: "Enter the first day as a date, like 2026-11-01.",
        submittedTo: "Enter the last day as a date, like 2026-11-30.",
        limit: "The number of cases per page (limit) must be a whole number from 1 to 200.",
        cursor: "This page link is not valid. Start again from the first page.",
      },
    },
    case: {
      title: (reference: string) => `Case ${reference}`,
      errorTitle: "That could not be done",
      done: {
        reassigned: "The review was reassigned. The new reviewer has been emailed the review link.",
        withdrawn: "The application was withdrawn. Open requests and their links were revoked.",
        closed: "The case was closed. Open requests and their links were revoked.",
        offered: "The case is being offered. The partner or organization is emailed the case packet within a minute.",
        returned:
          "The case was sent back to review. Open requests were revoked; the reviewers are emailed within a minute.",
        reopened: "The case was reopened and is back in review. The reviewers are emailed within a minute.",
        moved:
          "The case was moved. The other organization's reviewers and the applicant side are emailed within a minute.",
        emailed: "The message was sent by email.",
        letter: "The message is waiting under Letters to print: print it and post it.",
        logged: "It was logged, with its scans.",
        noted: "The note was added.",
        task: "The task was added.",
        taskChanged: "The task was changed.",
        confirmed: "The confirmation was recorded. The reviewers are emailed within a minute.",
        answered: "The answer was recorded, with its scans. The reviewers are emailed within a minute.",
        entered:
          "The mailed application was saved with its scans, and its review has started. A reply to someone without email waits under Letters to print.",
      },
      summary: {
        title: "Summary",
        reference: "Reference",
        status: "Status",
        organization: "Organization",
        source: "Source",
        language: "Language",
        sentBy: "Sent by",
        submitted: "Submitted",
        updated: "Last updated",
      },
      sources: { web_form: "web form", api: "api", paper_mail: "paper mail" },
      actions: {
        title: "Actions",
        nothingMore: (status: string) => `This case is ${status}: nothing more can be done with it here.`,
        reassignTitle: "Reassign a review",
        review: "Review",
        reviewOption: (round: number, reviewer: string, due: string) => `Round ${round}: ${reviewer}, due ${due}`,
        newReviewer: "New reviewer",
        leastLoaded: "The least loaded reviewer who has not seen the case",
        reassign: "Reassign review",
        withdrawTitle: "Withdraw the application",
        withdrawBody: "At the applicant's request. This stops the review and revokes every open request link.",
        withdrawConfirm: "The applicant asked to withdraw the application",
        withdraw: "Withdraw application",
        closeTitle: "Close the case",
        closeBody:
          "This stops the review and revokes every open request link. A closed case can be reopened while it is kept.",
        reason: "Reason",
        chooseReason: "Choose a reason",
        chooseOne: "Choose one",
        close: "Close case",
        closeReasons: {
          duplicate: "Duplicate of another case",
          no_reviewer: "No reviewer is available",
          referrals_exhausted: "Every referral was declined",
          no_response: "The applicant did not respond",
          resolved_elsewhere: "Resolved elsewhere",
          other: "Other",
        },
      },
      errors: {
        chooseReview: "Choose the review.",
        confirmWithdraw: "Tick the box to confirm that the applicant asked to withdraw.",
        chooseCloseReason: "Choose why the case is closed.",
        reviewNotFound: "This case has no such review assignment.",
        reviewNotOpen: (status: string) => `This review is ${status}; only an open review can be reassigned.`,
        chooseAnotherReviewer: "Choose another active reviewer of the case's organization.",
        noReviewerLeft: "No other active reviewer is left to take this review.",
        alreadyEnded: (status: string, wanted: string) => `This case is already ${status}; it cannot be ${wanted}.`,
        caseGone: "This case no longer exists.",
      },
      applicant: {
        title: "Applicant",
        name: "Name",
        submittedBy: "Submitted by",
        submitter: (name: string, role: string) => `${name} (${role})`,
        relationship: "Relationship",
      },
      contacts: {
        title: "Contacts",
        caption: "People on the case and how to reach them",
        name: "Name",
        role: "Role",
        email: "Email",
        postalAddress: "Postal address",
        language: "Language",
        getsUpdates: "Gets updates",
        submitter: (role: string) => `${role} (submitted the application)`,
        roles: {
          applicant: "applicant",
          family: "family",
          supporter: "supporter",
          defense_attorney: "defense attorney",
          trial_attorney: "trial attorney",
          appeal_attorney: "appeal attorney",
          referral_partner: "referral partner",
          evidence_custodian: "evidence custodian",
          expert: "expert",
          staff: "staff",
        },
      },
      documents: {
        title: "Documents",
        none: "No documents were sent.",
        about: (type: string, kilobytes: number, from: string, day: string) =>
          `(${type}, ${kilobytes} KB, from the ${from}, ${day})`,
      },
      screening: {
        title: "Screening",
        none: "Not screened yet.",
        label: (organization: string) => `Screening at ${organization}`,
        at: (organization: string, version: string) => `At ${organization}, criteria version ${version}: `,
        noVersion: "none",
        outcomes: { pass: "pass", flagged: "flagged", route: "route", decline: "decline" },
        results: { pass: "pass", fail: "fail", unknown: "unknown" },
        onFail: (what: string) => ` (on failure: ${what})`,
        onFailActions: { decline: "decline", route: "route", flag: "flag" },
      },
      assignments: {
        title: "Assignments",
        caption: "Who was asked to act, oldest first",
        empty: "Nobody has been asked to act yet.",
        nobody: "nobody",
        asked: "Asked",
        kind: "Kind",
        round: "Round",
        status: "Status",
        due: "Due",
        reminders: "Reminders",
        created: "Created",
        completed: "Completed",
        kinds: { review: "review", respond: "respond", consult: "consult", referral: "referral" },
        statuses: { open: "open", done: "done", lapsed: "lapsed", reassigned: "reassigned", revoked: "revoked" },
      },
      decisions: {
        title: "Decisions",
        caption: "Reviewers' decisions, oldest first",
        reviewer: "Reviewer",
        round: "Round",
        outcome: "Outcome",
        reasons: "Reasons",
        questions: "Questions",
        note: "Note",
        decided: "Decided",
        outcomes: {
          accept: "accept",
          decline: "decline",
          request_info: "request info",
          consult_expert: "consult expert",
          refer: "refer",
        },
      },
      responses: {
        title: "Answers, opinions and referral replies",
        kinds: { answer: "Applicant's answer", opinion: "Expert's opinion", referral: "Referral reply" },
        heading: (kind: string, round: number) => `${kind}, round ${round}`,
        accepted: "Accepted the referral.",
        declined: "Declined the referral.",
        received: "Received",
      },
      duplicates: {
        title: "Possible duplicates",
        caption: "Other cases that may be about the same person",
        empty: "No other case names the same person.",
        organization: "Organization",
        submitted: "Submitted",
        matchedOn: "Matched on",
        case: "Case",
        elsewhere: "at another organization",
        matches: { name_birth_date: "name and date of birth", name_prison_number: "name and prison number" },
      },
      timeline: {
        title: "Timeline",
        caption: "Everything that happened to the case, oldest first",
        time: "Time",
        event: "Event",
        by: "By",
        who: "Who",
        details: "Details",
        /** One per event type (src/cases/events.ts); a stored type not listed is shown as its code. */
        events: {
          submitted: "submitted",
          received: "received",
          screened: "screened",
          routed: "routed",
          in_review: "in review",
          awaiting_info: "awaiting info",
          awaiting_expert: "awaiting expert",
          accepted: "accepted",
          referred: "referred",
          declined: "declined",
          withdrawn: "withdrawn",
          closed: "closed",
          assigned: "assigned",
          reminded: "reminded",
          escalated: "escalated",
          reassigned: "reassigned",
          decided: "decided",
          answered: "answered",
          opinion_given: "opinion given",
          request_lapsed: "request lapsed",
          referral_offered: "referral offered",
          referral_accepted: "referral accepted",
          referral_refused: "referral refused",
          referral_declined: "referral declined",
          referral_lapsed: "referral lapsed",
          workflow_errored: "workflow errored",
          workflow_restarted: "workflow restarted",
          notified: "notified",
          message_failed: "message failed",
          viewed_by_staff: "viewed by staff",
        },
      },
      messages: {
        title: "Messages",
        caption: "Who was told what, oldest first",
        empty: "No messages yet.",
        template: "Template",
        channel: "Channel",
        recipient: "Recipient",
        status: "Status",
        created: "Created",
        sent: "Sent",
        recipientKind: (kind: string, name: string) => `${kind}: ${name}`,
        recipientKinds: { contact: "contact", reviewer: "reviewer", organization: "organization" },
        /** Templates not listed here are shown as their name. */
        templates: {
          acknowledgement: "acknowledgement",
          "review-request": "review request",
          "review-reminder": "review reminder",
          "staff-alert": "staff alert",
          "info-request": "info request",
          "expert-request": "expert request",
          "case-accepted": "case accepted",
          "referral-request": "referral request",
          "case-referred": "case referred",
          "case-declined": "case declined",
          "case-routed": "case routed",
          "applied-for-you": "someone applied for them",
        },
        channels: { email: "email", post: "post" },
        statuses: { pending: "pending", sent: "sent", failed: "failed" },
      },
    },
    letters: {
      title: "Letters to print",
      intro:
        "These people gave only a postal address. Print each letter, post it, and it is recorded as sent. Printing issues the private links in the letter, so print each letter once.",
      custodyNote:
        "Letters to someone in prison carry no link: they give the reference and your address to write back to. A question letter's answer deadline starts when it is printed.",
      noAddressTitle: "No return address",
      noAddress: (organizations: string) =>
        `${organizations} has no postal address set, so its letters cannot say where to write back. Set it first: PATCH /api/v1/organizations/<slug> with {"postalAddress": "…"}.`,
      none: "No letters are waiting.",
      caption: "Waiting letters, oldest first",
      columns: {
        print: "Print",
        case: "Case",
        letter: "Letter",
        to: "To",
        organization: "Organization",
        since: "Since",
      },
      printLabel: (letter: string, reference: string) => `Print the ${letter} letter for ${reference}`,
      paper: "Paper",
      paperOwn: "Each organization's own: US Letter in North America, A4 elsewhere",
      paperA4: "A4",
      paperLetter: "US Letter",
      print: "Print the chosen letters",
      printedTitle: "Letters",
      noneLeft: "None of the chosen letters is waiting any more: they were printed already.",
      printed: (count: number) =>
        count === 1
          ? "1 letter, now marked as sent. Use your browser's Print command."
          : `${count} letters, now marked as sent. Use your browser's Print command; each letter starts on a new page.`,
      back: "Back to the letters",
      letterLabel: (name: string, reference: string) => `Letter to ${name}, ${reference}`,
    },
    apiDocs: {
      title: "API reference",
      baseUrl: "Base URL:",
      document: "The machine-readable document (OpenAPI 3.1) is at",
      auth: "Staff endpoints need a Cloudflare Access token (Cf-Access-Jwt-Assertion, set by Access) or Authorization: Bearer with the staff API token.",
      sections: "Sections",
      staffOnly: "Staff only.",
      parameters: "Parameters",
      name: "Name",
      in: "In",
      required: "Required",
      about: "About",
      body: (types: string) => `Body: ${types}.`,
      fields: "Fields:",
      requiredField: "(required)",
      or: " or ",
    },
    devSignIn: {
      link: "Sign in for local development",
      title: "Staff sign-in (development)",
      heading: "Staff sign-in for local development",
      intro:
        "In production, staff sign in through Cloudflare Access. Here, the staff API token opens the staff pages instead.",
      pagesLink: "Open the staff pages",
      token: "Staff API token",
      tokenHint: "The value of STAFF_API_TOKEN in .dev.vars.",
      wrongToken: "That is not the staff API token of this server.",
      submit: "Sign in",
    },
    mailbox: {
      title: "Dev mailbox",
      intro:
        "Every message the app sent, newest first. Open one to see it as the recipient would, and follow its links.",
      json: "As JSON:",
      empty: "No messages yet.",
      apply: "Send an application",
      sent: "Sent",
      to: "To",
      subject: "Subject",
    },
    /** What a text erased with its case's data shows instead. */
    erased: "(erased)",
    /** The case page's correspondence, and its forms to write and to log what came in. */
    desk: {
      kinds: { letter: "Letter", call: "Phone call", email: "Email", visit: "Visit" },
      channels: { email: "Email", post: "Letter" },
      incoming: (kind: string) => `In: ${kind}`,
      outgoing: (kind: string) => `Out: ${kind}`,
      noScans: "no scans",
      messageStatuses: {
        sent: "sent",
        printed: "printed",
        waitingToPrint: "waiting to be printed",
        pending: "pending",
        failed: "failed",
      },
      title: "Correspondence",
      caption: "Letters, calls, emails and visits in, and messages staff wrote, oldest first",
      empty: "No correspondence yet.",
      columns: { day: "Day", person: "Person", says: "What it says", scans: "Scans or status" },
      writeTitle: "Write to someone",
      snippetTitle: "Start from a snippet",
      snippet: "Snippet",
      useSnippet: "Use this snippet",
      messageTitle: "Message",
      send: "Send",
      messageIntro:
        "The person reads it in their language's frame: a greeting, your text, the organization's sign-off and the reference. It goes by email when they have an address; otherwise it waits under Letters to print.",
      to: "To",
      contactOption: (name: string, role: string, language: string) => `${name} (${role}, ${language})`,
      postOnlyOption: (name: string, role: string, language: string) => `${name} (${role}, post only, ${language})`,
      sendBy: "Send by",
      sendByDefault: "Email if they have an address, else a letter",
      heading: "Heading (optional, shown in the message, never in the subject line)",
      body: "Your text",
      logTitle: "Log post, a call, an email or a visit",
      log: "Log it",
      kind: "What came in",
      date: "Day it arrived or took place",
      from: "From",
      fromNobody: "Someone not on the case",
      personOption: (name: string, role: string) => `${name} (${role})`,
      inAnswerTo: "In answer to",
      noTask: "No task",
      summary: "What it says or asks",
      scans: "Scans (optional; PDF, JPEG, PNG, HEIC, TIFF)",
      answerTitle: "Type in the answer that came by post",
      recordAnswer: "Record the answer",
      answerDue: (round: number, due: string) =>
        `The reviewers asked in round ${round}; the answer is due ${due}. Recording it here is the same as an answer sent online: the reviewers are asked to decide again.`,
      questions: "The questions",
      answer: "The answer, as the letter gives it",
      answerScans: "Scans of the letter and what came with it (PDF, JPEG, PNG, HEIC, TIFF)",
    },
    tasks: {
      title: "Tasks",
      caption: "Open tasks first, by due day",
      empty: "No tasks yet.",
      columns: { task: "Task", due: "Due", assignee: "Assignee", done: "Done", change: "Change" },
      overdue: "overdue",
      whoeverMadeIt: "whoever made it",
      notDone: "No",
      openAgain: "Open again",
      markDone: "Mark done",
      changeLabel: (change: string, task: string) => `${change}: ${task}`,
      aTask: "task",
      addTitle: "Add a task",
      add: "Add task",
      what: "What to do",
      due: "Due",
      who: "Who does it",
      me: "Me",
    },
    notes: {
      title: "Notes",
      intro: "For the team only: nobody outside the staff pages sees them.",
      caption: "Internal notes, oldest first",
      empty: "No notes yet.",
      columns: { written: "Written", by: "By", note: "Note" },
      addTitle: "Add a note",
      add: "Add note",
      note: "Note",
    },
    preservation: {
      title: "Evidence preservation",
      intro:
        "Biological evidence of this case exists or may exist. Ask whoever keeps it, in writing, not to destroy it. Until the letter is marked sent, the intake address is reminded every week from the due day.",
      letterDue: "Letter due",
      overdue: "overdue",
      sent: "Sent",
      notYet: "Not yet",
      custodian: "Custodian",
      noPostalAddress: "(no postal address)",
      nobodyNamed: "The application names nobody. Find out who keeps the evidence and write to them.",
      letter: "Letter",
      noLetter: "None prepared: there is no postal address to send it to.",
      printed: "Printed",
      waiting: "Waiting to be printed. Printing it marks it sent:",
      waitingIn: (language: string) => `Waiting to be printed, in ${language}. Printing it marks it sent:`,
      answersCaption: "The custodian's answers, logged as correspondence for this task",
      answersEmpty: (form: string) => `No answer logged yet. Log it under “${form}”, choosing this task.`,
      columns: { day: "Day", how: "How", says: "What it says" },
    },
    /** The case page's personal-data panel, and the pages its erasure forms lead to. */
    person: {
      title: "Personal data",
      noOtherCase: "No other case of this person was found (by name with date of birth or prison number).",
      otherCases: (count: number) =>
        `This person has ${count} other ${count === 1 ? "case" : "cases"} here (found by name with date of birth or prison number).`,
      elsewhere: (count: number) =>
        `${count} more ${count === 1 ? "is" : "are"} with other organizations, for their staff.`,
      downloadCase: "Download this case (ZIP)",
      downloadPerson: (count: number) =>
        `Download everything about this person: ${count} ${count === 1 ? "case" : "cases"} (ZIP)`,
      zipsMadeForYou:
        "The ZIP is made in the background. The next page shows how far it has come, and you can download it there for a day.",
      eraseCase: "Erase this case",
      eraseCaseBody: "Deletes this case, its people, files, messages and history. It cannot be undone.",
      erasePerson: (count: number) => `Erase every case of this person (${count})`,
      erasePersonBody: "Deletes each of the person's cases as above. It cannot be undone.",
      typeReference: (reference: string) => `Type the reference ${reference} to confirm`,
      notErased: "Not erased",
      notConfirmed: (reference: string) =>
        `Nothing was erased: the reference typed was not ${reference}. Go back and type it exactly to confirm.`,
      caseErasedTitle: "Case erased",
      caseErased: (reference: string) => `Case ${reference} and everything about it was erased.`,
      personErasedTitle: "Person's cases erased",
      personErased: (count: number) =>
        `${count} ${count === 1 ? "case" : "cases"} of this person ${count === 1 ? "was" : "were"} erased.`,
      leftElsewhere: (count: number) =>
        `${count} with other organizations ${count === 1 ? "is" : "are"} left for their staff.`,
      back: "Back to the case queue",
    },
    /** The case page's forms that move a case on, and those for what came by post. */
    moves: {
      confirmTitle: "Record the written confirmation",
      confirm: "Record it: review starts",
      confirmBody:
        "Someone else applied for this person in prison, and your organization reviews only once they agree in writing. When their signed letter has come, record it here: the case goes to review. Log the letter itself under “Log post” to keep the scan.",
      receivedOn: "Day their letter arrived",
      referPartnerTitle: "Offer to a referral partner",
      referPartnerBody: "The partner is emailed the case packet and asked to accept or decline by the usual deadline.",
      partner: "Referral partner",
      referOrganizationTitle: "Offer to another member organization",
      referOrganizationBody: "Its intake team is emailed the case packet and asked to take the case or decline it.",
      memberOrganization: "Member organization",
      sendOffer: "Send the offer",
      returnTitle: "Send back to review",
      return: "Send back to review",
      returnBody:
        "Open requests (questions, an expert's opinion, a referral) are revoked, and the reviewers of the last round are asked to decide again; other reviewers when they are no longer active.",
      reopenTitle: "Reopen the case",
      reopen: "Reopen case",
      reopenBody: "The case goes back to review, to the reviewers of its last round while they are active.",
      reopenReason: "Why it is reopened",
      reopenReasons: {
        new_information: "New information came in",
        applicant_asked: "The applicant asked us to look again",
        decided_in_error: "It was ended by mistake",
        other: "Other",
      },
      moveTitle: "Move to another organization",
      move: "Move case",
      moveBody:
        "Open requests are revoked; the other organization screens it, its reviewers take it and the applicant side is told. You will no longer see it unless you are network staff.",
      organization: "Organization",
      errors: {
        choosePartner: "Choose a referral partner.",
        chooseOrganization: "Choose an organization.",
        chooseReopenReason: "Choose why the case is reopened.",
        emptyAnswer: "Type the answer in, or add the scans of it.",
      },
    },
    /** A case form's problem, by field: "Your text: Fill this in." */
    formIssue: (field: string, problem: string) => `${field}: ${problem}`,
    formFields: {
      contactId: "To",
      body: "Your text",
      subject: "Heading",
      channel: "Send by",
      kind: "What came in",
      title: "What to do",
      dueOn: "Due",
      assigneeId: "Who does it",
      date: "Day",
      summary: "What it says",
      receivedOn: "Day their letter arrived",
      answer: "The answer",
    },
    /**
     * Why a staff action on a case was refused. The English is also the API's message; the case
     * page shows it in the staff member's language. A status is given as `statuses` names it.
     */
    refusals: {
      noSuchCase: "No such case.",
      gone: "gone",
      referred: "This case was referred: it has left the review, so it cannot be moved on.",
      endedReopenFirst: (status: string) => `This case is ${status}: reopen it first.`,
      endedReopenInstead: (status: string) => `This case is ${status}: reopen it instead.`,
      moving: "This case is still moving on by itself (its workflow is running): wait a minute and try again.",
      changed: (status: string) =>
        `Someone or something changed this case a moment ago (it is now ${status}); nothing was changed. Reload it and try again.`,
      referralWaiting: (day: string) =>
        `A referral is waiting for an answer until ${day}: wait for it, or for it to lapse.`,
      notReferable: (status: string) =>
        `This case is ${status}: only an accepted case, or one whose referrals to other members were all declined or lapsed, can be referred.`,
      choosePartner: "Choose an active referral partner of the case's organization.",
      chooseOtherOrganization: "Choose another member organization.",
      inReviewAlready: (day: string) =>
        `This case is in review already: a reviewer is asked to decide by ${day}. Reassign the review instead.`,
      notReopenable: (status: string) =>
        `This case is ${status}: only a withdrawn, declined or closed case can be reopened.`,
      retentionEnded: (day: string) =>
        `This case's retention period ended on ${day}: it is being deleted and cannot be reopened.`,
      notAwaitingConfirmation: (status: string) =>
        `This case is ${status}: it is not waiting for a written confirmation.`,
      notAwaitingAnswers: "This case is not waiting for answers: no questions are open for the applicant.",
      answeredJustNow: "The questions were answered or closed a moment ago.",
      erasedNothingAdded: "This case's data was erased: nothing can be added to it.",
      erasedNothingWritten: "This case's data was erased: nothing can be written to it.",
      chooseStaff: "Choose an active staff member who can see this case.",
      taskChanged: "Someone changed this task a moment ago; nothing was changed. Reload it.",
      choosePerson: "Choose a person on this case.",
      noEmail: "This person has no email address.",
      noPostalAddress: "This person has no postal address.",
      chooseTask: "Choose a task of this case.",
    },
    reports: {
      title: "Reports",
      errorTitle: "Check the filters",
      filters: "Filters",
      from: "Received from",
      to: "Received until (included)",
      organization: "Organization",
      allOrganizations: "All I can see",
      show: "Show",
      empty: "Nothing in this period.",
      chartTitle: (caption: string) => `${caption}, as a bar chart; the table below has the same figures.`,
      exportTable: (caption: string) => `Export “${caption}” as CSV`,
      badDay: "Enter a day like 2026-01-31, the last on or after the first.",
      chooseOrganization: "Choose an organization from the list.",
      /** Each table's caption and columns; the English columns are also its CSV's header. */
      tables: {
        months: { caption: "Applications per month", columns: ["month", "applications"] },
        sources: { caption: "Applications by source", columns: ["source", "applications"] },
        jurisdictions: { caption: "Applications by place of conviction", columns: ["jurisdiction", "applications"] },
        organizations: { caption: "Applications by organization", columns: ["organization", "applications"] },
        outcomes: { caption: "Where the cases are now", columns: ["status", "cases"] },
        "decline-reasons": { caption: "Decline reasons (a case can have several)", columns: ["reason", "cases"] },
        evidence: {
          caption: "Evidence the applicants named (a case can name several)",
          columns: ["evidence", "cases"],
        },
        timing: { caption: "Days from receipt", columns: ["to", "cases", "median days", "90th percentile days"] },
        reviewers: { caption: "Reviewer load now", columns: ["reviewer", "organization", "open reviews", "overdue"] },
      },
      sources: { web: "web", api: "api", post: "post" },
      timing: { firstDecision: "first decision", outcome: "outcome" },
    },
    partners: {
      title: "Referral partners",
      intro:
        "An accepted case is offered to the organization's first active partner. When a partner declines or does not answer, you can offer the case to another one from the case page. A deactivated partner is offered no new cases.",
      errorTitle: "The partner could not be added",
      added: "The partner was added.",
      changed: "The partner was changed.",
      caption: (organization: string) => `Referral partners of ${organization}`,
      empty: "No referral partners yet.",
      columns: { name: "Name", email: "Email", language: "Language", active: "Active", change: "Change" },
      yes: "Yes",
      no: "No",
      activate: (name: string) => `Activate ${name}`,
      deactivate: (name: string) => `Deactivate ${name}`,
      activateButton: "Activate",
      deactivateButton: "Deactivate",
      addTitle: "Add a referral partner",
      fields: { organization: "Organization", name: "Name", email: "Email", language: "Language of their emails" },
      add: "Add partner",
      errors: {
        organization: "Choose an organization.",
        name: "Enter the partner's name (up to 200 characters).",
        email: "Enter an email address like name@example.org.",
        language: "Choose a language.",
      },
    },
    exports: {
      rows: (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "row" : "rows"}`,
      cases: "Cases",
      files: (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "file" : "files"}`,
      caseArchive: (file: string) => `Everything held about one case, as a ZIP (${file})`,
      personArchive: (file: string) => `Everything held about a person, across their cases, as a ZIP (${file})`,
      reportTable: (table: string) => `Report table “${table}”`,
      withFilters: (what: string, filters: string) => `${what} (${filters})`,
      noFilters: (what: string) => `${what} (no filters)`,
      startTitle: "Export as CSV",
      startBody:
        "The file is made in the background with every row these filters match. The next page shows how far it has come, and the file can be downloaded there for a day.",
      prepare: "Prepare the CSV",
      title: "Export",
      counting: "Counting the rows…",
      listingFiles: "Listing the files…",
      preparing: (done: number, total: number) =>
        `Preparing: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} ${total === 1 ? "row" : "rows"} written.`,
      preparingFiles: (done: number, total: number) =>
        `Preparing: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} ${total === 1 ? "file" : "files"} written.`,
      ready: (rows: string, size: string) => `Ready: ${rows}, ${size}.`,
      failed: "This export failed and nothing was kept. Ask for it again.",
      expired: "This file was removed a day after it was made. Ask for it again.",
      reloads: (seconds: number) => `This page reloads every ${seconds} seconds.`,
      reloadNow: "Reload now",
      download: "Download the CSV",
      downloadZip: "Download the ZIP",
      keptUntil: "Kept until (then removed):",
      again: "Export it again",
      every: "Every export",
      listTitle: "Exports",
      listIntro:
        "Files are kept for a day after they were asked for. Ask for a new one from the case queue, the reports or a case's page.",
      caption: "Exports, newest first",
      empty: "No exports yet.",
      columns: { asked: "Asked", what: "What", by: "By", status: "Status", downloads: "Downloads" },
      running: (done: number, total: number) =>
        `running: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} ${total === 1 ? "row" : "rows"}`,
      runningFiles: (done: number, total: number) =>
        `running: ${done.toLocaleString("en")} of ${total.toLocaleString("en")} ${total === 1 ? "file" : "files"}`,
      runningUncounted: (done: number) => `running: ${done.toLocaleString("en")} of ?`,
      readyRows: (rows: string) => `ready: ${rows}`,
      statuses: { failed: "failed", expired: "expired" },
    },
    /** The form for an application that came by post (/staff/cases/new), apart from the application's questions. */
    intake: {
      intro:
        "Type in an application that came by post, as the person wrote it, and add the scanned pages. Before it is saved, you are shown any other application about the same person.",
      questionnaire: "People who wrote in without using the form can be sent the printable questionnaire.",
      whoWrote: "Who wrote to you?",
      senders: {
        self: "The person convicted (most letters from prison)",
        family: "A family member",
        supporter: "A friend or supporter",
        defense_attorney: "Their lawyer",
      },
      from: (sender: string) => `From: ${sender}`,
      changeWho: "Change who wrote",
      duplicatesTitle: "Is this a new application?",
      duplicatesBody:
        "Other applications name the same person. Nothing is saved yet, and the scans are kept. If this letter belongs to one of them, log it on that case instead. If it is a new application, tick the box at the end of the form and save again.",
      typeIn:
        "Type in what the letter says, in the words of the person who wrote it. Required fields are marked; leave the rest empty when the letter does not say.",
      letter: "The letter",
      language: "Language to write back in",
      duplicatesSeen: "I checked the applications listed at the top: this one is new. Save it as a new case.",
      save: "Save the application",
    },
    /** /staff/questionnaire: the choice page, and the staff's words above the printed questionnaire. */
    questionnaire: {
      title: "Printable questionnaire",
      intro:
        "The application form on paper, to post to people who write in without it. It carries your organization's return address. When it comes back, type it in here:",
      which: "Which questionnaire",
      organization: "Organization",
      language: "Language",
      show: "Show the questionnaire",
      error: "Choose one of your organizations and a language from the lists.",
      pageTitle: (organization: string) => `Questionnaire — ${organization}`,
      heading: (organization: string, language: string) => `Questionnaire: ${organization}, ${language}`,
      noAddress:
        'This organization has no postal address set, so the questionnaire cannot say where to send it back. Set it first: PATCH /api/v1/organizations/<slug> with {"postalAddress": "…"}.',
      print: "Use your browser's Print command.",
      another: "Choose another",
    },
  },
};

export type Catalog = typeof en;
