import type { Catalog } from "./en";

/**
 * Italian (formal "Lei", with the capital of respect in letters to the reader). Same keys as `en`. A
 * wrongful conviction is "una condanna ingiusta" or "un errore giudiziario"; a prison number is "il
 * numero di matricola"; an appeal "un appello", and a later review of the conviction "la revisione".
 */
export const it: Catalog = {
  languageName: "Italiano",
  siteName: "Innocence Intake",
  skipToContent: "Vai al contenuto principale",
  languageSwitch: "Lingua",
  /** A date in words, as the reader writes it; `month` counts from 0 (src/lib/dates.ts). */
  longDate: (day: number, month: number, year: number) => {
    const months = [
      "gennaio",
      "febbraio",
      "marzo",
      "aprile",
      "maggio",
      "giugno",
      "luglio",
      "agosto",
      "settembre",
      "ottobre",
      "novembre",
      "dicembre",
    ];
    return `${day} ${months[month]} ${year}`;
  },
  footer:
    "È gratuito. Quello che invia viene letto solo dal gruppo di lavoro dell'organizzazione e dai volontari che esaminano i casi.",

  landing: {
    title: "Chiedere aiuto per una condanna ingiusta",
    intro:
      "Se Lei, un Suo familiare o un Suo cliente è stato condannato per un reato che non ha commesso, può chiedere a un'organizzazione che aiuta le persone innocenti di esaminare il caso. È gratuito.",
    howTitle: "Come funziona",
    how: [
      "Compila un modulo, un argomento per pagina. Ci vogliono circa 20 minuti, e può salvarlo e finirlo più tardi. Può anche mandare documenti, come atti del tribunale o lettere.",
      "Riceve un numero di riferimento e un link privato per vedere a che punto è la domanda.",
      "Un gruppo dell'organizzazione legge ogni domanda. Può richiedere diversi mesi. Le scriveranno.",
    ],
    start: "Iniziare una domanda",
    directoryTitle: "Le organizzazioni di questa rete",
    directoryIntro:
      "Ogni organizzazione accetta i casi dei luoghi indicati. Se non ne sceglie una, inviamo la domanda a quella che si occupa del luogo della condanna.",
    serves: "Accetta casi da",
    languages: "Lingue",
    postalAddress: "Indirizzo postale",
    paperTitle: "Non ha accesso a Internet?",
    paper:
      "Può anche scrivere una lettera all'organizzazione. Il personale inserisce a mano le domande arrivate per posta.",
    resume: "Continuare una domanda salvata",
  },

  apply: {
    title: "Chiedere aiuto",
    roleQuestion: "Chi sta compilando questo modulo?",
    roleHint: "Scelga una risposta. Le domande saranno scritte per Lei.",
    roles: {
      self: "Sono la persona condannata",
      family: "Sono un familiare",
      supporter: "Sono un amico o una persona che la sostiene",
      defense_attorney: "Sono il suo avvocato o la sua avvocata",
    },
    changeRole: "Cambiare chi compila il modulo",
    intro: "I campi segnati come obbligatori vanno compilati. Tutto il resto ci aiuta, ma può lasciarlo vuoto.",
    required: "obbligatorio",
    optional: "facoltativo",
    errorSummaryTitle: "Controlli queste risposte, per favore",
    errorSummaryIntro:
      "Le Sue risposte e i Suoi file sono stati conservati. Corregga i punti qui sotto e invii di nuovo.",
    submit: "Inviare la domanda",
    sections: {
      organization: "A chi inviarla",
      submitterSelf: "Come contattarLa",
      submitterOther: "Su di Lei",
      applicantSelf: "Su di Lei",
      applicantOther: "Sulla persona condannata",
      conviction: "La condanna",
      claim: "Perché la condanna è sbagliata",
      lawyers: "Avvocati",
      contacts: "Persone da tenere informate",
      consent: "Consenso",
      attachments: "Documenti",
    },
    fields: {
      organization: "Organizzazione",
      organizationAny: "Scelta automatica, in base al luogo della condanna",
      "submitter.name": "Il Suo nome e cognome",
      "submitter.email": "Il Suo indirizzo email",
      "submitter.emailHint":
        "Qui Le inviamo il numero di riferimento e le novità. Se non ha un'email, indichi un indirizzo postale.",
      "submitter.phone": "Il Suo numero di telefono",
      "submitter.postalAddress": "Il Suo indirizzo postale",
      "submitter.postalAddressSelfHint":
        "Lasci vuoto se è uguale al Suo indirizzo in carcere, che indica nella pagina seguente.",
      "submitter.relationship": "Il Suo rapporto con la persona condannata",
      "submitter.relationshipHint": "Per esempio: madre, fratello, amico, ex insegnante.",
      "applicant.nameSelf": "Il Suo nome e cognome",
      "applicant.nameOther": "Nome e cognome della persona",
      "applicant.otherNames": "Altri nomi usati",
      "applicant.dateOfBirth": "Data di nascita",
      "applicant.prisonNumber": "Numero di matricola in carcere",
      "applicant.facility": "Carcere o istituto",
      "applicant.postalAddress": "Indirizzo postale in carcere",
      "applicant.inCustody": "È in carcere adesso?",
      "applicant.expectedReleaseDate": "Data prevista di uscita",
      "conviction.jurisdiction": "Dove è avvenuta la condanna?",
      "conviction.jurisdictionHint": "Scelga il Paese, o lo Stato in cui si è svolto il processo.",
      "conviction.court": "Tribunale",
      "conviction.caseNumber": "Numero del procedimento",
      "conviction.offenses": "Per quale reato è stata la condanna?",
      "conviction.offensesHint": "I reati scritti nella sentenza, per esempio: rapina, omicidio.",
      "conviction.convictionDate": "Data della condanna",
      "conviction.sentence": "Pena",
      "conviction.trialOrPlea": "C'è stato un processo, o una dichiarazione di colpevolezza?",
      "conviction.appealStatus": "Gli appelli finora",
      "conviction.currentlyRepresented": "Un avvocato sta lavorando al caso adesso?",
      "claim.innocenceStatementSelf": "Perché Lei è innocente?",
      "claim.innocenceStatementOther": "Perché questa persona è innocente?",
      "claim.innocenceStatementHint":
        "Con parole Sue. Dove si trovava la persona, cosa è successo davvero, cosa è andato storto al processo.",
      "claim.evidenceTypes": "Quali prove sono state usate, o potrebbero aiutare?",
      "claim.biologicalEvidence": "Ci sono prove biologiche (sangue, capelli, DNA) del reato?",
      "claim.evidenceLocation": "Dove sono conservate queste prove, se lo sa?",
      "claim.evidenceCustodian": "Chi custodisce queste prove?",
      "claim.evidenceCustodianHint":
        "Se lo sa. Potremmo scrivere loro per chiedere di conservare le prove, perché non vengano distrutte.",
      "claim.evidenceCustodian.kind": "Che tipo di luogo è?",
      "claim.evidenceCustodian.name": "Il nome",
      "claim.evidenceCustodian.nameHint":
        "Per esempio: cancelleria del Tribunale di Milano, ufficio corpi di reato, laboratorio della polizia scientifica.",
      "claim.evidenceCustodian.postalAddress": "L'indirizzo postale",
      "claim.newEvidence": "Quali nuove prove potrebbero dimostrare l'innocenza?",
      "claim.coDefendants": "Coimputati (altre persone accusate nello stesso caso)",
      "lawyers.trial": "Avvocato al processo",
      "lawyers.appeal": "Avvocato in appello",
      "lawyers.current": "Avvocato attuale",
      "lawyers.name": "Nome",
      "lawyers.email": "Email",
      "lawyers.phone": "Telefono",
      "lawyers.mayContact": "L'organizzazione può contattare questo avvocato",
      "lawyers.notify": "Inviare le novità a questo avvocato per email",
      "contacts.person": "Persona",
      "contacts.role": "Chi è",
      "contacts.name": "Nome",
      "contacts.email": "Email",
      "contacts.relationship": "Rapporto",
      "contacts.language": "Lingua dei suoi messaggi",
      "contacts.notify": "Inviare le novità a questa persona per email",
      "consent.dataProcessing":
        "Accetto che l'organizzazione conservi e legga queste informazioni per esaminare il caso.",
      "consent.contactPeopleNamed": "L'organizzazione può contattare le persone indicate in questo modulo.",
      attachments: "Aggiungere documenti",
      attachmentsHint: (types: string, maxMb: number) =>
        `Facoltativo. Atti del tribunale, lettere, foto: ${types}. Fino a ${maxMb} MB ciascuno.`,
      heldAttachments: "File già ricevuti",
      heldAttachmentsHint: "Sono conservati con la Sua domanda. Tolga la spunta a un file per lasciarlo fuori.",
    },
    choices: {
      yes: "Sì",
      no: "No",
      unknown: "Non lo so",
      notSaid: "Non sono sicuro / preferisco non dirlo",
      trialOrPlea: {
        trial: "Processo",
        guilty_plea: "Dichiarazione di colpevolezza",
        no_contest: "Non ha contestato le accuse (no contest)",
      },
      appealStatus: {
        none: "Nessun appello",
        direct_appeal_pending: "Appello ancora in corso",
        direct_appeal_decided: "Appello deciso",
        post_conviction_decided: "Ricorso dopo la condanna (per esempio una revisione) deciso",
      },
      evidenceTypes: {
        dna: "DNA o altre prove biologiche",
        eyewitness: "Riconoscimento da parte di un testimone oculare",
        confession: "Una confessione",
        forensic: "Altre prove scientifiche (polizia scientifica)",
        informant: "La testimonianza di un informatore",
        alibi: "Un alibi",
        other: "Altro",
      },
      contactRole: { family: "Familiare", supporter: "Amico o sostenitore" },
      custodianKind: {
        court_clerk: "Una cancelleria di tribunale",
        police_evidence_room: "Un ufficio corpi di reato della polizia",
        laboratory: "Un laboratorio",
        other: "Altrove",
      },
    },
    duplicate: {
      title: "Questa domanda è già stata inviata",
      body: (reference: string) =>
        `Abbiamo già questa domanda, con il riferimento ${reference}. È stata modificata dopo l'invio, quindi non l'abbiamo inviata di nuovo. Usi il link per seguire la domanda che Le abbiamo dato, oppure inizi una nuova domanda.`,
    },
    stepErrorIntro: "Le Sue risposte sono conservate. Corregga i punti qui sotto, poi continui.",
    progress: (step: number, of: number) => `Passo ${step} di ${of}`,
    continue: "Continua",
    saveLater: "Salva e continua più tardi",
    back: "Indietro",
    resumeCode: {
      label: "Il Suo codice per continuare più tardi",
      hint: (date: string) =>
        `Lo scriva da qualche parte. Con questo codice può tornare alle Sue risposte da qualsiasi dispositivo fino al ${date}.`,
    },
    check: {
      title: "Controlli le Sue risposte",
      intro: "Legga le Sue risposte prima di inviarle. Può cambiarle tutte.",
      change: "Cambia",
      notAnswered: "Nessuna risposta",
      noFiles: "Nessun documento aggiunto.",
      send: "Quando invia la domanda, l'organizzazione la riceve. Lei riceve un numero di riferimento e un link privato per vedere a che punto è.",
    },
    saved: {
      title: "La Sua domanda è salvata",
      code: "Si scriva questo codice. Le serve per continuare la domanda:",
      keptUntil: (date: string) =>
        `Conserviamo le Sue risposte e i Suoi documenti fino al ${date}. Ogni volta che salva, li conserviamo più a lungo.`,
      how: "Per continuare, apra questo sito, scelga «Continuare una domanda salvata» e scriva il codice.",
      emailed: "Abbiamo anche mandato un link per continuare all'indirizzo email che ci ha dato.",
      continueNow: "Continua ora",
    },
  },

  resume: {
    title: "Continuare una domanda salvata",
    intro: "Scriva il codice che ha ricevuto quando ha salvato la domanda. È simile a K7M3Q-XW2PA.",
    code: "Il Suo codice",
    codeHint: "10 lettere e numeri. Maiuscole o minuscole vanno bene tutte e due.",
    submit: "Continua",
    wrongCode:
      "Questo codice non apre nessuna domanda salvata. Controlli ogni lettera e ogni numero, poi riprovi. Una domanda salvata viene cancellata se non viene salvata di nuovo per alcune settimane.",
    startNew: "Iniziare invece una nuova domanda",
  },
  /** The blank application form staff print and post to people who write in (/staff/questionnaire). */
  questionnaire: {
    title: "Domanda di aiuto per una condanna ingiusta",
    intro: (organization: string) =>
      `Compili questo modulo per chiedere a ${organization} di esaminare una condanna. È gratuito. Scriva in modo chiaro. Se non sa una risposta, lasci lo spazio vuoto.`,
    returnTo: "Rispedisca questo modulo a:",
    officeUse: "Per l'ufficio: riferimento",
    who: "Chi compila questo modulo? Segni una sola casella.",
    applicantNote: "Se è Lei la persona condannata, queste domande parlano di Lei.",
    submitterNote: "Solo se non è Lei la persona condannata.",
    innocence:
      "Perché la condanna è sbagliata? Con parole Sue: dov'era la persona, che cosa è successo davvero, che cosa è andato storto al processo.",
    tickAll: "Segni tutte le caselle giuste.",
    contactsNote: "Persone a cui possiamo scrivere per la domanda, se vuole.",
    signature: "Firma",
    date: "Data",
    documents:
      "Può mandare con questo modulo copie di atti del tribunale o di lettere. Tenga gli originali. Scriva il nome della persona condannata su ogni pagina.",
  },

  status: {
    title: "A che punto è la domanda",
    receivedTitle: "Grazie. Abbiamo ricevuto la Sua domanda.",
    receivedBody:
      "Conservi il numero di riferimento e il link di questa pagina. Il link è privato: chiunque lo abbia può vedere questa pagina.",
    reference: "Riferimento",
    organization: "Organizzazione",
    stage: "Fase",
    submitted: "Inviata il",
    updated: "Ultima modifica",
    link: "Il Suo link privato",
    stages: {
      submitted: "Ricevuta. In attesa di una prima lettura.",
      screening: "In controllo rispetto ai criteri dell'organizzazione.",
      awaiting_confirmation: "In attesa che la persona in carcere dia il suo consenso per iscritto.",
      in_review: "In esame.",
      awaiting_info: "In attesa di altre informazioni.",
      awaiting_expert: "In attesa del parere di un esperto.",
      accepted: "Accettata dall'organizzazione.",
      referred: "Affidata a un avvocato o a un'altra organizzazione.",
      routed: "Inviata all'organizzazione che si occupa di questo luogo.",
      declined: "L'organizzazione non può prendere questo caso.",
      closed: "Chiusa.",
      withdrawn: "Ritirata.",
    },
    reasonsTitle: "I motivi indicati dall'organizzazione",
    directoryTitle: "Altre organizzazioni che potrebbero aiutarLa",
    nextTitle: "Cosa succede adesso",
    happenedTitle: "Che cosa è successo",
    /**
     * Per stage, what happened and what comes next, for the person who sent the application and
     * for everyone else kept informed. `name` is the organization, or who took a referred case.
     */
    explain: {
      submitted: {
        happened: {
          submitter: (name: string) => `${name} ha ricevuto la Sua domanda.`,
          other: (name: string) => `${name} ha ricevuto la domanda.`,
        },
        next: {
          submitter:
            "Prima controlliamo che il modulo sia completo e che prendiamo casi dal luogo della condanna. Di solito ci vogliono pochi giorni. Poi un volontario legge la domanda.",
          other:
            "Prima l'organizzazione controlla che il modulo sia completo e che prenda casi dal luogo della condanna. Di solito ci vogliono pochi giorni. Poi un volontario legge la domanda.",
        },
      },
      screening: {
        happened: {
          submitter: (name: string) =>
            `${name} sta controllando la Sua domanda secondo le sue regole per prendere i casi.`,
          other: (name: string) => `${name} sta controllando la domanda secondo le sue regole per prendere i casi.`,
        },
        next: {
          submitter:
            "Se un'altra organizzazione copre il luogo della condanna, mandiamo lì la domanda. Se no, la legge un volontario. Di solito ci vogliono pochi giorni.",
          other:
            "Se un'altra organizzazione copre il luogo della condanna, la domanda va lì. Se no, la legge un volontario. Di solito ci vogliono pochi giorni.",
        },
      },
      awaiting_confirmation: {
        happened: {
          submitter: (name: string) =>
            `${name} ha ricevuto la Sua domanda. Prima dell'esame, la persona in carcere deve dare il suo consenso per iscritto.`,
          other: (name: string) =>
            `${name} ha ricevuto la domanda. Prima dell'esame, la persona in carcere deve dare il suo consenso per iscritto.`,
        },
        next: {
          submitter:
            "Le abbiamo scritto. Quando arriverà la sua lettera firmata, un revisore volontario leggerà la domanda.",
          other:
            "Quando la persona in carcere avrà dato il suo consenso per iscritto, un revisore volontario leggerà la domanda.",
        },
      },
      in_review: {
        happened: {
          submitter: (name: string) => `Un volontario di ${name} sta leggendo la Sua domanda.`,
          other: (name: string) => `Un volontario di ${name} sta leggendo la domanda.`,
        },
        next: {
          submitter:
            "Il volontario decide se l'organizzazione può prendere il caso, oppure prima Le fa delle domande. Per ora non deve fare nulla. Le scriveremo quando cambia qualcosa.",
          other:
            "Il volontario decide se l'organizzazione può prendere il caso, oppure prima fa delle domande. Le scriveremo quando cambia qualcosa.",
        },
      },
      awaiting_info: {
        happened: {
          submitter: (name: string) =>
            `Chi esamina il caso ha bisogno di altre informazioni. ${name} Le scriverà con le domande.`,
          other: (name: string) => `${name} ha chiesto altre informazioni alla persona che ha inviato la domanda.`,
        },
        next: {
          submitter: "Quando arriva la Sua risposta, l'esame continua.",
          other: "Quando quella persona risponde, l'esame continua. Lei non deve fare nulla.",
        },
      },
      awaiting_expert: {
        happened: {
          submitter: (name: string) =>
            `Chi esamina il caso per ${name} ha chiesto il parere di un esperto, per esempio uno scienziato.`,
          other: (name: string) =>
            `Chi esamina il caso per ${name} ha chiesto il parere di un esperto, per esempio uno scienziato.`,
        },
        next: {
          submitter: "Quando l'esperto risponde, l'esame continua. Non deve fare nulla.",
          other: "Quando l'esperto risponde, l'esame continua. Non deve fare nulla.",
        },
      },
      accepted: {
        happened: {
          submitter: (name: string) => `Una buona notizia: ${name} ha accettato il Suo caso per lavorarci ancora.`,
          other: (name: string) => `${name} ha accettato il caso per lavorarci ancora.`,
        },
        next: {
          submitter:
            "Ora l'organizzazione cerca un avvocato che prenda il caso. Può richiedere molti mesi. Questo passo non vuol dire ancora che la condanna cambierà. Per ora non deve fare nulla.",
          other:
            "Ora l'organizzazione cerca un avvocato che prenda il caso. Può richiedere molti mesi. Questo passo non vuol dire ancora che la condanna cambierà.",
        },
      },
      referred: {
        happened: {
          submitter: (name: string) => `${name} ha accettato di lavorare sul Suo caso.`,
          other: (name: string) => `${name} ha accettato di lavorare sul caso.`,
        },
        next: {
          submitter:
            "Da ora in poi La contatteranno direttamente. Può volerci un po' di tempo. Non deve fare una nuova domanda. Conservi il Suo numero di riferimento.",
          other: "Da ora in poi se ne occupano loro.",
        },
      },
      routed: {
        happened: {
          submitter: (name: string) =>
            `La condanna è avvenuta in un luogo che copre ${name}, perciò la Sua domanda è stata mandata lì.`,
          other: (name: string) =>
            `La condanna è avvenuta in un luogo che copre ${name}, perciò la domanda è stata mandata lì.`,
        },
        next: {
          submitter:
            "Controllano la domanda, poi la legge un volontario. Non deve fare una nuova domanda, e il Suo riferimento resta lo stesso.",
          other:
            "Controllano la domanda, poi la legge un volontario. Nessuno deve fare una nuova domanda, e il riferimento resta lo stesso.",
        },
      },
      declined: {
        happened: {
          submitter: (name: string) =>
            `Ci dispiace. Dopo un esame attento, ${name} non può prendere il Suo caso. Questo non vuol dire che l'organizzazione pensi che la persona sia colpevole.`,
          other: (name: string) =>
            `Dopo un esame attento, ${name} non può prendere il caso. Questo non vuol dire che l'organizzazione pensi che la persona sia colpevole.`,
        },
        next: {
          submitter: "Può chiedere aiuto a un'altra organizzazione. Conservi i Suoi documenti.",
          other: "Un'altra organizzazione potrebbe aiutare.",
        },
      },
      closed: {
        happened: {
          submitter: (name: string) => `${name} ha chiuso questo caso.`,
          other: (name: string) => `${name} ha chiuso questo caso.`,
        },
        next: {
          submitter:
            "Con questa domanda non succederà altro. Se ha domande, scriva all'organizzazione indicando il Suo numero di riferimento.",
          other: "Con questa domanda non succederà altro.",
        },
      },
      withdrawn: {
        happened: {
          submitter: (name: string) => `La Sua domanda a ${name} è stata ritirata.`,
          other: (name: string) => `La domanda a ${name} è stata ritirata.`,
        },
        next: {
          submitter: "Con questa domanda non succederà altro. Può fare una nuova domanda in qualsiasi momento.",
          other: "Con questa domanda non succederà altro.",
        },
      },
    },
    dueBy: (date: string) => `Dovrebbe succedere verso il ${date}.`,
    asked: {
      title: "Ci servono informazioni da Lei",
      body: (date: string) =>
        `Chi esamina il caso ha alcune domande sulla domanda. Risponda entro il ${date}, per favore. Può anche aggiungere documenti. Se non sa una risposta, va bene dirlo.`,
      button: "Rispondere alle domande",
    },
    /** The stage for someone on the case whom the reviewer's questions did not go to. */
    awaitingInfoFromOthers: "In attesa di altre informazioni dalla persona che ha inviato la domanda.",
  },

  /** An organization's wait, from its own data (the directory, the landing page, receipts and status pages). */
  wait: {
    received: "Domande negli ultimi 12 mesi",
    waiting: "In attesa di una prima decisione ora",
    time: "Tempo per una prima risposta",
    withinMonths: (n: number) =>
      `La maggior parte delle domande riceve una prima risposta entro circa ${n} ${Number(n) === 1 ? "mese" : "mesi"}.`,
    withinWeeks: (n: number) =>
      `La maggior parte delle domande riceve una prima risposta entro circa ${n} ${Number(n) === 1 ? "settimana" : "settimane"}.`,
    notEnoughData: "Non ci sono ancora abbastanza dati per dire quanto tempo serve per una prima risposta.",
    asOf: (date: string) => `Contato il ${date}.`,
  },
  linkProblem: {
    unknownTitle: "Questo link non funziona",
    unknownBody:
      "Controlli di aver copiato tutto il link. Se ancora non funziona, scriva all'organizzazione indicando il Suo numero di riferimento.",
    expiredTitle: "Questo link è scaduto",
    expiredBody:
      "Per la Sua sicurezza, i link smettono di funzionare dopo un po' di tempo. Scriva all'organizzazione con il Suo numero di riferimento per averne uno nuovo.",
    revokedTitle: "Questo link è stato disattivato",
    revokedBody:
      "L'organizzazione ha disattivato questo link. Se Le serve un link nuovo, scriva all'organizzazione con il Suo numero di riferimento.",
    usedTitle: "Questo link è già stato usato",
    usedBody: "Ogni risposta si può inviare una sola volta. Non è stato cambiato nulla.",
  },

  caseView: {
    reference: "Riferimento",
    organization: "Organizzazione",
    round: "Turno",
    due: "Decidere entro il",
    application: "La domanda",
    submittedBy: "Inviata da",
    roles: {
      self: "la persona che chiede aiuto",
      family: "un familiare",
      supporter: "un sostenitore",
      defense_attorney: "l'avvocato della persona che chiede aiuto",
    },
    lawyers: "Avvocati",
    contacts: "Persone tenute informate",
    attachments: "Documenti",
    noAttachments: "Non sono stati inviati documenti.",
    download: "Scarica",
    screening: "Controllo dei criteri",
    screeningVersion: (version: number) => `Versione dei criteri: ${version}`,
    screeningResult: {
      pass: "Soddisfatto",
      fail: "Non soddisfatto — verifichi, per favore",
      unknown: "Deve valutarlo una persona",
    },
    history: "In precedenza in questo caso",
    decision: (round: number, outcome: string) => `Turno ${round}: ${outcome}`,
    answer: "La risposta della persona che chiede aiuto",
    opinion: "Il parere dell'esperto",
    noAnswer: "Non è arrivata nessuna risposta entro la scadenza.",
    yes: "Sì",
    no: "No",
    preserveEvidence: "Chiedere di conservare le prove",
    preserveEvidenceHint:
      "Spunti se esistono o potrebbero esistere prove biologiche (sangue, capelli, DNA). Il gruppo dell'organizzazione scriverà a chi le custodisce per chiedere di non distruggerle.",
  },

  review: {
    title: "Esaminare un caso",
    intro:
      "Legga la domanda e scelga cosa fare adesso. La Sua decisione viene inviata quando preme il pulsante; questo link si può usare una sola volta.",
    formTitle: "La Sua decisione",
    decision: "Decisione",
    outcomes: {
      accept: "Accettare: l'organizzazione prende il caso e chiede a un avvocato di seguirlo",
      decline: "Rifiutare: l'organizzazione non può prendere il caso",
      request_info: "Fare domande alla persona che chiede aiuto, poi decidere",
      consult_expert: "Chiedere il parere di un esperto (scienziato, giurista), poi decidere",
      refer: "Affidare a un'altra organizzazione della rete",
    },
    outcomeNames: {
      accept: "accettato",
      decline: "rifiutato",
      request_info: "domande poste",
      consult_expert: "esperto consultato",
      refer: "affidato ad altri",
    },
    reasonCodes: "Motivi del rifiuto",
    reasonCodesHint: "La persona che chiede aiuto li riceve in parole semplici.",
    questions: "Domande per la persona che chiede aiuto, o per l'esperto",
    questionsHint: "Necessarie se fa domande alla persona o a un esperto. L'esperto non vede nomi né recapiti.",
    expertEmail: "Indirizzo email dell'esperto",
    organization: "Organizzazione a cui affidare il caso",
    note: "Nota per il gruppo di lavoro dell'organizzazione",
    noteHint: "Non viene mostrata alla persona che chiede aiuto.",
    submit: "Inviare la decisione",
    thanksTitle: "Grazie. La Sua decisione è stata registrata.",
    thanksBody:
      "Il gruppo di lavoro dell'organizzazione e le persone interessate saranno informati. Può chiudere questa pagina.",
    errors: {
      decision: "Scelga una decisione.",
      reasonCodes: "Scelga almeno un motivo.",
      questions: "Scriva le domande.",
      expertEmail: "Indichi l'indirizzo email dell'esperto.",
      organization: "Scelga un'organizzazione.",
      expertDocuments: "Scelga i documenti dall'elenco.",
    },
    readOnlyIntro:
      "Lei ha deciso su questo caso. Questa pagina è solo da leggere; il caso continua con il gruppo dell'organizzazione.",
    yourDecision: "La Sua decisione",
    backToYourPage: "← Tutti i Suoi casi",
    expertDocuments: "Documenti che l'esperto può vedere",
    expertDocumentsHint:
      "Solo per il parere di un esperto. L'esperto vede solo i documenti che Lei spunta; i nomi della domanda gli sono nascosti nella domanda all'esperto, nella richiesta e nei nomi dei file, ma non dentro i documenti.",
    organizationsServing: (place: string) => `Membri che prendono casi da ${place}:`,
    noOrganizationServes: "Nessun altro membro prende casi da questo luogo.",
    showAllOrganizations: "Mostra tutte le organizzazioni",
  },

  reviewerPage: {
    title: "I Suoi casi",
    intro: (organization: string) =>
      `I casi che Lei esamina per ${organization}. Questa pagina è personale: non condivida il suo link.`,
    openTitle: "In attesa della Sua decisione",
    noneOpen: "Ora nessun caso La aspetta. Grazie.",
    decidedTitle: "Casi su cui ha deciso",
    noneDecided: "Non ha ancora deciso nessun caso.",
    case: "Caso",
    round: "Turno",
    dueBy: "Decidere entro",
    overdue: "data passata",
    decision: "La Sua decisione",
    decidedOn: "Deciso il",
    open: (reference: string) => `Apri il caso ${reference}`,
    read: (reference: string) => `Leggi il caso ${reference}`,
    back: "Torna ai Suoi casi",
    askTitle: "Ricevere il link alla Sua pagina personale",
    askIntro:
      "I volontari che esaminano i casi, e gli esperti e i partner interpellati su più di un caso, hanno una pagina personale con tutti i loro casi. Scriva l'indirizzo email a cui l'organizzazione Le scrive, e Le manderemo lì il link.",
    email: "Il Suo indirizzo email",
    submit: "Mandatemi il mio link",
    sentTitle: "Controlli la Sua email",
    sentBody:
      "Se questo indirizzo ha una pagina qui, un link sta arrivando. Può volerci qualche minuto. Se non arriva nulla, chieda all'organizzazione che Le manda i casi.",
    errors: { email: "Scriva un indirizzo email come nome@esempio.org." },
  },

  helperPage: {
    expert: {
      title: "Le Sue richieste di parere",
      intro:
        "I casi su cui organizzazioni contro le condanne ingiuste Le hanno chiesto un parere. Questa pagina è personale: non condivida il suo link.",
      openTitle: "In attesa del Suo parere",
      noneOpen: "Ora nessuna richiesta La aspetta. Grazie.",
      doneTitle: "Pareri che ha inviato",
      noneDone: "Non ha ancora inviato nessun parere.",
    },
    referral_partner: {
      title: "Casi affidati a Lei",
      intro:
        "I casi che organizzazioni contro le condanne ingiuste Le hanno offerto. Questa pagina è personale: non condivida il suo link.",
      openTitle: "In attesa della Sua risposta",
      noneOpen: "Ora nessun affidamento La aspetta. Grazie.",
      doneTitle: "Affidamenti a cui ha risposto",
      noneDone: "Non ha ancora risposto a nessun affidamento.",
    },
    answerBy: "Rispondere entro",
    answeredOn: "Risposto il",
    accepted: "L'ha accettato",
    declined: "L'ha rifiutato",
  },
  respond: {
    title: "Rispondere alle domande",
    intro:
      "La persona che esamina il caso ha bisogno di altre informazioni per decidere. Risponda qui sotto e aggiunga i documenti che possono aiutare.",
    questions: "Le domande",
    answer: "La Sua risposta",
    attachments: "Aggiungere documenti",
    submit: "Inviare la risposta",
    thanksTitle: "Grazie. La Sua risposta è stata inviata.",
    thanksBody: "La persona che esamina il caso la leggerà. L'organizzazione Le scriverà quando ci sarà una decisione.",
    errors: { answer: "Scriva una risposta, oppure aggiunga un documento." },
  },

  consult: {
    title: "Richiesta di parere di un esperto",
    intro:
      "Un'organizzazione che aiuta le persone condannate ingiustamente Le chiede un parere su un caso. Nomi e recapiti sono stati tolti.",
    question: "La domanda",
    conviction: "La condanna",
    claim: "Perché la persona dice di essere innocente",
    opinion: "Il Suo parere",
    submit: "Inviare il parere",
    thanksTitle: "Grazie. Il Suo parere è stato inviato.",
    thanksBody: "Sarà inoltrato alla persona che esamina il caso. Può chiudere questa pagina.",
    errors: { opinion: "Scriva il Suo parere." },
    readOnlyIntro: "Ha inviato il Suo parere su questo caso. Questa pagina è solo da leggere.",
    yourOpinion: "Il Suo parere",
    namesReplaced:
      "I nomi della domanda sono sostituiti dal ruolo di ogni persona, tra parentesi quadre, nella domanda all'esperto, nei dettagli del caso e nei nomi dei file.",
    documents: "Documenti che chi esamina il caso ha condiviso con Lei",
    noDocuments: "Chi esamina il caso non ha condiviso documenti.",
    roles: {
      applicant: "[il richiedente]",
      submitter: "[la persona che ha fatto domanda]",
      family: "[un familiare]",
      supporter: "[un sostenitore]",
      trial_attorney: "[l'avvocato del processo]",
      appeal_attorney: "[l'avvocato dell'appello]",
      current_attorney: "[l'avvocato attuale]",
      co_defendant: "[un coimputato]",
      person: "[una persona nominata nella domanda]",
    },
  },

  referral: {
    title: "Affidamento di un caso",
    intro:
      "Un'organizzazione che aiuta le persone condannate ingiustamente Le affida questo caso. Legga il fascicolo e ci dica se può prenderlo.",
    note: "Nota di chi ha esaminato il caso",
    response: "Può prendere questo caso?",
    accept: "Sì, prendiamo il caso",
    decline: "No, non possiamo prenderlo",
    submit: "Inviare la risposta",
    thanksTitle: "Grazie. La Sua risposta è stata registrata.",
    thanksBody: "L'organizzazione è stata informata. Può chiudere questa pagina.",
    errors: { response: "Scelga sì o no." },
    readOnlyIntro: "Ha risposto a questo affidamento. Questa pagina è solo da leggere.",
    youAccepted: "Ha accettato il caso",
    youDeclined: "Ha rifiutato il caso",
  },

  notFound: { title: "Pagina non trovata", body: "A questo indirizzo non c'è nessuna pagina." },
  unauthorized: {
    title: "Effettui l'accesso",
    body: "Questa pagina è per il personale delle organizzazioni della rete. Acceda con il Suo account, poi la apra di nuovo.",
  },
  forbidden: {
    title: "Non può aprire questa pagina",
    body: "Ha effettuato l'accesso, ma il Suo account non può aprire questa pagina.",
  },
  tooManyRequests: {
    title: "Troppe richieste",
    body: "Dalla Sua rete sono arrivate troppe richieste in poco tempo. Non si è perso nulla: aspetti un minuto e riprovi.",
  },
  serverError: {
    title: "Qualcosa non ha funzionato",
    body: "Non si è perso nulla di quello che ha inviato. Riprovi tra qualche minuto, per favore.",
  },
  tooLarge: {
    title: "I file sono troppo grandi",
    body: (maxMb: number) =>
      `Tutti i file insieme possono arrivare a ${maxMb} MB. Torni indietro e scelga file più piccoli o meno file.`,
  },

  errors: {
    required: "Compili questo campo.",
    too_long: "È troppo lungo. Lo accorci, per favore.",
    too_many: "Ci sono troppe voci.",
    invalid_email: "Scriva un indirizzo email come nome@esempio.org.",
    invalid_date: "Scriva la data come anno-mese-giorno, per esempio 1980-02-29.",
    invalid_choice: "Scelga una delle risposte proposte.",
    invalid_value: "Questa risposta non è valida.",
    human_check_failed:
      "Il controllo che Lei sia una persona non è riuscito. Riprovi, per favore: non si è perso nulla di quello che ha scritto.",
    invalid_jurisdiction: "Scelga un luogo dall'elenco.",
    email_or_address: "Indichi un indirizzo email o un indirizzo postale, così l'organizzazione può risponderLe.",
    must_consent: "L'organizzazione può esaminare il caso solo con questo consenso.",
    unknown_organization: "Scelga un'organizzazione dall'elenco.",
    no_organization_serves:
      "Nessuna organizzazione di questa rete accetta ancora casi da quel luogo. Veda l'elenco delle organizzazioni nella pagina iniziale.",
    type_not_allowed: (name: string) =>
      `«${name}» non è stato aggiunto: si possono inviare solo file PDF, JPEG, PNG, HEIC, TIFF, di testo e Word (DOCX).`,
    file_too_large: (name: string, maxMb: number) =>
      `«${name}» non è stato aggiunto: ogni file può arrivare a ${maxMb} MB.`,
    too_many_files: (name: string, max: number) =>
      `«${name}» non è stato aggiunto: si possono inviare al massimo ${max} file.`,
    application_too_large: (name: string, maxMb: number) =>
      `«${name}» non è stato aggiunto: tutti i file insieme possono arrivare a ${maxMb} MB.`,
  },

  declineReasons: {
    text: {
      outside_jurisdiction: "La condanna è avvenuta in un luogo di cui questa organizzazione non si occupa.",
      no_innocence_claim:
        "Questa organizzazione accetta solo i casi in cui la persona dice di non aver commesso il reato. La domanda non dice questo.",
      appeals_pending:
        "Il caso è ancora davanti a un giudice, per esempio in appello. Potrà fare una nuova domanda quando sarà finito.",
      no_new_evidence:
        "Non abbiamo trovato prove nuove, o un modo nuovo di dimostrare l'innocenza, su cui poter lavorare.",
      case_type_excluded: "Questa organizzazione non accetta questo tipo di caso.",
      sentence_served: "Questa organizzazione accetta solo i casi in cui la pena non è ancora finita.",
      capacity: "In questo momento l'organizzazione non ha abbastanza avvocati o tempo per prendere altri casi.",
      other: "C'è un altro motivo per cui non possiamo prendere il caso.",
    },
    label: {
      outside_jurisdiction: "Fuori dal nostro territorio",
      no_innocence_claim: "Nessuna dichiarazione di innocenza",
      appeals_pending: "Impugnazioni ancora in corso",
      no_new_evidence: "Nessuna prova nuova",
      case_type_excluded: "Tipo di caso non accettato",
      sentence_served: "Pena già scontata",
      capacity: "Nessuna disponibilità al momento",
      other: "Altro motivo",
    },
  },

  emails: {
    greeting: {
      person: (name: string) => `Gentile ${name},`,
      lawyer: (name: string) => `Gentile avv. ${name},`,
      organization: (name: string) => `Spettabile ${name},`,
    },
    referenceLabel: {
      yours: "Il Suo riferimento",
      plain: "Riferimento",
      case: "Riferimento del caso",
    },
    footer: {
      applicantSide: "Riceve questo messaggio per una domanda di aiuto contro una condanna ingiusta.",
      reviewer: "Riceve questo messaggio perché esamina come volontario le domande di aiuto contro condanne ingiuste.",
      expert:
        "Riceve questo messaggio perché Le è stato chiesto un parere da esperto su una domanda di aiuto contro una condanna ingiusta.",
      referralPartner: "Riceve questo messaggio perché accetta casi di errori giudiziari affidati da altri.",
      staff:
        "Messaggio automatico del sistema delle domande, inviato all'indirizzo dell'organizzazione per le domande.",
      custodian: "Riceve questa lettera perché riguarda prove in un caso di possibile condanna ingiusta.",
    },
    letter: {
      prisonNumber: (number: string) => `N. ${number}`,
      writeBack: "Per scriverci, usi l'indirizzo in alto in questa lettera. Scriva il Suo riferimento su ogni pagina.",
    },
    openCase: "Aprire il caso",
    personalLinkNote:
      "Questo link è personale e funziona senza account. Non lo inoltri, per favore: chiunque lo abbia può vedere il caso.",
    reviewSteps: "Cosa fare: apra il link qui sotto, legga il caso e scelga una decisione nella pagina.",
    decideBy: (date: string) => `La preghiamo di decidere entro il ${date}.`,
    acknowledgement: {
      subject: (reference: string) => `Domanda ricevuta — ${reference}`,
      submitter: (organization: string) => `${organization} ha ricevuto la Sua domanda. La ringraziamo per la fiducia.`,
      contact: (organization: string, applicant: string) =>
        `${organization} ha ricevuto una domanda per ${applicant}. Lei è stato indicato come persona da tenere informata: Le scriveremo quando il caso andrà avanti.`,
      next: "Cosa succede adesso: una persona del nostro gruppo di lavoro legge ogni domanda. Può volerci qualche mese, e Le scriveremo quando cambia qualcosa. Non serve inviarla di nuovo.",
      button: "Vedere a che punto è",
      linkNote: "Questo link è privato. Non lo condivida: chiunque lo abbia può vedere a che punto è la domanda.",
    },
    reviewRequest: {
      subject: {
        new: (reference: string) => `Caso da esaminare — ${reference}`,
        answer_received: (reference: string) => `La persona ha risposto — ${reference}`,
        opinion_received: (reference: string) => `Parere dell'esperto ricevuto — ${reference}`,
        reassigned: (reference: string) => `Caso affidato a Lei da esaminare — ${reference}`,
        returned: (reference: string) => `Caso di nuovo da esaminare — ${reference}`,
      },
      intro: {
        new: (organization: string) => `${organization} Le chiede di esaminare un nuovo caso. Grazie per il Suo aiuto.`,
        answer_received: (organization: string) =>
          `La persona che chiede aiuto ha risposto alle Sue domande. La risposta è ora nella pagina del caso. ${organization} Le chiede di continuare l'esame.`,
        opinion_received: (organization: string) =>
          `L'esperto ha inviato il suo parere. È ora nella pagina del caso. ${organization} Le chiede di continuare l'esame.`,
        reassigned: (organization: string) =>
          `${organization} Le affida questo caso perché la prima persona non ha potuto finire l'esame. Grazie per averlo accettato.`,
        returned: (organization: string) =>
          `${organization} ha rimandato questo caso all'esame. Lo legga di nuovo, con le novità nella pagina del caso, e decida.`,
      },
      flags: (count: number) =>
        count === 1
          ? "Il controllo dei criteri ha segnalato 1 punto alla Sua attenzione."
          : `Il controllo dei criteri ha segnalato ${count} punti alla Sua attenzione.`,
    },
    ownPage: {
      line: {
        reviewer: "Tutti i casi che ha in mano, con le scadenze, e quelli su cui ha deciso sono nella Sua pagina:",
        expert: "Tutti i casi su cui Le è stato chiesto un parere, con le scadenze, sono nella Sua pagina:",
        referral_partner: "Tutti i casi offerti a Lei, con le scadenze, e le Sue risposte sono nella Sua pagina:",
      },
      note: "Anche quel link è personale. Se lo perde, lo chieda di nuovo a",
    },
    ownPageLink: {
      subject: {
        reviewer: "La Sua pagina di volontario",
        expert: "La Sua pagina delle richieste di parere",
        referral_partner: "La Sua pagina dei casi affidati",
      },
      intro: {
        reviewer: (organization: string) =>
          `Ha chiesto il link alla Sua pagina di volontario presso ${organization}. Mostra i casi che ha in mano, con le scadenze, e quelli su cui ha deciso.`,
        expert: (_organization: string) =>
          "Ha chiesto il link alla Sua pagina delle richieste di parere. Mostra i casi su cui Le è stato chiesto un parere, con le scadenze, e i pareri che ha inviato.",
        referral_partner: (_organization: string) =>
          "Ha chiesto il link alla Sua pagina dei casi affidati. Mostra i casi offerti a Lei, con le scadenze, e le Sue risposte.",
      },
      button: "Apri la mia pagina",
      ignore:
        "Se non l'ha chiesto, può ignorare questo messaggio: il link è stato mandato solo a Lei. Non lo inoltri; chiunque lo abbia può vedere i Suoi casi.",
    },
    reviewReleased: {
      subject: (reference: string) => `Non deve più esaminare questo caso — ${reference}`,
      intro: {
        staff: (organization: string) =>
          `${organization} ha passato questo caso a un altro volontario. Non deve fare altro.`,
        no_answer: (organization: string) =>
          `Non avevamo Sue notizie su questo caso, perciò ${organization} l'ha passato a un altro volontario, perché il richiedente non aspetti di più. Sappiamo che i volontari hanno vite piene; non serve rispondere.`,
      },
      linkOff: "Il link per esaminare questo caso che Le avevamo mandato non funziona più.",
      thanks: "Grazie per il tempo che dedica a questo lavoro.",
    },
    reviewReminder: {
      subject: (reference: string) => `Promemoria: caso da esaminare — ${reference}`,
      lastSubject: (reference: string) => `Ultimo promemoria: caso da esaminare — ${reference}`,
      intro: "Un caso aspetta ancora la Sua decisione. Grazie per il Suo tempo.",
      last: "Questo è l'ultimo promemoria. Senza una decisione, il caso sarà affidato a un'altra persona.",
    },
    staffAlert: {
      subject: (kind: string, reference: string) => `${kind} — ${reference}`,
      greeting: (organization: string) => `Al gruppo di lavoro di ${organization},`,
      alerts: {
        reviewer_silent: {
          subject: "Nessuna risposta da chi esamina il caso",
          what: "La persona incaricata non ha deciso su questo caso in tempo, nemmeno dopo i promemoria.",
          todo: "Controllate il caso e, se serve, affidatelo a un'altra persona.",
        },
        no_reviewer: {
          subject: "Nessuno disponibile per l'esame",
          what: "Nessun volontario è disponibile per esaminare questo caso.",
          todo: "Affidate il caso a mano, oppure aggiungete volontari all'elenco.",
        },
        quorum_split: {
          subject: "Pareri diversi",
          what: "Le persone che hanno esaminato questo caso non sono d'accordo sulla decisione.",
          todo: "Leggete i loro pareri e prendete la decisione.",
        },
        referral_declined: {
          subject: "Affidamento rifiutato",
          what: "Un partner ha rifiutato questo caso.",
          todo: "Controllate il caso e, se serve, scegliete un altro partner.",
        },
        referral_lapsed: {
          subject: "Affidamento senza risposta",
          what: "Un partner non ha risposto entro la scadenza.",
          todo: "Contattate il partner, oppure sceglietene un altro.",
        },
        referrals_exhausted: {
          subject: "Nessun partner ha preso il caso",
          what: "Tutti i partner interpellati hanno rifiutato o non hanno risposto.",
          todo: "Decidete come continuare: cercare un altro avvocato o un'altra organizzazione, oppure chiudere il caso.",
        },
        workflow_stuck: {
          subject: "Il caso non va più avanti",
          what: "I passaggi automatici di questo caso sono falliti più volte, quindi il caso non va più avanti da solo.",
          todo: "Aprite il caso e fatelo avanzare a mano. Se succede di nuovo, avvisate il vostro referente tecnico.",
        },
        mail_refused: {
          subject: "Email non consegnata",
          what: "Il servizio di posta ha rifiutato in modo definitivo un'email su questo caso, perciò non è stata rimandata.",
          todo: "Contattate la persona in un altro modo e controllate il suo indirizzo email.",
        },
        mail_refused_letter: {
          subject: "Email non consegnata: lettera da stampare",
          what: "Il servizio di posta ha rifiutato in modo definitivo un'email su questo caso. Lo stesso messaggio aspetta come lettera.",
          todo: "Stampatela e speditela dalla pagina delle lettere, e controllate l'indirizzo email della persona.",
        },
        task_overdue: {
          subject: "Compito in ritardo",
          what: "Un compito di questo caso ha superato la sua data e non è segnato come fatto.",
          todo: "Fatelo, oppure dategli una nuova data nella pagina del caso.",
        },
        preservation_due: {
          subject: "Lettera di conservazione delle prove non inviata",
          what: "La lettera che chiede di conservare le prove biologiche di questo caso è da inviare e non risulta inviata.",
          todo: "La stampi e la spedisca dalla pagina delle lettere, oppure segni il compito come fatto se è partita in altro modo. Lo ricordiamo ogni settimana fino ad allora.",
        },
      },
      detailLabel: "Nota",
      lookup: "Cercate il caso con il suo riferimento per vedere i dettagli.",
    },
    infoRequest: {
      subject: (reference: string) => `Domande sulla richiesta di aiuto — ${reference}`,
      intro: (organization: string) =>
        `${organization} sta leggendo la domanda. Abbiamo alcune domande. Le Sue risposte ci aiutano a capire il caso.`,
      questionsLabel: "Le nostre domande",
      how: "Può rispondere nella pagina qui sotto. Lì può anche aggiungere documenti, come atti del tribunale o lettere. Se non sa una risposta, può dirlo senza problemi.",
      howByPost:
        "Scriva le Sue risposte su carta e ce le mandi per posta. Scriva il Suo riferimento su ogni pagina. Può mandare copie di documenti utili, come atti del tribunale o lettere; tenga gli originali. Se non sa una risposta, può dirlo senza problemi.",
      due: (date: string) => `La preghiamo di rispondere entro il ${date}.`,
      button: "Rispondere alle domande",
      linkNote: "Questo link è privato. Non lo condivida: chiunque lo abbia può vedere le domande e rispondere.",
    },
    draftSaved: {
      subject: "La Sua domanda salvata",
      greeting: "Buongiorno,",
      intro: "Ha salvato la Sua domanda di aiuto per una condanna ingiusta, per finirla più tardi.",
      how: "Per continuare da dove si è fermato, apra il link qui sotto. Può anche scrivere il codice che si è annotato nella pagina «Continuare una domanda salvata».",
      keptUntil: (date: string) =>
        `Conserviamo quello che ha scritto fino al ${date}. Dopo viene cancellato, con i documenti aggiunti. Ogni volta che salva, lo conserviamo più a lungo.`,
      button: "Continuare la mia domanda",
      linkNote: "Questo link è solo per Lei. Non lo condivida: chiunque lo abbia può vedere e cambiare la Sua domanda.",
    },
    expertRequest: {
      subject: (reference: string) => `Richiesta di parere di un esperto — ${reference}`,
      greeting: "Gentile esperto,",
      intro: (organization: string) =>
        `${organization} aiuta persone che potrebbero essere state condannate ingiustamente. Chi esamina un caso Le chiede un parere da esperto. La ringraziamo se vorrà prenderlo in considerazione.`,
      questionLabel: "La domanda",
      how: "La pagina qui sotto mostra il caso senza i dati personali. La preghiamo di leggerlo e di inviare il Suo parere dalla stessa pagina.",
      due: (date: string) => `La preghiamo di inviare il Suo parere entro il ${date}.`,
    },
    caseAccepted: {
      subject: (reference: string) => `Caso accettato per continuare il lavoro — ${reference}`,
      body: {
        submitter: (organization: string) => [
          `Abbiamo una buona notizia. ${organization} ha accettato il Suo caso per continuare a lavorarci.`,
          "Adesso chiederemo a un avvocato di prendere il Suo caso. Può volerci tempo, a volte molti mesi. Le scriveremo quando ci saranno novità.",
          "È un passo importante. Non vuol dire ancora che la condanna cambierà. Adesso non deve fare nulla.",
        ],
        contact: (organization: string, applicant: string) => [
          `${organization} ha accettato il caso di ${applicant} per continuare a lavorarci.`,
          "Verrà chiesto a un avvocato di prendere il caso. Può volerci tempo. Le scriveremo quando ci saranno novità.",
        ],
        attorney: (organization: string, applicant: string) => [
          `Dopo l'esame, ${organization} ha accettato il caso di ${applicant} per ulteriori indagini.`,
          "Cercheremo ora un avvocato disposto a seguire il caso pro bono. Potrebbe volerci del tempo.",
          "La contatteremo per coordinarci, anche per l'accesso al fascicolo. La ringraziamo per il Suo lavoro su questo caso.",
        ],
      },
    },
    referralRequest: {
      subject: (reference: string) => `Affidamento di un caso: può prenderlo? — ${reference}`,
      ask: {
        lawyer: (organization: string) =>
          `${organization} ha esaminato una richiesta per un possibile errore giudiziario e l'ha accettata per continuare il lavoro. Vorremmo chiederLe se può prendere il caso come avvocato pro bono.`,
        organization: (organization: string) =>
          `${organization} ha esaminato una richiesta per un possibile errore giudiziario e l'ha accettata per continuare il lavoro. Vorremmo chiedere se la Sua organizzazione, che fa parte della rete, può prendere il caso.`,
      },
      steps:
        "Cosa fare: apra il link qui sotto e legga il fascicolo del caso. Poi accetti o rifiuti il caso nella pagina.",
      due: (date: string) =>
        `La preghiamo di rispondere entro il ${date}. Se rifiuta, lo chiederemo a qualcun altro: una risposta rapida ci aiuta.`,
      button: "Aprire il fascicolo",
    },
    caseReferred: {
      subject: (reference: string) => `Caso affidato per continuare il lavoro — ${reference}`,
      body: {
        submitter: (organization: string, referredTo: string) => [
          `Abbiamo notizie sul Suo caso. ${organization} lo ha affidato a ${referredTo}, che ha accettato di lavorarci.`,
          `Da adesso, ${referredTo} La contatterà direttamente. Può volerci un po' di tempo.`,
          "Conservi il Suo numero di riferimento, per favore. Non serve fare una nuova domanda.",
        ],
        contact: (organization: string, referredTo: string, applicant: string) => [
          `${organization} ha affidato il caso di ${applicant} a ${referredTo}, che ha accettato di lavorarci.`,
          `Da adesso, il caso è seguito da ${referredTo}.`,
        ],
        attorney: (organization: string, referredTo: string, applicant: string) => [
          `${organization} ha affidato il caso di ${applicant} a ${referredTo}, che ha accettato di seguirlo.`,
          `${referredTo} La contatterà per coordinarsi, anche per il passaggio del fascicolo. La ringraziamo per la collaborazione.`,
        ],
      },
    },
    caseDeclined: {
      subject: (reference: string) => `Decisione sulla domanda — ${reference}`,
      body: {
        submitter: (organization: string) => [
          `Ci dispiace. Dopo un esame attento, ${organization} non può prendere il Suo caso.`,
          "Questa decisione non vuol dire che pensiamo che Lei sia colpevole. Vuol dire solo che non possiamo aiutare in questo caso.",
        ],
        contact: (organization: string, applicant: string) => [
          `Ci dispiace. Dopo un esame attento, ${organization} non può prendere il caso di ${applicant}.`,
          `Questa decisione non vuol dire che pensiamo che ${applicant} sia colpevole.`,
        ],
        attorney: (organization: string, applicant: string) => [
          `Dopo l'esame, ${organization} ha deciso di non poter prendere il caso di ${applicant}.`,
          "Questa decisione dipende dai nostri criteri e dalle nostre risorse. Non significa che il Suo assistito sia colpevole.",
        ],
      },
      reasonsLabel: "Perché non possiamo prendere il caso:",
      directoryLabel: "Queste organizzazioni forse possono aiutare:",
      takesCasesFrom: "Accetta casi da",
      elsewhere: {
        submitter:
          "Può chiedere aiuto altrove. Conservi i Suoi documenti, per favore. La ringraziamo per averci affidato la Sua domanda.",
        contact: "Potrebbe esserci aiuto altrove. Grazie per il Suo sostegno.",
        attorney: "Il Suo assistito può cercare aiuto altrove. La ringraziamo per averci sottoposto il caso.",
      },
    },
    preservationRequest: {
      subject: (reference: string) => `Richiesta di conservazione di prove biologiche — ${reference}`,
      custodians: {
        court_clerk: "Alla Cancelleria del Tribunale",
        police_evidence_room: "All'Ufficio corpi di reato",
        laboratory: "Al Laboratorio",
        other: "All'ufficio che custodisce le prove",
      },
      greeting: "Gentili Signore e Signori,",
      intro: (organization: string, applicant: string) =>
        `${organization} sta esaminando la condanna di ${applicant}, che si dichiara innocente. Le prove biologiche di questo caso, come sangue, capelli, cellule della pelle o altro materiale che può contenere DNA, potrebbero mostrare chi ha commesso il reato.`,
      ask: "Vi chiediamo di conservare tutte le prove biologiche e tutti gli altri reperti di questo caso in vostro possesso. Vi preghiamo di non distruggerli, consumarli con analisi o restituirli, e di avvisarci prima di qualsiasi decisione che li riguardi.",
      answer: (email: string) =>
        `Vi preghiamo di scriverci per dirci quali prove custodite e che saranno conservate, indicando il nostro riferimento. Potete anche scrivere a ${email}.`,
      caseTitle: "Il caso",
      facts: {
        person: "Persona condannata",
        otherNames: "Altri nomi",
        dateOfBirth: "Data di nascita",
        place: "Luogo della condanna",
        court: "Tribunale",
        caseNumber: "Numero del procedimento",
        offenses: "Condannata per",
        convictionDate: "Data della condanna",
      },
      signOff: (organization: string) => `Distinti saluti,\n${organization}`,
    },
    staffMessage: {
      subject: (reference: string) => `Un messaggio sulla domanda — ${reference}`,
      signOff: (organization: string) => `Cordiali saluti,\n${organization}`,
      reply: "Per rispondere, risponda a questa email o ci scriva. Indichi il numero di riferimento, per favore.",
    },
    appliedForYou: {
      subject: (reference: string) => `Una domanda di aiuto per il Suo caso — ${reference}`,
      who: (name: string, relation: string) => `${name} (${relation})`,
      roles: {
        family: "un familiare",
        supporter: "un amico o una persona che La sostiene",
        defense_attorney: "il Suo avvocato",
      },
      intro: (who: string, organization: string) =>
        `${who} ha chiesto a ${organization} di esaminare la Sua condanna. ${organization} aiuta le persone che potrebbero essere state condannate ingiustamente. È gratuito.`,
      yourSay:
        "Può scriverci per questo: per dirci di più sul Suo caso, per fare una domanda, o per dirci che non vuole che lo esaminiamo.",
      confirm:
        "Prima di esaminare il Suo caso, abbiamo bisogno del Suo consenso per iscritto. Ci scriva che vuole che esaminiamo il Suo caso, firmi la lettera e scriva il Suo riferimento.",
      next: (submitter: string) => `Terremo informato ${submitter}. Può scriverci in qualsiasi momento.`,
    },
    caseRouted: {
      subject: (reference: string) => `Domanda inviata a un'altra organizzazione — ${reference}`,
      body: {
        submitter: (from: string, to: string) => [
          `${from} ha ricevuto la Sua domanda. La condanna è avvenuta in un luogo di cui si occupa ${to}.`,
          `Per questo ${from} ha inviato la Sua domanda a ${to}, che la leggerà e Le scriverà.`,
          "Non serve fare una nuova domanda. Il Suo riferimento resta lo stesso.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `La domanda per ${applicant} è stata inviata da ${from} a ${to}, che si occupa del luogo della condanna.`,
          "Nessuno deve fare una nuova domanda. Il riferimento resta lo stesso.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `La domanda relativa a ${applicant} è stata trasferita da ${from} a ${to}, competente per il luogo della condanna.`,
          `Non serve una nuova domanda e il riferimento non cambia. ${to} proseguirà l'esame e La contatterà se necessario.`,
        ],
      },
      movedBody: {
        submitter: (from: string, to: string) => [
          `${from} ha passato la Sua domanda a ${to}, che è più adatta a esaminare il Suo caso.`,
          `${to} la leggerà e Le scriverà.`,
          "Non deve fare una nuova domanda. Il Suo riferimento resta lo stesso.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `${from} ha passato la domanda per ${applicant} a ${to}, che è più adatta a esaminare il caso.`,
          "Nessuno deve fare una nuova domanda. Il riferimento resta lo stesso.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `${from} ha trasferito la domanda relativa a ${applicant} a ${to}, più adatta a esaminare il caso.`,
          `Non occorre una nuova domanda e il riferimento non cambia. ${to} proseguirà l'esame e La contatterà se necessario.`,
        ],
      },
    },
  },

  staff: {
    nav: {
      label: "Personale",
      queue: "Elenco dei casi",
      newCase: "Inserire una domanda arrivata per posta",
      letters: "Lettere da stampare",
      questionnaire: "Questionario",
      reports: "Rapporti",
      exports: "Esportazioni",
      partners: "Partner per l'affidamento",
      apiDocs: "Guida all'API",
    },
    statuses: {
      submitted: "inviato",
      screening: "controllo dei criteri",
      awaiting_confirmation: "in attesa di conferma",
      in_review: "in esame",
      awaiting_info: "in attesa di informazioni",
      awaiting_expert: "in attesa dell'esperto",
      accepted: "accettato",
      referred: "affidato",
      routed: "trasferito",
      declined: "rifiutato",
      closed: "chiuso",
      withdrawn: "ritirato",
    },
    notYet: "non ancora",
    formRefused: {
      title: "Questo modulo è stato rifiutato",
      body: "Non proveniva dalle pagine di questo sito, quindi non è stato cambiato nulla. Torni indietro, ricarichi la pagina e invii di nuovo il modulo.",
    },
    queue: {
      title: "Elenco dei casi",
      errorTitle: "Questi filtri non si possono usare",
      filters: "Trovare i casi",
      status: "Stato",
      anyStatus: "Qualsiasi stato",
      organization: "Organizzazione",
      anyOrganization: "Qualsiasi organizzazione",
      reviewer: "Persona incaricata dell'esame",
      anyReviewer: "Qualsiasi persona",
      reviewerOption: (name: string, organization: string) => `${name} (${organization})`,
      inactiveReviewerOption: (name: string, organization: string) => `${name} (${organization}, non attivo)`,
      submittedFrom: "Inviato dal",
      submittedTo: "Inviato fino al",
      overdueOnly: "Solo in ritardo (qualcuno a cui è stato chiesto di agire ha superato la scadenza)",
      stuckOnly: "Solo bloccati (non avanzano da soli: vanno fatti avanzare a mano)",
      show: "Mostrare i casi",
      clear: "Togliere ricerca e filtri",
      search: "Cerca",
      searchHint: (max: number) =>
        `Un riferimento, un indirizzo email, un numero di matricola o di procedimento, o un nome: parole intere, in qualsiasi ordine (al massimo ${max}). I filtri qui sotto restringono il risultato.`,
      captionFound: (query: string, shown: number, continued: boolean) =>
        `Casi trovati per «${query}», dai più recenti${continued ? " (continua)" : ""}: ${shown} mostrati`,
      emptySearch: "Nessun caso corrisponde a questa ricerca e a questi filtri.",
      preservationOnly: "Lettera di conservazione delle prove non ancora inviata",
      preservationDue: "Lettera di conservazione delle prove da inviare entro il",
      exportCsv: "Esportare questi casi in CSV",
      caption: (shown: number) => `Casi, dal più recente: ${shown} mostrati`,
      captionContinued: (shown: number) => `Casi, dal più recente (continua): ${shown} mostrati`,
      empty: "Nessun caso corrisponde a questi filtri.",
      columns: {
        reference: "Riferimento",
        organization: "Organizzazione",
        applicant: "Richiedente",
        status: "Stato",
        submitted: "Inviato",
        stageDue: "Scadenza della fase",
        possibleDuplicates: "Possibili doppioni",
        nextTask: "Prossimo compito",
      },
      nothingOpen: "niente in sospeso",
      overdue: "in ritardo",
      stuck: "bloccato",
      firstPage: "Prima pagina",
      nextPage: "Pagina successiva",
      errors: {
        status: (unknown: string) => `Stato sconosciuto: ${unknown}.`,
        overdue: "«In ritardo» è spuntato (true) oppure lasciato vuoto.",
        stuck: "«Bloccati» è spuntato (true) oppure lasciato vuoto.",
        submittedFrom: "Scriva il primo giorno come data, per esempio 2026-11-01.",
        submittedTo: "Scriva l'ultimo giorno come data, per esempio 2026-11-30.",
        limit: "Il numero di casi per pagina (limit) deve essere un numero intero da 1 a 200.",
        cursor: "Questo link di pagina non è valido. Ricominci dalla prima pagina.",
        myTasks: "«I miei compiti» è spuntato (true) oppure lasciato fuori.",
        dueThisWeek: "«Compiti di questa settimana» è spuntato (true) oppure lasciato fuori.",
        preservation: "«Lettera di conservazione non inviata» va spuntato (true) o lasciato vuoto.",
      },
      myTasks: "I miei compiti (casi con un mio compito aperto)",
      dueThisWeek: "Compiti di questa settimana (nei prossimi sette giorni, o in ritardo)",
      noTask: "nessuno",
      erased: "(cancellato)",
    },
    case: {
      title: (reference: string) => `Caso ${reference}`,
      errorTitle: "Non è stato possibile farlo",
      done: {
        reassigned: "L'esame è stato affidato a un'altra persona, che ha ricevuto il link per email.",
        withdrawn: "La domanda è stata ritirata. Le richieste aperte e i loro link sono stati annullati.",
        closed: "Il caso è stato chiuso. Le richieste aperte e i loro link sono stati annullati.",
        offered:
          "Il caso viene offerto. Il partner o l'organizzazione riceve il fascicolo del caso per email entro un minuto.",
        returned:
          "Il caso è tornato all'esame. Le richieste aperte sono state annullate; chi esamina riceve un'email entro un minuto.",
        reopened: "Il caso è stato riaperto ed è di nuovo in esame. Chi esamina riceve un'email entro un minuto.",
        moved:
          "Il caso è stato trasferito. Chi esamina nell'altra organizzazione e la parte richiedente ricevono un'email entro un minuto.",
        emailed: "Il messaggio è stato inviato per email.",
        letter: "Il messaggio aspetta in «Lettere da stampare»: stampatelo e speditelo.",
        logged: "È stato registrato, con le scansioni.",
        noted: "La nota è stata aggiunta.",
        task: "Il compito è stato aggiunto.",
        taskChanged: "Il compito è stato modificato.",
        confirmed: "La conferma è stata registrata. I revisori ricevono un'email entro un minuto.",
        answered: "La risposta è stata registrata, con le sue scansioni. I revisori ricevono un'email entro un minuto.",
        entered:
          "La domanda arrivata per posta è stata salvata con le sue scansioni, e il suo esame è cominciato. Una risposta a chi non ha email aspetta in Lettere da stampare.",
      },
      summary: {
        title: "Riepilogo",
        reference: "Riferimento",
        status: "Stato",
        organization: "Organizzazione",
        source: "Provenienza",
        language: "Lingua",
        sentBy: "Inviato da",
        submitted: "Inviato",
        updated: "Ultimo aggiornamento",
      },
      sources: { web_form: "modulo web", api: "API", paper_mail: "posta cartacea" },
      actions: {
        title: "Azioni",
        nothingMore: (status: string) => `Questo caso è ${status}: qui non si può fare altro.`,
        reassignTitle: "Affidare un esame a un'altra persona",
        review: "Esame",
        reviewOption: (round: number, reviewer: string, due: string) => `Turno ${round}: ${reviewer}, scadenza ${due}`,
        newReviewer: "Nuova persona",
        leastLoaded: "La persona meno impegnata che non ha visto il caso",
        reassign: "Affidare l'esame",
        withdrawTitle: "Ritirare la domanda",
        withdrawBody: "Su richiesta della persona. Questo ferma l'esame e annulla tutti i link delle richieste aperte.",
        withdrawConfirm: "La persona ha chiesto di ritirare la domanda",
        withdraw: "Ritirare la domanda",
        closeTitle: "Chiudere il caso",
        closeBody:
          "Questo ferma l'esame e annulla tutti i link delle richieste aperte. Un caso chiuso si può riaprire finché è conservato.",
        reason: "Motivo",
        chooseReason: "Scelga un motivo",
        close: "Chiudere il caso",
        closeReasons: {
          duplicate: "Doppione di un altro caso",
          no_reviewer: "Nessuno è disponibile per l'esame",
          referrals_exhausted: "Tutti gli affidamenti sono stati rifiutati",
          no_response: "La persona non ha risposto",
          resolved_elsewhere: "Risolto altrove",
          other: "Altro",
        },
        chooseOne: "Scegliete",
      },
      errors: {
        chooseReview: "Scelga l'esame.",
        confirmWithdraw: "Spunti la casella per confermare che la persona ha chiesto di ritirare la domanda.",
        chooseCloseReason: "Scelga perché il caso viene chiuso.",
        reviewNotFound: "Questo caso non ha questo esame.",
        reviewNotOpen: (status: string) =>
          `Questo esame è «${status}»; solo un esame aperto si può affidare a un'altra persona.`,
        chooseAnotherReviewer: "Scelga un'altra persona attiva dell'organizzazione del caso.",
        noReviewerLeft: "Non c'è più nessun'altra persona attiva che possa fare questo esame.",
        alreadyEnded: (status: string, wanted: string) =>
          `Questo caso è già «${status}»; non può diventare «${wanted}». Non è stato cambiato nulla.`,
        caseGone: "Questo caso non esiste più.",
      },
      applicant: {
        title: "Richiedente",
        name: "Nome",
        submittedBy: "Inviato da",
        submitter: (name: string, role: string) => `${name} (${role})`,
        relationship: "Rapporto",
      },
      contacts: {
        title: "Contatti",
        caption: "Le persone del caso e come raggiungerle",
        name: "Nome",
        role: "Ruolo",
        email: "Email",
        postalAddress: "Indirizzo postale",
        language: "Lingua",
        getsUpdates: "Riceve le novità",
        submitter: (role: string) => `${role} (ha inviato la domanda)`,
        roles: {
          applicant: "persona condannata",
          family: "familiare",
          supporter: "sostenitore",
          defense_attorney: "difensore",
          trial_attorney: "avvocato al processo",
          appeal_attorney: "avvocato in appello",
          referral_partner: "partner",
          evidence_custodian: "custode delle prove",
          expert: "esperto",
          staff: "personale",
        },
      },
      documents: {
        title: "Documenti",
        none: "Non sono stati inviati documenti.",
        about: (type: string, kilobytes: number, from: string, day: string) =>
          `(${type}, ${kilobytes} KB, inviato da: ${from}, ${day})`,
      },
      screening: {
        title: "Controllo dei criteri",
        none: "Non ancora controllato.",
        label: (organization: string) => `Controllo presso ${organization}`,
        at: (organization: string, version: string) => `Presso ${organization}, versione dei criteri ${version}: `,
        noVersion: "nessuna",
        outcomes: { pass: "superato", flagged: "punti segnalati", route: "da trasferire", decline: "da rifiutare" },
        results: { pass: "soddisfatto", fail: "non soddisfatto", unknown: "da valutare" },
        onFail: (what: string) => ` (se non soddisfatto: ${what})`,
        onFailActions: { decline: "rifiutare", route: "trasferire", flag: "segnalare" },
      },
      assignments: {
        title: "Incarichi",
        caption: "A chi è stato chiesto di agire, dal più vecchio",
        empty: "Non è stato ancora chiesto a nessuno di agire.",
        nobody: "nessuno",
        asked: "Incaricato",
        kind: "Tipo",
        round: "Turno",
        status: "Stato",
        due: "Scadenza",
        reminders: "Promemoria",
        created: "Creato",
        completed: "Completato",
        kinds: { review: "esame", respond: "risposta", consult: "parere dell'esperto", referral: "affidamento" },
        statuses: {
          open: "aperto",
          done: "fatto",
          lapsed: "scaduto",
          reassigned: "affidato ad altri",
          revoked: "annullato",
        },
      },
      decisions: {
        title: "Decisioni",
        caption: "Decisioni di chi ha esaminato il caso, dalla più vecchia",
        reviewer: "Persona",
        round: "Turno",
        outcome: "Decisione",
        reasons: "Motivi",
        questions: "Domande",
        note: "Nota",
        decided: "Deciso",
        outcomes: {
          accept: "accettare",
          decline: "rifiutare",
          request_info: "chiedere informazioni",
          consult_expert: "consultare un esperto",
          refer: "affidare ad altri",
        },
      },
      responses: {
        title: "Risposte, pareri e risposte agli affidamenti",
        kinds: {
          answer: "Risposta della persona",
          opinion: "Parere dell'esperto",
          referral: "Risposta all'affidamento",
        },
        heading: (kind: string, round: number) => `${kind}, turno ${round}`,
        accepted: "Ha accettato l'affidamento.",
        declined: "Ha rifiutato l'affidamento.",
        received: "Ricevuto",
      },
      duplicates: {
        title: "Possibili doppioni",
        caption: "Altri casi che forse riguardano la stessa persona",
        empty: "Nessun altro caso indica la stessa persona.",
        organization: "Organizzazione",
        submitted: "Inviato",
        matchedOn: "Elementi in comune",
        case: "Caso",
        elsewhere: "presso un'altra organizzazione",
        matches: { name_birth_date: "nome e data di nascita", name_prison_number: "nome e numero di matricola" },
      },
      timeline: {
        title: "Cronologia",
        caption: "Tutto quello che è successo al caso, dal più vecchio",
        time: "Ora",
        event: "Evento",
        by: "Da",
        details: "Dettagli",
        events: {
          submitted: "inviato",
          received: "ricevuto",
          screened: "criteri controllati",
          routed: "trasferito",
          in_review: "in esame",
          awaiting_info: "in attesa di informazioni",
          awaiting_expert: "in attesa dell'esperto",
          accepted: "accettato",
          referred: "affidato",
          declined: "rifiutato",
          withdrawn: "ritirato",
          closed: "chiuso",
          assigned: "affidato per l'esame",
          reminded: "promemoria inviato",
          escalated: "personale avvisato",
          reassigned: "affidato a un'altra persona",
          decided: "deciso",
          answered: "risposta ricevuta",
          opinion_given: "parere ricevuto",
          request_lapsed: "richiesta scaduta",
          referral_offered: "affidamento proposto",
          referral_accepted: "affidamento accettato",
          referral_refused: "affidamento non accettato",
          referral_declined: "affidamento rifiutato",
          referral_lapsed: "affidamento scaduto",
          workflow_errored: "errore della procedura automatica",
          workflow_restarted: "procedura automatica riavviata",
          notified: "messaggio inviato",
          message_failed: "messaggio non riuscito",
          viewed_by_staff: "visto dal personale",
        },
        who: "Chi",
      },
      messages: {
        title: "Messaggi",
        caption: "Chi è stato informato di cosa, dal più vecchio",
        empty: "Ancora nessun messaggio.",
        template: "Modello",
        channel: "Canale",
        recipient: "Destinatario",
        status: "Stato",
        created: "Creato",
        sent: "Inviato",
        recipientKind: (kind: string, name: string) => `${kind}: ${name}`,
        recipientKinds: { contact: "contatto", reviewer: "persona incaricata", organization: "organizzazione" },
        templates: {
          acknowledgement: "conferma di ricezione",
          "review-request": "richiesta di esame",
          "review-reminder": "promemoria di esame",
          "staff-alert": "avviso al personale",
          "info-request": "richiesta di informazioni",
          "expert-request": "richiesta all'esperto",
          "case-accepted": "caso accettato",
          "referral-request": "proposta di affidamento",
          "case-referred": "caso affidato",
          "case-declined": "caso rifiutato",
          "case-routed": "caso trasferito",
          "applied-for-you": "domanda fatta da altri",
        },
        channels: { email: "email", post: "posta" },
        statuses: { pending: "in attesa", sent: "inviato", failed: "non riuscito" },
      },
    },
    letters: {
      title: "Lettere da stampare",
      intro:
        "Queste persone hanno dato solo un indirizzo postale. Stampi ogni lettera e la spedisca: viene registrata come inviata. La stampa crea i link privati della lettera, quindi stampi ogni lettera una sola volta.",
      custodyNote:
        "Le lettere a chi è in carcere non hanno link: danno il riferimento e il vostro indirizzo per rispondere. Il termine per rispondere a una lettera di domande parte quando viene stampata.",
      noAddressTitle: "Manca l'indirizzo per la risposta",
      noAddress: (organizations: string) =>
        `${organizations} non ha un indirizzo postale, quindi le sue lettere non possono dire dove rispondere. Lo inserisca prima: PATCH /api/v1/organizations/<slug> con {"postalAddress": "…"}.`,
      none: "Non ci sono lettere in attesa.",
      caption: "Lettere in attesa, dalla più vecchia",
      columns: {
        print: "Stampa",
        case: "Caso",
        letter: "Lettera",
        to: "A",
        organization: "Organizzazione",
        since: "Dal",
      },
      printLabel: (letter: string, reference: string) => `Stampare la lettera «${letter}» per ${reference}`,
      paper: "Carta",
      paperOwn: "Quella di ogni organizzazione: US Letter in Nord America, A4 altrove",
      paperA4: "A4",
      paperLetter: "US Letter",
      print: "Stampare le lettere scelte",
      printedTitle: "Lettere",
      noneLeft: "Nessuna delle lettere scelte è ancora in attesa: sono già state stampate.",
      printed: (count: number) =>
        count === 1
          ? "1 lettera, ora segnata come inviata. Usi il comando Stampa del browser."
          : `${count} lettere, ora segnate come inviate. Usi il comando Stampa del browser; ogni lettera inizia su una pagina nuova.`,
      back: "Tornare alle lettere",
      letterLabel: (name: string, reference: string) => `Lettera a ${name}, ${reference}`,
    },
    apiDocs: {
      title: "Guida all'API",
      baseUrl: "URL di base:",
      document: "Il documento leggibile dalle macchine (OpenAPI 3.1) si trova all'indirizzo",
      auth: "Le operazioni del personale richiedono un token di Cloudflare Access (Cf-Access-Jwt-Assertion, impostato da Access) oppure Authorization: Bearer con il token dell'API del personale.",
      sections: "Sezioni",
      staffOnly: "Solo per il personale.",
      parameters: "Parametri",
      name: "Nome",
      in: "Dove",
      required: "Obbligatorio",
      about: "Descrizione",
      body: (types: string) => `Corpo: ${types}.`,
      fields: "Campi:",
      requiredField: "(obbligatorio)",
      or: " oppure ",
    },
    devSignIn: {
      link: "Accedere per lo sviluppo locale",
      title: "Accesso del personale (sviluppo)",
      heading: "Accesso del personale per lo sviluppo locale",
      intro:
        "In produzione il personale accede con Cloudflare Access. Qui invece le pagine del personale si aprono con il token dell'API del personale.",
      pagesLink: "Aprire le pagine del personale",
      token: "Token dell'API del personale",
      tokenHint: "Il valore di STAFF_API_TOKEN in .dev.vars.",
      wrongToken: "Questo non è il token dell'API del personale di questo server.",
      submit: "Accedere",
    },
    mailbox: {
      title: "Casella di posta di sviluppo",
      intro:
        "Tutti i messaggi inviati dall'applicazione, dal più recente. Ne apra uno per vederlo come lo vede chi lo riceve, e ne segua i link.",
      json: "In JSON:",
      empty: "Ancora nessun messaggio.",
      apply: "Inviare una domanda",
      sent: "Inviato",
      to: "A",
      subject: "Oggetto",
    },
    erased: "(cancellato)",
    desk: {
      kinds: { letter: "Lettera", call: "Telefonata", email: "Email", visit: "Visita" },
      channels: { email: "Email", post: "Lettera" },
      incoming: (kind: string) => `Ricevuto: ${kind}`,
      outgoing: (kind: string) => `Inviato: ${kind}`,
      noScans: "nessuna scansione",
      messageStatuses: {
        sent: "inviato",
        printed: "stampato",
        waitingToPrint: "in attesa di stampa",
        pending: "in attesa",
        failed: "non riuscito",
      },
      title: "Corrispondenza",
      caption: "Lettere, telefonate, email e visite ricevute, e messaggi scritti dal personale, dal più vecchio",
      empty: "Ancora nessuna corrispondenza.",
      columns: { day: "Giorno", person: "Persona", says: "Cosa dice", scans: "Scansioni o stato" },
      writeTitle: "Scrivere a qualcuno",
      snippetTitle: "Partire da un testo pronto",
      snippet: "Testo pronto",
      useSnippet: "Usare questo testo",
      messageTitle: "Messaggio",
      send: "Inviare",
      messageIntro:
        "La persona lo legge nella cornice della sua lingua: un saluto, il Suo testo, la chiusura dell'organizzazione e il riferimento. Parte per email se la persona ha un indirizzo; altrimenti aspetta in Lettere da stampare.",
      to: "A",
      contactOption: (name: string, role: string, language: string) => `${name} (${role}, ${language})`,
      postOnlyOption: (name: string, role: string, language: string) =>
        `${name} (${role}, solo per posta, ${language})`,
      sendBy: "Inviare per",
      sendByDefault: "Email se ha un indirizzo, altrimenti una lettera",
      heading: "Titolo (facoltativo; compare nel messaggio, mai nell'oggetto)",
      body: "Il Suo testo",
      logTitle: "Registrare posta, una telefonata, un'email o una visita",
      log: "Registrare",
      kind: "Cosa è arrivato",
      date: "Giorno in cui è arrivato o è avvenuto",
      from: "Da",
      fromNobody: "Qualcuno che non è nel caso",
      personOption: (name: string, role: string) => `${name} (${role})`,
      inAnswerTo: "In risposta a",
      noTask: "Nessun compito",
      summary: "Cosa dice o chiede",
      scans: "Scansioni (facoltative; PDF, JPEG, PNG, HEIC, TIFF)",
      answerTitle: "Scrivere la risposta arrivata per posta",
      recordAnswer: "Registrare la risposta",
      answerDue: (round: number, due: string) =>
        `Le persone che esaminano il caso hanno fatto domande al turno ${round}; la risposta è attesa entro il ${due}. Registrarla qui vale come una risposta inviata online: si chiede loro di decidere di nuovo.`,
      questions: "Le domande",
      answer: "La risposta, come la dà la lettera",
      answerScans: "Scansioni della lettera e di ciò che l'accompagnava (PDF, JPEG, PNG, HEIC, TIFF)",
    },
    tasks: {
      title: "Compiti",
      caption: "Prima i compiti aperti, per giorno di scadenza",
      empty: "Ancora nessun compito.",
      columns: { task: "Compito", due: "Scadenza", assignee: "Chi lo fa", done: "Fatto", change: "Cambiare" },
      overdue: "in ritardo",
      whoeverMadeIt: "chi l'ha creato",
      notDone: "No",
      openAgain: "Riaprire",
      markDone: "Segnare come fatto",
      changeLabel: (change: string, task: string) => `${change}: ${task}`,
      aTask: "compito",
      addTitle: "Aggiungere un compito",
      add: "Aggiungere il compito",
      what: "Cosa fare",
      due: "Scadenza",
      who: "Chi lo fa",
      me: "Io",
    },
    notes: {
      title: "Note",
      intro: "Solo per il gruppo: nessuno fuori dalle pagine del personale le vede.",
      caption: "Note interne, dalla più vecchia",
      empty: "Ancora nessuna nota.",
      columns: { written: "Scritta il", by: "Da", note: "Nota" },
      addTitle: "Aggiungere una nota",
      add: "Aggiungere la nota",
      note: "Nota",
    },
    preservation: {
      title: "Conservazione delle prove",
      intro:
        "In questo caso ci sono, o potrebbero esserci, prove biologiche. Chieda per iscritto a chi le custodisce di non distruggerle. Finché la lettera non è segnata come inviata, l'indirizzo di accoglienza riceve un promemoria ogni settimana dal giorno di scadenza.",
      letterDue: "Lettera entro il",
      overdue: "in ritardo",
      sent: "Inviata",
      notYet: "Non ancora",
      custodian: "Custode delle prove",
      noPostalAddress: "(nessun indirizzo postale)",
      nobodyNamed: "La domanda non nomina nessuno. Scopra chi custodisce le prove e gli scriva.",
      letter: "Lettera",
      noLetter: "Nessuna preparata: non c'è un indirizzo postale a cui mandarla.",
      printed: "Stampata il",
      waiting: "In attesa di stampa. Stamparla la segna come inviata:",
      waitingIn: (language: string) => `In attesa di stampa, in ${language}. Stamparla la segna come inviata:`,
      answersCaption: "Le risposte del custode, registrate come corrispondenza per questo compito",
      answersEmpty: (form: string) =>
        `Ancora nessuna risposta registrata. La registri in «${form}», scegliendo questo compito.`,
      columns: { day: "Giorno", how: "Come", says: "Cosa dice" },
    },
    person: {
      title: "Dati personali",
      noOtherCase:
        "Non è stato trovato nessun altro caso di questa persona (per nome con data di nascita o numero di matricola).",
      otherCases: (count: number) =>
        `Questa persona ha qui ${count} ${count === 1 ? "altro caso" : "altri casi"} (trovati per nome con data di nascita o numero di matricola).`,
      elsewhere: (count: number) =>
        `${count === 1 ? "Un altro è" : `Altri ${count} sono`} presso altre organizzazioni, per il loro personale.`,
      downloadCase: "Scaricare questo caso (ZIP)",
      downloadPerson: (count: number) =>
        `Scaricare tutto su questa persona: ${count} ${count === 1 ? "caso" : "casi"} (ZIP)`,
      zipsMadeForYou:
        "Lo ZIP viene preparato in background. La pagina seguente mostra a che punto è, e lì si può scaricare per un giorno.",
      eraseCase: "Cancellare questo caso",
      eraseCaseBody: "Elimina questo caso, le sue persone, i file, i messaggi e la storia. Non si può annullare.",
      erasePerson: (count: number) => `Cancellare tutti i casi di questa persona (${count})`,
      erasePersonBody: "Elimina ogni caso della persona come sopra. Non si può annullare.",
      typeReference: (reference: string) => `Scriva il riferimento ${reference} per confermare`,
      notErased: "Niente cancellato",
      notConfirmed: (reference: string) =>
        `Non è stato cancellato niente: il riferimento scritto non era ${reference}. Torni indietro e lo scriva esattamente per confermare.`,
      caseErasedTitle: "Caso cancellato",
      caseErased: (reference: string) => `Il caso ${reference} e tutto ciò che lo riguarda sono stati cancellati.`,
      personErasedTitle: "Casi della persona cancellati",
      personErased: (count: number) =>
        count === 1
          ? "È stato cancellato 1 caso di questa persona."
          : `Sono stati cancellati ${count} casi di questa persona.`,
      leftElsewhere: (count: number) =>
        count === 1
          ? "1 caso presso un'altra organizzazione resta al suo personale."
          : `${count} casi presso altre organizzazioni restano al loro personale.`,
      back: "Torna all'elenco dei casi",
    },
    moves: {
      confirmTitle: "Registrare la conferma scritta",
      confirm: "Registrarla: l'esame comincia",
      confirmBody:
        "Qualcun altro ha fatto domanda per questa persona detenuta, e la Sua organizzazione esamina il caso solo dopo il suo consenso scritto. Quando arriva la sua lettera firmata, la registri qui: il caso passa all'esame. Registri la lettera stessa in «Registrare posta» per conservare la scansione.",
      receivedOn: "Giorno in cui è arrivata la sua lettera",
      referPartnerTitle: "Offrire a un partner per l'affidamento",
      referPartnerBody:
        "Il partner riceve per email il fascicolo del caso e deve accettarlo o rifiutarlo entro il solito termine.",
      partner: "Partner per l'affidamento",
      referOrganizationTitle: "Offrire a un'altra organizzazione della rete",
      referOrganizationBody:
        "Il suo gruppo di accoglienza riceve per email il fascicolo del caso e deve prenderlo o rifiutarlo.",
      memberOrganization: "Organizzazione della rete",
      sendOffer: "Inviare l'offerta",
      returnTitle: "Rimandare all'esame",
      return: "Rimandare all'esame",
      returnBody:
        "Le richieste aperte (domande, parere di un esperto, affidamento) vengono annullate, e le persone dell'ultimo turno devono decidere di nuovo; altre persone se non sono più attive.",
      reopenTitle: "Riaprire il caso",
      reopen: "Riaprire il caso",
      reopenBody: "Il caso torna all'esame, alle persone del suo ultimo turno se sono ancora attive.",
      reopenReason: "Perché viene riaperto",
      reopenReasons: {
        new_information: "Sono arrivate nuove informazioni",
        applicant_asked: "La persona ci ha chiesto di riguardarlo",
        decided_in_error: "È stato chiuso per errore",
        other: "Altro",
      },
      moveTitle: "Passare a un'altra organizzazione",
      move: "Passare il caso",
      moveBody:
        "Le richieste aperte vengono annullate; l'altra organizzazione controlla i criteri, le sue persone esaminano il caso e chi ha fatto domanda viene avvisato. Lei non lo vedrà più, a meno che non faccia parte del personale della rete.",
      organization: "Organizzazione",
      errors: {
        choosePartner: "Scelga un partner per l'affidamento.",
        chooseOrganization: "Scelga un'organizzazione.",
        chooseReopenReason: "Scelga perché il caso viene riaperto.",
        emptyAnswer: "Scriva la risposta, o aggiunga le sue scansioni.",
      },
    },
    formIssue: (field: string, problem: string) => `${field}: ${problem}`,
    formFields: {
      contactId: "A",
      body: "Il Suo testo",
      subject: "Titolo",
      channel: "Inviare per",
      kind: "Cosa è arrivato",
      title: "Cosa fare",
      dueOn: "Scadenza",
      assigneeId: "Chi lo fa",
      date: "Giorno",
      summary: "Cosa dice",
      receivedOn: "Giorno in cui è arrivata la sua lettera",
      answer: "La risposta",
    },
    refusals: {
      noSuchCase: "Questo caso non esiste.",
      gone: "eliminato",
      referred: "Questo caso è stato affidato: ha lasciato l'esame, quindi non si può più spostare.",
      endedReopenFirst: (status: string) => `Questo caso è ${status}: prima lo riapra.`,
      endedReopenInstead: (status: string) => `Questo caso è ${status}: lo riapra invece.`,
      moving:
        "Questo caso sta ancora andando avanti da solo (il suo processo automatico è in corso): aspetti un minuto e riprovi.",
      changed: (status: string) =>
        `Qualcuno o qualcosa ha cambiato questo caso un momento fa (ora è ${status}); non è stato cambiato niente. Ricarichi la pagina e riprovi.`,
      referralWaiting: (day: string) =>
        `Un affidamento aspetta una risposta fino al ${day}: aspetti la risposta, o la fine del termine.`,
      notReferable: (status: string) =>
        `Questo caso è ${status}: si può affidare solo un caso accettato, o uno i cui affidamenti ad altri membri sono stati tutti rifiutati o scaduti.`,
      choosePartner: "Scelga un partner per l'affidamento attivo dell'organizzazione del caso.",
      chooseOtherOrganization: "Scelga un'altra organizzazione della rete.",
      inReviewAlready: (day: string) =>
        `Questo caso è già in esame: una persona deve decidere entro il ${day}. Affidi invece l'esame a un'altra persona.`,
      notReopenable: (status: string) =>
        `Questo caso è ${status}: si può riaprire solo un caso ritirato, rifiutato o chiuso.`,
      retentionEnded: (day: string) =>
        `Il periodo di conservazione di questo caso è finito il ${day}: lo si sta eliminando e non si può riaprire.`,
      notAwaitingConfirmation: (status: string) => `Questo caso è ${status}: non aspetta una conferma scritta.`,
      notAwaitingAnswers: "Questo caso non aspetta risposte: non ci sono domande aperte per la persona.",
      answeredJustNow: "Alle domande è stata data risposta, o sono state chiuse, un momento fa.",
      erasedNothingAdded: "I dati di questo caso sono stati cancellati: non si può aggiungere niente.",
      erasedNothingWritten: "I dati di questo caso sono stati cancellati: non si può scrivere niente.",
      chooseStaff: "Scelga un membro attivo del personale che può vedere questo caso.",
      taskChanged:
        "Qualcuno ha cambiato questo compito un momento fa; non è stato cambiato niente. Ricarichi la pagina.",
      choosePerson: "Scelga una persona di questo caso.",
      noEmail: "Questa persona non ha un indirizzo email.",
      noPostalAddress: "Questa persona non ha un indirizzo postale.",
      chooseTask: "Scelga un compito di questo caso.",
    },
    reports: {
      title: "Rapporti",
      errorTitle: "Controlli i filtri",
      filters: "Filtri",
      from: "Ricevute dal",
      to: "Ricevute fino al (compreso)",
      organization: "Organizzazione",
      allOrganizations: "Tutte quelle che posso vedere",
      show: "Mostrare",
      empty: "Niente in questo periodo.",
      chartTitle: (caption: string) => `${caption}, come grafico a barre; la tabella sotto ha gli stessi numeri.`,
      exportTable: (caption: string) => `Esportare «${caption}» in CSV`,
      badDay: "Scriva un giorno come 2026-01-31; l'ultimo uguale o successivo al primo.",
      chooseOrganization: "Scelga un'organizzazione dall'elenco.",
      tables: {
        months: { caption: "Domande per mese", columns: ["mese", "domande"] },
        sources: { caption: "Domande per canale", columns: ["canale", "domande"] },
        jurisdictions: { caption: "Domande per luogo della condanna", columns: ["luogo", "domande"] },
        organizations: { caption: "Domande per organizzazione", columns: ["organizzazione", "domande"] },
        outcomes: { caption: "Dove sono ora i casi", columns: ["stato", "casi"] },
        "decline-reasons": {
          caption: "Motivi di rifiuto (un caso può averne più di uno)",
          columns: ["motivo", "casi"],
        },
        evidence: {
          caption: "Prove indicate da chi ha fatto domanda (un caso può indicarne più di una)",
          columns: ["prova", "casi"],
        },
        timing: {
          caption: "Giorni dalla ricezione",
          columns: ["fino a", "casi", "giorni (mediana)", "giorni (90° percentile)"],
        },
        reviewers: {
          caption: "Carico attuale di chi esamina",
          columns: ["persona", "organizzazione", "esami aperti", "in ritardo"],
        },
      },
      sources: { web: "sito web", api: "API", post: "posta" },
      timing: { firstDecision: "prima decisione", outcome: "esito" },
    },
    partners: {
      title: "Partner per l'affidamento",
      intro:
        "Un caso accettato viene offerto al primo partner attivo dell'organizzazione. Se un partner rifiuta o non risponde, può offrire il caso a un altro dalla pagina del caso. A un partner disattivato non vengono offerti nuovi casi.",
      errorTitle: "Non è stato possibile aggiungere il partner",
      added: "Il partner è stato aggiunto.",
      changed: "Il partner è stato modificato.",
      caption: (organization: string) => `Partner per l'affidamento di ${organization}`,
      empty: "Ancora nessun partner per l'affidamento.",
      columns: { name: "Nome", email: "Email", language: "Lingua", active: "Attivo", change: "Cambiare" },
      yes: "Sì",
      no: "No",
      activate: (name: string) => `Attivare ${name}`,
      deactivate: (name: string) => `Disattivare ${name}`,
      activateButton: "Attivare",
      deactivateButton: "Disattivare",
      addTitle: "Aggiungere un partner per l'affidamento",
      fields: { organization: "Organizzazione", name: "Nome", email: "Email", language: "Lingua delle sue email" },
      add: "Aggiungere il partner",
      errors: {
        organization: "Scelga un'organizzazione.",
        name: "Scriva il nome del partner (fino a 200 caratteri).",
        email: "Scriva un indirizzo email come nome@esempio.org.",
        language: "Scelga una lingua.",
      },
    },
    exports: {
      rows: (count: number) => `${count.toLocaleString("it")} ${count === 1 ? "riga" : "righe"}`,
      cases: "Casi",
      files: (count: number) => `${count.toLocaleString("it")} file`,
      caseArchive: (file: string) => `Tutto ciò che è conservato su un caso, in uno ZIP (${file})`,
      personArchive: (file: string) =>
        `Tutto ciò che è conservato su una persona, in tutti i suoi casi, in uno ZIP (${file})`,
      reportTable: (table: string) => `Tabella del rapporto «${table}»`,
      withFilters: (what: string, filters: string) => `${what} (${filters})`,
      noFilters: (what: string) => `${what} (senza filtri)`,
      startTitle: "Esportare in CSV",
      startBody:
        "Il file viene preparato in background con tutte le righe che corrispondono a questi filtri. La pagina successiva mostra a che punto è, e lì il file si può scaricare per un giorno.",
      prepare: "Preparare il CSV",
      title: "Esportazione",
      counting: "Conteggio delle righe…",
      listingFiles: "Elenco dei file in corso…",
      preparing: (done: number, total: number) =>
        `Preparazione: ${done.toLocaleString("it")} di ${total.toLocaleString("it")} ${total === 1 ? "riga scritta" : "righe scritte"}.`,
      preparingFiles: (done: number, total: number) =>
        `Preparazione: ${done.toLocaleString("it")} di ${total.toLocaleString("it")} ${total === 1 ? "file scritto" : "file scritti"}.`,
      ready: (rows: string, size: string) => `Pronto: ${rows}, ${size}.`,
      failed: "Questa esportazione non è riuscita e non è stato conservato niente. La chieda di nuovo.",
      expired: "Questo file è stato eliminato un giorno dopo la sua creazione. Lo chieda di nuovo.",
      reloads: (seconds: number) => `Questa pagina si ricarica ogni ${seconds} secondi.`,
      reloadNow: "Ricaricare ora",
      download: "Scaricare il CSV",
      downloadZip: "Scaricare lo ZIP",
      keptUntil: "Conservato fino a (poi eliminato):",
      again: "Esportarlo di nuovo",
      every: "Tutte le esportazioni",
      listTitle: "Esportazioni",
      listIntro:
        "I file si conservano per un giorno dalla richiesta. Ne chieda uno nuovo dall'elenco dei casi, dai rapporti o dalla pagina di un caso.",
      caption: "Esportazioni, dalla più recente",
      empty: "Ancora nessuna esportazione.",
      columns: { asked: "Chiesta il", what: "Cosa", by: "Da", status: "Stato", downloads: "Download" },
      running: (done: number, total: number) =>
        `in corso: ${done.toLocaleString("it")} di ${total.toLocaleString("it")} ${total === 1 ? "riga" : "righe"}`,
      runningFiles: (done: number, total: number) =>
        `in corso: ${done.toLocaleString("it")} di ${total.toLocaleString("it")} file`,
      runningUncounted: (done: number) => `in corso: ${done.toLocaleString("it")} di ?`,
      readyRows: (rows: string) => `pronta: ${rows}`,
      statuses: { failed: "non riuscita", expired: "scaduta" },
    },
    intake: {
      intro:
        "Inserisca una domanda arrivata per posta, come la persona l'ha scritta, e aggiunga le pagine scansionate. Prima del salvataggio vedrà ogni altra domanda sulla stessa persona.",
      questionnaire: "A chi ha scritto senza usare il modulo si può mandare il questionario da stampare.",
      whoWrote: "Chi Le ha scritto?",
      senders: {
        self: "La persona condannata (la maggior parte delle lettere dal carcere)",
        family: "Un familiare",
        supporter: "Un amico o un sostenitore",
        defense_attorney: "Il suo avvocato o la sua avvocata",
      },
      from: (sender: string) => `Da: ${sender}`,
      changeWho: "Cambiare chi ha scritto",
      duplicatesTitle: "È una nuova domanda?",
      duplicatesBody:
        "Altre domande nominano la stessa persona. Non è ancora stato salvato niente, e le scansioni sono conservate. Se questa lettera appartiene a una di loro, la registri invece su quel caso. Se è una nuova domanda, spunti la casella alla fine del modulo e salvi di nuovo.",
      typeIn:
        "Scriva ciò che dice la lettera, con le parole di chi l'ha scritta. I campi obbligatori sono segnati; lasci vuoti gli altri quando la lettera non lo dice.",
      letter: "La lettera",
      language: "Lingua in cui rispondere",
      duplicatesSeen: "Ho controllato le domande elencate in alto: questa è nuova. Salvarla come nuovo caso.",
      save: "Salvare la domanda",
    },
    questionnaire: {
      title: "Questionario da stampare",
      intro:
        "Il modulo di domanda su carta, da spedire a chi scrive senza averlo. Riporta l'indirizzo di ritorno della Sua organizzazione. Quando torna, lo inserisca qui:",
      which: "Quale questionario",
      organization: "Organizzazione",
      language: "Lingua",
      show: "Mostrare il questionario",
      error: "Scelga una delle Sue organizzazioni e una lingua dagli elenchi.",
      pageTitle: (organization: string) => `Questionario — ${organization}`,
      heading: (organization: string, language: string) => `Questionario: ${organization}, ${language}`,
      noAddress:
        'Questa organizzazione non ha un indirizzo postale, quindi il questionario non può dire dove rispedirlo. Lo imposti prima: PATCH /api/v1/organizations/<slug> con {"postalAddress": "…"}.',
      print: "Usi il comando Stampa del browser.",
      another: "Sceglierne un altro",
    },
  },
};
