/** English: the reference dictionary. Every other language must have exactly these keys. */
export const en = {
  languageName: "English",
  siteName: "Innocence Intake",
  skipToContent: "Skip to main content",
  languageSwitch: "Language",
  footer: "Free of charge. What you send is read only by the organization's team and the volunteers who review cases.",

  landing: {
    title: "Ask for help with a wrongful conviction",
    intro:
      "If you, a family member or a client was convicted of a crime they did not commit, you can ask an innocence organization to look at the case. It is free.",
    howTitle: "How it works",
    how: [
      "You fill in one form. It takes about 20 minutes. You can send papers too, like court documents or letters.",
      "You get a reference number and a private link to see where the application stands.",
      "A team at the organization reads every application. This can take several months. They will write to you.",
    ],
    start: "Start an application",
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
      "submitter.postalAddressSelfHint": "Leave empty if it is the same as your prison address below.",
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
      heldAttachmentsHint: "These are kept from your last try. Untick a file to leave it out.",
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
    },
    duplicate: {
      title: "This application was already sent",
      body: (reference: string) =>
        `We already have this application, reference ${reference}. It was changed after it was sent, so we did not send it again. Use the status link we gave you, or start a new application.`,
    },
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
      awaiting_info: "Waiting for more information from you.",
      awaiting_expert: "Waiting for an expert's opinion.",
      accepted: "Accepted by the organization.",
      referred: "Passed to a lawyer or another organization.",
      routed: "Sent to the organization that covers this place.",
      declined: "The organization cannot take this case.",
      closed: "Closed.",
      withdrawn: "Withdrawn at your request.",
    },
    reasonsTitle: "Reasons the organization gave",
    directoryTitle: "Other organizations that might help",
    nextTitle: "What happens next",
    next: "A member of the team reads every application. This can take several months. You do not need to send it again; we will write when anything changes.",
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
  },

  review: {
    title: "Review a case",
    intro:
      "Read the application and choose what should happen next. Your decision is sent when you press the button; you can use this link once.",
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
    organization: "Organization to refer to",
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
    },
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
    intro: "An innocence organization asks for your opinion on a case. Names and contact details are left out.",
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
};

export type Catalog = typeof en;
