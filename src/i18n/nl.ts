import type { Catalog } from "./en";

/**
 * Dutch ("u" throughout). Same keys as `en`. A wrongful conviction is "een onterechte veroordeling"
 * or "een gerechtelijke dwaling"; an appeal "hoger beroep", and a later review of the conviction
 * "herziening"; a prison number "het gedetineerdennummer".
 */
export const nl: Catalog = {
  languageName: "Nederlands",
  siteName: "Innocence Intake",
  skipToContent: "Naar de hoofdinhoud",
  languageSwitch: "Taal",
  /** A date in words, as the reader writes it; `month` counts from 0 (src/lib/dates.ts). */
  longDate: (day: number, month: number, year: number) => {
    const months = [
      "januari",
      "februari",
      "maart",
      "april",
      "mei",
      "juni",
      "juli",
      "augustus",
      "september",
      "oktober",
      "november",
      "december",
    ];
    return `${day} ${months[month]} ${year}`;
  },
  footer:
    "Het is gratis. Wat u stuurt, wordt alleen gelezen door het team van de organisatie en de vrijwilligers die zaken bekijken.",

  landing: {
    title: "Hulp vragen bij een onterechte veroordeling",
    intro:
      "Bent u veroordeeld voor een misdrijf dat u niet heeft gepleegd? Of geldt dat voor een familielid of een cliënt? Dan kunt u een organisatie die onschuldig veroordeelden helpt, vragen om de zaak te bekijken. Dat is gratis.",
    howTitle: "Hoe het werkt",
    how: [
      "U vult een formulier in, één onderwerp per pagina. Dat duurt ongeveer 20 minuten, en u kunt het opslaan en later afmaken. U kunt ook papieren sturen, zoals stukken van de rechtbank of brieven.",
      "U krijgt een referentienummer en een privélink om te zien hoe het met de aanvraag staat.",
      "Een team van de organisatie leest elke aanvraag. Dat kan een aantal maanden duren. Zij schrijven u.",
    ],
    start: "Een aanvraag beginnen",
    directoryTitle: "Organisaties in dit netwerk",
    directoryIntro:
      "Elke organisatie neemt zaken aan uit de plaatsen die erbij staan. Kiest u er geen? Dan sturen wij de aanvraag naar de organisatie voor de plaats van de veroordeling.",
    serves: "Neemt zaken aan uit",
    languages: "Talen",
    postalAddress: "Postadres",
    paperTitle: "Geen internet?",
    paper: "U kunt de organisatie ook een brief schrijven. Medewerkers typen aanvragen die per post komen zelf in.",
    resume: "Verder met een opgeslagen aanvraag",
  },

  apply: {
    title: "Hulp vragen",
    roleQuestion: "Wie vult dit formulier in?",
    roleHint: "Kies er één. De vragen worden dan voor u geschreven.",
    roles: {
      self: "Ik ben de persoon die veroordeeld is",
      family: "Ik ben familie",
      supporter: "Ik ben een vriend of iemand die steunt",
      defense_attorney: "Ik ben de advocaat",
    },
    changeRole: "Veranderen wie het formulier invult",
    intro: "Velden met 'verplicht' moet u invullen. De rest helpt ons, maar u mag het leeg laten.",
    required: "verplicht",
    optional: "niet verplicht",
    errorSummaryTitle: "Kijkt u deze antwoorden nog eens na?",
    errorSummaryIntro: "Uw antwoorden en bestanden zijn bewaard. Verbeter de punten hieronder en verstuur opnieuw.",
    submit: "Aanvraag versturen",
    sections: {
      organization: "Naar wie sturen",
      submitterSelf: "Hoe wij u kunnen bereiken",
      submitterOther: "Over u",
      applicantSelf: "Over u",
      applicantOther: "Over de persoon die veroordeeld is",
      conviction: "De veroordeling",
      claim: "Waarom de veroordeling niet klopt",
      lawyers: "Advocaten",
      contacts: "Mensen die op de hoogte blijven",
      consent: "Toestemming",
      attachments: "Documenten",
    },
    fields: {
      organization: "Organisatie",
      organizationAny: "Kies voor mij, op basis van de plaats van de veroordeling",
      "submitter.name": "Uw volledige naam",
      "submitter.email": "Uw e-mailadres",
      "submitter.emailHint":
        "Hier sturen wij uw referentienummer en nieuws naartoe. Heeft u geen e-mail? Geef dan een postadres.",
      "submitter.phone": "Uw telefoonnummer",
      "submitter.postalAddress": "Uw postadres",
      "submitter.postalAddressSelfHint":
        "Laat leeg als het hetzelfde is als uw adres in de gevangenis, dat u op de volgende pagina invult.",
      "submitter.relationship": "Uw relatie met de persoon die veroordeeld is",
      "submitter.relationshipHint": "Bijvoorbeeld: moeder, broer, vriend, oud-leraar.",
      "applicant.nameSelf": "Uw volledige naam",
      "applicant.nameOther": "Volledige naam van de persoon",
      "applicant.otherNames": "Andere namen die zijn gebruikt",
      "applicant.dateOfBirth": "Geboortedatum",
      "applicant.prisonNumber": "Gedetineerdennummer (nummer in de gevangenis)",
      "applicant.facility": "Gevangenis of inrichting",
      "applicant.postalAddress": "Postadres in de gevangenis",
      "applicant.inCustody": "Nu in de gevangenis?",
      "applicant.expectedReleaseDate": "Verwachte datum van vrijlating",
      "conviction.jurisdiction": "Waar was de veroordeling?",
      "conviction.jurisdictionHint": "Kies het land, of de staat waar de zaak is behandeld.",
      "conviction.court": "Rechtbank",
      "conviction.caseNumber": "Zaaknummer (parketnummer)",
      "conviction.offenses": "Waarvoor was de veroordeling?",
      "conviction.offensesHint": "De misdrijven die in het vonnis staan, bijvoorbeeld: overval, moord.",
      "conviction.convictionDate": "Datum van de veroordeling",
      "conviction.sentence": "Straf",
      "conviction.trialOrPlea": "Was er een proces, of is schuld bekend?",
      "conviction.appealStatus": "Hoger beroep tot nu toe",
      "conviction.currentlyRepresented": "Werkt er nu een advocaat aan de zaak?",
      "claim.innocenceStatementSelf": "Waarom bent u onschuldig?",
      "claim.innocenceStatementOther": "Waarom is deze persoon onschuldig?",
      "claim.innocenceStatementHint":
        "In uw eigen woorden. Waar was de persoon, wat is er echt gebeurd, wat ging er mis bij het proces.",
      "claim.evidenceTypes": "Welk bewijs is gebruikt, of zou kunnen helpen?",
      "claim.biologicalEvidence": "Is er biologisch bewijs (bloed, haar, DNA) van het misdrijf?",
      "claim.evidenceLocation": "Waar wordt dat bewijs bewaard, als u dat weet?",
      "claim.evidenceCustodian": "Wie bewaart dat bewijs?",
      "claim.evidenceCustodianHint":
        "Als u het weet. We kunnen hen dan schrijven en vragen het bewijs veilig te bewaren, zodat het niet wordt weggegooid.",
      "claim.evidenceCustodian.kind": "Wat voor plek is het?",
      "claim.evidenceCustodian.name": "De naam",
      "claim.evidenceCustodian.nameHint":
        "Bijvoorbeeld: griffie van de rechtbank Amsterdam, de inbeslagnamekamer van de politie, het Nederlands Forensisch Instituut.",
      "claim.evidenceCustodian.postalAddress": "Het postadres",
      "claim.newEvidence": "Welk nieuw bewijs zou de onschuld kunnen aantonen?",
      "claim.coDefendants": "Medeverdachten (anderen die in dezelfde zaak vervolgd zijn)",
      "lawyers.trial": "Advocaat bij het proces",
      "lawyers.appeal": "Advocaat in hoger beroep",
      "lawyers.current": "Advocaat nu",
      "lawyers.name": "Naam",
      "lawyers.email": "E-mail",
      "lawyers.phone": "Telefoon",
      "lawyers.mayContact": "De organisatie mag contact opnemen met deze advocaat",
      "lawyers.notify": "Deze advocaat nieuws sturen per e-mail",
      "contacts.person": "Persoon",
      "contacts.role": "Wie is het",
      "contacts.name": "Naam",
      "contacts.email": "E-mail",
      "contacts.relationship": "Relatie",
      "contacts.language": "Taal van de berichten aan deze persoon",
      "contacts.notify": "Deze persoon nieuws sturen per e-mail",
      "consent.dataProcessing":
        "Ik ga ermee akkoord dat de organisatie deze gegevens bewaart en leest om de zaak te bekijken.",
      "consent.contactPeopleNamed": "De organisatie mag contact opnemen met de mensen die in dit formulier staan.",
      attachments: "Documenten toevoegen",
      attachmentsHint: (types: string, maxMb: number) =>
        `Niet verplicht. Stukken van de rechtbank, brieven, foto's: ${types}. Tot ${maxMb} MB per bestand.`,
      heldAttachments: "Bestanden die al binnen zijn",
      heldAttachmentsHint: "Deze zijn bewaard bij uw aanvraag. Vink een bestand uit om het weg te laten.",
    },
    choices: {
      yes: "Ja",
      no: "Nee",
      unknown: "Weet ik niet",
      notSaid: "Weet ik niet zeker / zeg ik liever niet",
      trialOrPlea: {
        trial: "Proces",
        guilty_plea: "Schuld bekend",
        no_contest: "Beschuldiging niet betwist (no contest)",
      },
      appealStatus: {
        none: "Geen hoger beroep",
        direct_appeal_pending: "Hoger beroep loopt nog",
        direct_appeal_decided: "Uitspraak in hoger beroep gedaan",
        post_conviction_decided: "Verzoek na de veroordeling (bijvoorbeeld herziening) beslist",
      },
      evidenceTypes: {
        dna: "DNA of ander biologisch bewijs",
        eyewitness: "Herkenning door een ooggetuige",
        confession: "Een bekentenis",
        forensic: "Ander forensisch bewijs",
        informant: "De verklaring van een informant",
        alibi: "Een alibi",
        other: "Anders",
      },
      contactRole: { family: "Familielid", supporter: "Vriend of iemand die steunt" },
      custodianKind: {
        court_clerk: "Een griffie van een rechtbank",
        police_evidence_room: "Een bewaarplaats voor bewijs van de politie",
        laboratory: "Een laboratorium",
        other: "Ergens anders",
      },
    },
    duplicate: {
      title: "Deze aanvraag is al verstuurd",
      body: (reference: string) =>
        `Wij hebben deze aanvraag al, met referentie ${reference}. Hij is veranderd nadat hij verstuurd was, daarom hebben wij hem niet opnieuw verstuurd. Gebruik de statuslink die u van ons kreeg, of begin een nieuwe aanvraag.`,
    },
    stepErrorIntro: "Uw antwoorden zijn bewaard. Verbeter de punten hieronder en ga dan verder.",
    progress: (step: number, of: number) => `Stap ${step} van ${of}`,
    continue: "Verder",
    saveLater: "Opslaan en later verder",
    back: "Terug",
    resumeCode: {
      label: "Uw code om later verder te gaan",
      hint: (date: string) =>
        `Schrijf hem op. Met deze code kunt u tot ${date} op elk apparaat terug naar uw antwoorden.`,
    },
    check: {
      title: "Controleer uw antwoorden",
      intro: "Lees uw antwoorden voordat u ze stuurt. U kunt ze allemaal nog veranderen.",
      change: "Veranderen",
      notAnswered: "Niet beantwoord",
      noFiles: "Geen documenten toegevoegd.",
      send: "Als u de aanvraag verstuurt, krijgt de organisatie die. U krijgt een referentienummer en een privélink om te zien hoe het ermee staat.",
    },
    saved: {
      title: "Uw aanvraag is opgeslagen",
      code: "Schrijf deze code op. U hebt hem nodig om verder te gaan met uw aanvraag:",
      keptUntil: (date: string) =>
        `We bewaren uw antwoorden en documenten tot ${date}. Elke keer dat u opslaat, bewaren we ze langer.`,
      how: "Om verder te gaan, opent u deze website, kiest u ‘Verder met een opgeslagen aanvraag’ en typt u de code.",
      emailed: "We hebben ook een link om verder te gaan naar het e-mailadres gestuurd dat u gaf.",
      continueNow: "Nu verder",
    },
  },

  resume: {
    title: "Verder met een opgeslagen aanvraag",
    intro: "Typ de code die u kreeg toen u uw aanvraag opsloeg. Hij ziet eruit als K7M3Q-XW2PA.",
    code: "Uw code",
    codeHint: "10 letters en cijfers. Kleine letters of hoofdletters werken allebei.",
    submit: "Verder",
    wrongCode:
      "Deze code opent geen opgeslagen aanvraag. Controleer elke letter en elk cijfer en probeer het opnieuw. Een opgeslagen aanvraag wordt gewist als ze een paar weken niet opnieuw is opgeslagen.",
    startNew: "Liever een nieuwe aanvraag beginnen",
  },
  /** The blank application form staff print and post to people who write in (/staff/questionnaire). */
  questionnaire: {
    title: "Aanvraag voor hulp bij een onterechte veroordeling",
    intro: (organization: string) =>
      `Vul dit formulier in om ${organization} te vragen naar een veroordeling te kijken. Het is gratis. Schrijf duidelijk. Weet u een antwoord niet? Laat het dan leeg.`,
    returnTo: "Stuur dit formulier terug naar:",
    officeUse: "Voor het kantoor: referentie",
    who: "Wie vult dit formulier in? Kruis er één aan.",
    applicantNote: "Bent u zelf de veroordeelde? Dan gaan deze vragen over u.",
    submitterNote: "Alleen als u niet zelf de veroordeelde bent.",
    innocence:
      "Waarom is de veroordeling onterecht? In uw eigen woorden: waar de persoon was, wat er echt gebeurde, wat er misging bij het proces.",
    tickAll: "Kruis alles aan wat klopt.",
    contactsNote: "Mensen naar wie we over de aanvraag mogen schrijven, als u dat wilt.",
    signature: "Handtekening",
    date: "Datum",
    documents:
      "U kunt kopieën van stukken van de rechtbank of brieven meesturen. Houd de originelen zelf. Schrijf de naam van de veroordeelde op elke bladzijde.",
  },

  status: {
    title: "Stand van de aanvraag",
    receivedTitle: "Dank u wel. Uw aanvraag is ontvangen.",
    receivedBody:
      "Bewaar het referentienummer en de link van deze pagina. De link is persoonlijk: iedereen die hem heeft, kan deze pagina zien.",
    reference: "Referentie",
    organization: "Organisatie",
    stage: "Stap",
    submitted: "Verstuurd op",
    updated: "Laatste verandering",
    link: "Uw persoonlijke link",
    stages: {
      submitted: "Ontvangen. Wacht op een eerste blik.",
      screening: "Wordt naast de criteria van de organisatie gelegd.",
      awaiting_confirmation: "Wacht tot de persoon in de gevangenis schriftelijk akkoord geeft.",
      in_review: "Wordt bekeken.",
      awaiting_info: "Wacht op meer informatie.",
      awaiting_expert: "Wacht op het oordeel van een deskundige.",
      accepted: "Aangenomen door de organisatie.",
      referred: "Doorgegeven aan een advocaat of een andere organisatie.",
      routed: "Gestuurd naar de organisatie voor deze plaats.",
      declined: "De organisatie kan deze zaak niet aannemen.",
      closed: "Gesloten.",
      withdrawn: "Ingetrokken.",
    },
    reasonsTitle: "De redenen die de organisatie gaf",
    directoryTitle: "Andere organisaties die misschien kunnen helpen",
    nextTitle: "Wat er nu gebeurt",
    happenedTitle: "Wat er is gebeurd",
    /**
     * Per stage, what happened and what comes next, for the person who sent the application and
     * for everyone else kept informed. `name` is the organization, or who took a referred case.
     */
    explain: {
      submitted: {
        happened: {
          submitter: (name: string) => `${name} heeft uw aanvraag ontvangen.`,
          other: (name: string) => `${name} heeft de aanvraag ontvangen.`,
        },
        next: {
          submitter:
            "Eerst kijken we of het formulier compleet is en of we zaken aannemen uit de plaats van de veroordeling. Dat duurt meestal een paar dagen. Daarna leest een vrijwillige beoordelaar de aanvraag.",
          other:
            "Eerst kijkt de organisatie of het formulier compleet is en of ze zaken aanneemt uit de plaats van de veroordeling. Dat duurt meestal een paar dagen. Daarna leest een vrijwillige beoordelaar de aanvraag.",
        },
      },
      screening: {
        happened: {
          submitter: (name: string) => `${name} toetst uw aanvraag aan haar regels voor het aannemen van zaken.`,
          other: (name: string) => `${name} toetst de aanvraag aan haar regels voor het aannemen van zaken.`,
        },
        next: {
          submitter:
            "Als een andere organisatie de plaats van de veroordeling dekt, sturen we de aanvraag daarheen. Zo niet, dan leest een vrijwillige beoordelaar hem. Dat duurt meestal een paar dagen.",
          other:
            "Als een andere organisatie de plaats van de veroordeling dekt, gaat de aanvraag daarheen. Zo niet, dan leest een vrijwillige beoordelaar hem. Dat duurt meestal een paar dagen.",
        },
      },
      awaiting_confirmation: {
        happened: {
          submitter: (name: string) =>
            `${name} heeft uw aanvraag ontvangen. Voordat de beoordeling begint, moet de persoon in de gevangenis schriftelijk akkoord geven.`,
          other: (name: string) =>
            `${name} heeft de aanvraag ontvangen. Voordat de beoordeling begint, moet de persoon in de gevangenis schriftelijk akkoord geven.`,
        },
        next: {
          submitter:
            "We hebben deze persoon geschreven. Als de ondertekende brief binnen is, leest een vrijwillige beoordelaar de aanvraag.",
          other:
            "Als de persoon in de gevangenis schriftelijk akkoord geeft, leest een vrijwillige beoordelaar de aanvraag.",
        },
      },
      in_review: {
        happened: {
          submitter: (name: string) => `Een vrijwillige beoordelaar van ${name} leest uw aanvraag.`,
          other: (name: string) => `Een vrijwillige beoordelaar van ${name} leest de aanvraag.`,
        },
        next: {
          submitter:
            "De beoordelaar beslist of de organisatie de zaak kan aannemen, of stelt u eerst vragen. U hoeft nu niets te doen. We schrijven u als er iets verandert.",
          other:
            "De beoordelaar beslist of de organisatie de zaak kan aannemen, of stelt eerst vragen. We schrijven u als er iets verandert.",
        },
      },
      awaiting_info: {
        happened: {
          submitter: (name: string) => `De beoordelaar heeft meer informatie nodig. ${name} schrijft u met de vragen.`,
          other: (name: string) => `${name} heeft de persoon die de aanvraag stuurde om meer informatie gevraagd.`,
        },
        next: {
          submitter: "Als uw antwoord binnen is, gaat de beoordeling verder.",
          other: "Als die persoon antwoordt, gaat de beoordeling verder. U hoeft niets te doen.",
        },
      },
      awaiting_expert: {
        happened: {
          submitter: (name: string) =>
            `De beoordelaar van ${name} heeft een deskundige, zoals een wetenschapper, om een mening over de zaak gevraagd.`,
          other: (name: string) =>
            `De beoordelaar van ${name} heeft een deskundige, zoals een wetenschapper, om een mening over de zaak gevraagd.`,
        },
        next: {
          submitter: "Als de deskundige antwoordt, gaat de beoordeling verder. U hoeft niets te doen.",
          other: "Als de deskundige antwoordt, gaat de beoordeling verder. U hoeft niets te doen.",
        },
      },
      accepted: {
        happened: {
          submitter: (name: string) => `Goed nieuws: ${name} heeft uw zaak aangenomen om er verder aan te werken.`,
          other: (name: string) => `${name} heeft de zaak aangenomen om er verder aan te werken.`,
        },
        next: {
          submitter:
            "De organisatie zoekt nu een advocaat die de zaak oppakt. Dat kan vele maanden duren. Deze stap betekent nog niet dat de veroordeling verandert. U hoeft nu niets te doen.",
          other:
            "De organisatie zoekt nu een advocaat die de zaak oppakt. Dat kan vele maanden duren. Deze stap betekent nog niet dat de veroordeling verandert.",
        },
      },
      referred: {
        happened: {
          submitter: (name: string) => `${name} wil aan uw zaak werken.`,
          other: (name: string) => `${name} wil aan de zaak werken.`,
        },
        next: {
          submitter:
            "Vanaf nu nemen zij zelf contact met u op. Dat kan even duren. U hoeft niet opnieuw aan te vragen. Bewaar uw referentienummer.",
          other: "Vanaf nu behandelen zij de zaak.",
        },
      },
      routed: {
        happened: {
          submitter: (name: string) =>
            `De veroordeling was in een plaats die ${name} dekt, dus is uw aanvraag naar hen gestuurd.`,
          other: (name: string) =>
            `De veroordeling was in een plaats die ${name} dekt, dus is de aanvraag naar hen gestuurd.`,
        },
        next: {
          submitter:
            "Zij controleren de aanvraag en daarna leest een vrijwillige beoordelaar hem. U hoeft niet opnieuw aan te vragen, en uw referentie blijft hetzelfde.",
          other:
            "Zij controleren de aanvraag en daarna leest een vrijwillige beoordelaar hem. Niemand hoeft opnieuw aan te vragen, en de referentie blijft hetzelfde.",
        },
      },
      declined: {
        happened: {
          submitter: (name: string) =>
            `Het spijt ons. Na een zorgvuldige beoordeling kan ${name} uw zaak niet aannemen. Dat betekent niet dat de organisatie denkt dat de persoon schuldig is.`,
          other: (name: string) =>
            `Na een zorgvuldige beoordeling kan ${name} de zaak niet aannemen. Dat betekent niet dat de organisatie denkt dat de persoon schuldig is.`,
        },
        next: {
          submitter: "U kunt een andere organisatie om hulp vragen. Bewaar uw papieren goed.",
          other: "Misschien kan een andere organisatie helpen.",
        },
      },
      closed: {
        happened: {
          submitter: (name: string) => `${name} heeft deze zaak gesloten.`,
          other: (name: string) => `${name} heeft deze zaak gesloten.`,
        },
        next: {
          submitter:
            "Met deze aanvraag gebeurt niets meer. Hebt u vragen, schrijf dan de organisatie en geef uw referentienummer.",
          other: "Met deze aanvraag gebeurt niets meer.",
        },
      },
      withdrawn: {
        happened: {
          submitter: (name: string) => `Uw aanvraag bij ${name} is ingetrokken.`,
          other: (name: string) => `De aanvraag bij ${name} is ingetrokken.`,
        },
        next: {
          submitter: "Met deze aanvraag gebeurt niets meer. U kunt altijd opnieuw een aanvraag doen.",
          other: "Met deze aanvraag gebeurt niets meer.",
        },
      },
    },
    dueBy: (date: string) => `Dit zou rond ${date} moeten gebeuren.`,
    asked: {
      title: "We hebben informatie van u nodig",
      body: (date: string) =>
        `De beoordelaar heeft een paar vragen over de aanvraag. Beantwoord ze alstublieft voor ${date}. U kunt ook documenten toevoegen. Weet u een antwoord niet, dan mag u dat zeggen.`,
      button: "De vragen beantwoorden",
    },
    /** The stage for someone on the case whom the reviewer's questions did not go to. */
    awaitingInfoFromOthers: "Wacht op meer informatie van de persoon die de aanvraag stuurde.",
  },

  /** An organization's wait, from its own data (the directory, the landing page, receipts and status pages). */
  wait: {
    received: "Aanvragen in de laatste 12 maanden",
    waiting: "Wachten nu op een eerste beslissing",
    time: "Tijd tot een eerste antwoord",
    withinMonths: (n: number) =>
      `De meeste aanvragen krijgen binnen ongeveer ${n} ${Number(n) === 1 ? "maand" : "maanden"} een eerste antwoord.`,
    withinWeeks: (n: number) =>
      `De meeste aanvragen krijgen binnen ongeveer ${n} ${Number(n) === 1 ? "week" : "weken"} een eerste antwoord.`,
    notEnoughData: "Nog niet genoeg gegevens om te zeggen hoe lang een eerste antwoord duurt.",
    asOf: (date: string) => `Geteld op ${date}.`,
  },
  linkProblem: {
    unknownTitle: "Deze link werkt niet",
    unknownBody:
      "Kijk of de hele link is gekopieerd. Werkt hij nog steeds niet? Schrijf dan de organisatie, met uw referentienummer.",
    expiredTitle: "Deze link is verlopen",
    expiredBody:
      "Voor uw veiligheid werken links na een tijd niet meer. Schrijf de organisatie met uw referentienummer voor een nieuwe link.",
    revokedTitle: "Deze link is uitgezet",
    revokedBody:
      "De organisatie heeft deze link uitgezet. Schrijf hen met uw referentienummer als u een nieuwe nodig heeft.",
    usedTitle: "Deze link is al gebruikt",
    usedBody: "Elk antwoord kan maar één keer verstuurd worden. Er is niets veranderd.",
  },

  caseView: {
    reference: "Referentie",
    organization: "Organisatie",
    round: "Ronde",
    due: "Graag beslissen vóór",
    application: "De aanvraag",
    submittedBy: "Verstuurd door",
    roles: {
      self: "de aanvrager",
      family: "een familielid",
      supporter: "iemand die steunt",
      defense_attorney: "de advocaat van de aanvrager",
    },
    lawyers: "Advocaten",
    contacts: "Mensen die op de hoogte blijven",
    attachments: "Documenten",
    noAttachments: "Er zijn geen documenten gestuurd.",
    download: "Downloaden",
    screening: "Controle van de criteria",
    screeningVersion: (version: number) => `Versie van de criteria: ${version}`,
    screeningResult: {
      pass: "Voldaan",
      fail: "Niet voldaan — graag nakijken",
      unknown: "Moet door een mens beoordeeld worden",
    },
    history: "Eerder in deze zaak",
    decision: (round: number, outcome: string) => `Ronde ${round}: ${outcome}`,
    answer: "Het antwoord van de aanvrager",
    opinion: "Het oordeel van de deskundige",
    noAnswer: "Er kwam geen antwoord vóór de uiterste datum.",
    yes: "Ja",
    no: "Nee",
    preserveEvidence: "Vragen om het bewijs te bewaren",
    preserveEvidenceHint:
      "Vink dit aan als er biologisch bewijs (bloed, haar, DNA) is of kan zijn. Het team van de organisatie schrijft dan naar wie het bewaart en vraagt het niet te vernietigen.",
  },

  review: {
    title: "Een zaak bekijken",
    intro:
      "Lees de aanvraag en kies wat er nu moet gebeuren. Uw besluit wordt verstuurd als u op de knop drukt; u kunt deze link één keer gebruiken.",
    formTitle: "Uw besluit",
    decision: "Besluit",
    outcomes: {
      accept: "Aannemen: de organisatie neemt de zaak aan en vraagt een advocaat eraan te werken",
      decline: "Afwijzen: de organisatie kan de zaak niet aannemen",
      request_info: "De aanvrager vragen stellen, daarna beslissen",
      consult_expert: "Een deskundige (wetenschapper, jurist) om een oordeel vragen, daarna beslissen",
      refer: "Doorverwijzen naar een andere organisatie in het netwerk",
    },
    outcomeNames: {
      accept: "aangenomen",
      decline: "afgewezen",
      request_info: "vragen gesteld",
      consult_expert: "deskundige geraadpleegd",
      refer: "doorverwezen",
    },
    reasonCodes: "Redenen voor de afwijzing",
    reasonCodesHint: "De aanvrager krijgt deze in eenvoudige woorden.",
    questions: "Vragen voor de aanvrager, of voor de deskundige",
    questionsHint:
      "Nodig als u de aanvrager of een deskundige iets vraagt. De deskundige ziet geen namen of contactgegevens.",
    expertEmail: "E-mailadres van de deskundige",
    organization: "Organisatie om naar door te verwijzen",
    note: "Notitie voor het team van de organisatie",
    noteHint: "De aanvrager ziet dit niet.",
    submit: "Besluit versturen",
    thanksTitle: "Dank u wel. Uw besluit is vastgelegd.",
    thanksBody: "Het team van de organisatie en de betrokkenen krijgen bericht. U kunt deze pagina sluiten.",
    errors: {
      decision: "Kies een besluit.",
      reasonCodes: "Kies minstens één reden.",
      questions: "Schrijf de vragen op.",
      expertEmail: "Vul het e-mailadres van de deskundige in.",
      organization: "Kies een organisatie.",
      expertDocuments: "Kies documenten uit de lijst.",
    },
    readOnlyIntro:
      "U hebt over deze zaak beslist. Deze pagina is alleen om te lezen; de zaak gaat verder bij het team van de organisatie.",
    yourDecision: "Uw beslissing",
    backToYourPage: "← Al uw zaken",
    expertDocuments: "Documenten die de deskundige mag zien",
    expertDocumentsHint:
      "Alleen bij een deskundige mening. De deskundige ziet alleen de documenten die u aanvinkt; namen uit de aanvraag zijn voor hem verborgen in de vraag, de claim en de bestandsnamen, maar niet in de documenten zelf.",
    organizationsServing: (place: string) => `Leden die zaken aannemen uit ${place}:`,
    noOrganizationServes: "Geen ander lid neemt zaken aan uit deze plaats.",
    showAllOrganizations: "Alle organisaties tonen",
  },

  reviewerPage: {
    title: "Uw zaken",
    intro: (organization: string) =>
      `De zaken die u beoordeelt voor ${organization}. Deze pagina is persoonlijk: deel de link alstublieft niet.`,
    openTitle: "Wachten op uw beslissing",
    noneOpen: "Er wacht nu geen zaak op u. Dank u wel.",
    decidedTitle: "Zaken waarover u besliste",
    noneDecided: "U hebt nog over geen enkele zaak beslist.",
    case: "Zaak",
    round: "Ronde",
    dueBy: "Beslissen voor",
    overdue: "datum voorbij",
    decision: "Uw beslissing",
    decidedOn: "Beslist op",
    open: (reference: string) => `Zaak ${reference} openen`,
    read: (reference: string) => `Zaak ${reference} lezen`,
    back: "Terug naar uw zaken",
    askTitle: "De link naar uw eigen pagina krijgen",
    askIntro:
      "Beoordelaars, en deskundigen en doorverwijspartners die voor meer dan één zaak gevraagd zijn, hebben een persoonlijke pagina met al hun zaken. Vul het e-mailadres in waarop de organisatie u schrijft, dan sturen we de link daarheen.",
    email: "Uw e-mailadres",
    submit: "Stuur mij mijn link",
    sentTitle: "Kijk in uw e-mail",
    sentBody:
      "Als dit adres hier een pagina heeft, is een link onderweg. Dat kan een paar minuten duren. Komt er niets, vraag het dan aan de organisatie die u zaken stuurt.",
    errors: { email: "Vul een e-mailadres in zoals naam@voorbeeld.org." },
  },

  helperPage: {
    expert: {
      title: "Uw verzoeken om een deskundige mening",
      intro:
        "De zaken waarover organisaties tegen onterechte veroordelingen u om uw mening vroegen. Deze pagina is persoonlijk: deel de link alstublieft niet.",
      openTitle: "Wachten op uw mening",
      noneOpen: "Er wacht nu geen verzoek op u. Dank u wel.",
      doneTitle: "Meningen die u stuurde",
      noneDone: "U hebt nog geen mening gestuurd.",
    },
    referral_partner: {
      title: "Zaken die naar u zijn doorverwezen",
      intro:
        "De zaken die organisaties tegen onterechte veroordelingen u aanboden. Deze pagina is persoonlijk: deel de link alstublieft niet.",
      openTitle: "Wachten op uw antwoord",
      noneOpen: "Er wacht nu geen doorverwijzing op u. Dank u wel.",
      doneTitle: "Doorverwijzingen die u beantwoordde",
      noneDone: "U hebt nog geen doorverwijzing beantwoord.",
    },
    answerBy: "Antwoorden voor",
    answeredOn: "Beantwoord op",
    accepted: "U hebt hem aangenomen",
    declined: "U hebt hem afgewezen",
  },
  respond: {
    title: "De vragen beantwoorden",
    intro:
      "Wie de zaak bekijkt, heeft meer informatie nodig om te beslissen. Geef hieronder antwoord en voeg documenten toe die helpen.",
    questions: "De vragen",
    answer: "Uw antwoord",
    attachments: "Documenten toevoegen",
    submit: "Antwoord versturen",
    thanksTitle: "Dank u wel. Uw antwoord is verstuurd.",
    thanksBody: "Wie de zaak bekijkt, leest het. U hoort van de organisatie als er een besluit is.",
    errors: { answer: "Schrijf een antwoord, of voeg een document toe." },
  },

  consult: {
    title: "Verzoek om een deskundig oordeel",
    intro:
      "Een organisatie die onschuldig veroordeelden helpt, vraagt uw oordeel over een zaak. Namen en contactgegevens zijn weggelaten.",
    question: "De vraag",
    conviction: "De veroordeling",
    claim: "Waarom de persoon zegt onschuldig te zijn",
    opinion: "Uw oordeel",
    submit: "Oordeel versturen",
    thanksTitle: "Dank u wel. Uw oordeel is verstuurd.",
    thanksBody: "Het gaat naar wie de zaak bekijkt. U kunt deze pagina sluiten.",
    errors: { opinion: "Schrijf uw oordeel op." },
    readOnlyIntro: "U hebt uw mening over deze zaak gestuurd. Deze pagina is alleen om te lezen.",
    yourOpinion: "Uw mening",
    namesReplaced:
      "Namen uit de aanvraag zijn vervangen door de rol van elke persoon, tussen vierkante haken, in de vraag, de gegevens van de zaak en de bestandsnamen.",
    documents: "Documenten die de beoordelaar met u deelde",
    noDocuments: "De beoordelaar deelde geen documenten.",
    roles: {
      applicant: "[de aanvrager]",
      submitter: "[de persoon die de aanvraag deed]",
      family: "[een familielid]",
      supporter: "[een steunpersoon]",
      trial_attorney: "[de advocaat bij het proces]",
      appeal_attorney: "[de advocaat in hoger beroep]",
      current_attorney: "[de huidige advocaat]",
      co_defendant: "[een medeverdachte]",
      person: "[een persoon die in de aanvraag wordt genoemd]",
    },
  },

  referral: {
    title: "Doorverwezen zaak",
    intro:
      "Een organisatie die onschuldig veroordeelden helpt, verwijst deze zaak naar u door. Lees het dossier en laat weten of u de zaak kunt aannemen.",
    note: "Notitie van wie de zaak bekeek",
    response: "Kunt u deze zaak aannemen?",
    accept: "Ja, wij nemen de zaak aan",
    decline: "Nee, wij kunnen de zaak niet aannemen",
    submit: "Antwoord versturen",
    thanksTitle: "Dank u wel. Uw antwoord is vastgelegd.",
    thanksBody: "De organisatie heeft bericht gekregen. U kunt deze pagina sluiten.",
    errors: { response: "Kies ja of nee." },
    readOnlyIntro: "U hebt deze doorverwijzing beantwoord. Deze pagina is alleen om te lezen.",
    youAccepted: "U hebt de zaak aangenomen",
    youDeclined: "U hebt de zaak afgewezen",
  },

  notFound: { title: "Pagina niet gevonden", body: "Op dit adres staat geen pagina." },
  unauthorized: {
    title: "Log eerst in",
    body: "Deze pagina is voor medewerkers van de aangesloten organisaties. Log in met uw account en open de pagina opnieuw.",
  },
  forbidden: {
    title: "U kunt deze pagina niet openen",
    body: "U bent ingelogd, maar uw account heeft geen toegang tot deze pagina.",
  },
  tooManyRequests: {
    title: "Te veel verzoeken",
    body: "Er kwamen in korte tijd te veel verzoeken van uw netwerk. Er is niets verloren: wacht een minuut en probeer het opnieuw.",
  },
  serverError: {
    title: "Er ging iets mis",
    body: "Niets van wat u stuurde is verloren. Probeer het over een paar minuten opnieuw.",
  },
  tooLarge: {
    title: "De bestanden zijn te groot",
    body: (maxMb: number) =>
      `Alle bestanden samen mogen tot ${maxMb} MB zijn. Ga terug en kies kleinere of minder bestanden.`,
  },

  errors: {
    required: "Vul dit in.",
    too_long: "Dit is te lang. Maak het korter.",
    too_many: "Er zijn te veel onderdelen.",
    invalid_email: "Vul een e-mailadres in zoals naam@voorbeeld.nl.",
    invalid_date: "Vul een datum in als jaar-maand-dag, bijvoorbeeld 1980-02-29.",
    invalid_choice: "Kies een van de mogelijkheden.",
    invalid_value: "Dit antwoord klopt niet.",
    human_check_failed:
      "De controle of u een mens bent, is niet gelukt. Probeer het opnieuw; niets van wat u typte is verloren.",
    invalid_jurisdiction: "Kies een plaats uit de lijst.",
    email_or_address: "Geef een e-mailadres of een postadres, zodat de organisatie u kan antwoorden.",
    must_consent: "De organisatie kan de zaak alleen met deze toestemming bekijken.",
    unknown_organization: "Kies een organisatie uit de lijst.",
    no_organization_serves:
      "Geen enkele organisatie in dit netwerk neemt nog zaken aan uit die plaats. Bekijk de lijst met organisaties op de startpagina.",
    type_not_allowed: (name: string) =>
      `'${name}' is niet toegevoegd: u kunt alleen PDF-, JPEG-, PNG-, HEIC-, TIFF-, tekst- en Word-bestanden (DOCX) sturen.`,
    file_too_large: (name: string, maxMb: number) =>
      `'${name}' is niet toegevoegd: elk bestand mag tot ${maxMb} MB zijn.`,
    too_many_files: (name: string, max: number) => `'${name}' is niet toegevoegd: u kunt tot ${max} bestanden sturen.`,
    application_too_large: (name: string, maxMb: number) =>
      `'${name}' is niet toegevoegd: alle bestanden samen mogen tot ${maxMb} MB zijn.`,
  },

  declineReasons: {
    text: {
      outside_jurisdiction: "De veroordeling was op een plaats waar deze organisatie niet werkt.",
      no_innocence_claim:
        "Deze organisatie neemt alleen zaken aan waarin de persoon zegt dat hij of zij het misdrijf niet heeft gepleegd. Dat staat niet in de aanvraag.",
      appeals_pending:
        "De zaak loopt nog bij de rechter, bijvoorbeeld in hoger beroep. U kunt opnieuw een aanvraag doen als dat klaar is.",
      no_new_evidence:
        "Wij vonden geen nieuw bewijs, en geen nieuwe manier om de onschuld te laten zien, waarmee wij verder kunnen.",
      case_type_excluded: "Deze organisatie neemt dit soort zaken niet aan.",
      sentence_served: "Deze organisatie neemt alleen zaken aan waarin de straf nog niet voorbij is.",
      capacity: "Deze organisatie heeft op dit moment niet genoeg advocaten of tijd om meer zaken aan te nemen.",
      other: "Er is een andere reden waarom wij de zaak niet kunnen aannemen.",
    },
    label: {
      outside_jurisdiction: "Buiten ons werkgebied",
      no_innocence_claim: "Geen beroep op onschuld",
      appeals_pending: "Rechtsmiddelen lopen nog",
      no_new_evidence: "Geen nieuw bewijs",
      case_type_excluded: "Soort zaak niet aangenomen",
      sentence_served: "Straf al uitgezeten",
      capacity: "Nu geen ruimte",
      other: "Andere reden",
    },
  },

  emails: {
    greeting: {
      person: (name: string) => `Beste ${name},`,
      lawyer: (name: string) => `Geachte ${name},`,
      organization: (name: string) => `Geachte medewerkers van ${name},`,
    },
    referenceLabel: {
      yours: "Uw referentie",
      plain: "Referentie",
      case: "Referentie van de zaak",
    },
    footer: {
      applicantSide: "U krijgt dit bericht vanwege een aanvraag voor hulp bij een onterechte veroordeling.",
      reviewer:
        "U krijgt dit bericht omdat u als vrijwilliger aanvragen bekijkt voor hulp bij een onterechte veroordeling.",
      expert:
        "U krijgt dit bericht omdat u om een deskundig oordeel is gevraagd over een aanvraag voor hulp bij een onterechte veroordeling.",
      referralPartner: "U krijgt dit bericht omdat u doorverwezen zaken van onterechte veroordelingen aanneemt.",
      staff: "Automatisch bericht van het aanvraagsysteem. Het is verstuurd naar het aanvraagadres van de organisatie.",
      custodian: "U krijgt deze brief omdat hij gaat over bewijs in een zaak van een mogelijk onterechte veroordeling.",
    },
    letter: {
      prisonNumber: (number: string) => `Nr. ${number}`,
      writeBack:
        "Wilt u ons schrijven? Gebruik dan het adres bovenaan deze brief. Zet uw referentie op elke bladzijde.",
    },
    openCase: "De zaak openen",
    personalLinkNote:
      "Deze link is persoonlijk en werkt zonder account. Stuur hem niet door: iedereen die hem heeft, kan de zaak zien.",
    reviewSteps: "Wat u moet doen: open de link hieronder, lees de zaak en kies een besluit op de pagina.",
    decideBy: (date: string) => `Graag uw besluit uiterlijk ${date}.`,
    acknowledgement: {
      subject: (reference: string) => `Aanvraag ontvangen — ${reference}`,
      submitter: (organization: string) =>
        `${organization} heeft uw aanvraag ontvangen. Dank u wel voor uw vertrouwen.`,
      contact: (organization: string, applicant: string) =>
        `${organization} heeft een aanvraag ontvangen voor ${applicant}. U bent genoemd als iemand die op de hoogte moet blijven. Wij schrijven u dus als de zaak verder gaat.`,
      next: "Wat er nu gebeurt: iemand van ons team leest elke aanvraag. Dat kan een aantal maanden duren, en wij schrijven u als er iets verandert. U hoeft hem niet opnieuw te sturen.",
      button: "Bekijken hoe het ervoor staat",
      linkNote: "Deze link is persoonlijk. Deel hem niet: iedereen die hem heeft, kan de stand van de aanvraag zien.",
    },
    reviewRequest: {
      subject: {
        new: (reference: string) => `Zaak om te bekijken — ${reference}`,
        answer_received: (reference: string) => `De aanvrager heeft geantwoord — ${reference}`,
        opinion_received: (reference: string) => `Oordeel van de deskundige ontvangen — ${reference}`,
        reassigned: (reference: string) => `Zaak aan u doorgegeven om te bekijken — ${reference}`,
        returned: (reference: string) => `Zaak terug voor beoordeling — ${reference}`,
      },
      intro: {
        new: (organization: string) => `${organization} vraagt u een nieuwe zaak te bekijken. Dank u wel voor uw hulp.`,
        answer_received: (organization: string) =>
          `De aanvrager heeft uw vragen beantwoord. Het antwoord staat nu op de pagina van de zaak. ${organization} vraagt u verder te gaan met het bekijken.`,
        opinion_received: (organization: string) =>
          `De deskundige heeft een oordeel gestuurd. Het staat nu op de pagina van de zaak. ${organization} vraagt u verder te gaan met het bekijken.`,
        reassigned: (organization: string) =>
          `${organization} geeft deze zaak aan u door, omdat degene die hem eerst bekeek, niet klaar kon komen. Dank u wel dat u hem overneemt.`,
        returned: (organization: string) =>
          `${organization} heeft deze zaak teruggestuurd voor beoordeling. Lees hem opnieuw, met wat er nieuw is op de pagina van de zaak, en beslis.`,
      },
      flags: (count: number) =>
        count === 1
          ? "Bij de controle van de criteria viel 1 punt op dat uw aandacht vraagt."
          : `Bij de controle van de criteria vielen ${count} punten op die uw aandacht vragen.`,
    },
    ownPage: {
      line: {
        reviewer: "Alle zaken die u hebt, met hun termijnen, en de zaken waarover u besliste staan op uw eigen pagina:",
        expert: "Alle zaken waarover u om een mening is gevraagd, met hun termijnen, staan op uw eigen pagina:",
        referral_partner:
          "Alle zaken die u zijn aangeboden, met hun termijnen, en uw antwoorden staan op uw eigen pagina:",
      },
      note: "Die link is ook persoonlijk. Raakt u hem kwijt, vraag hem dan opnieuw aan op",
    },
    ownPageLink: {
      subject: {
        reviewer: "Uw beoordelaarspagina",
        expert: "Uw pagina met verzoeken om een deskundige mening",
        referral_partner: "Uw pagina met doorverwezen zaken",
      },
      intro: {
        reviewer: (organization: string) =>
          `U vroeg om de link naar uw beoordelaarspagina bij ${organization}. Daarop staan de zaken die u hebt, met hun termijnen, en de zaken waarover u besliste.`,
        expert: (_organization: string) =>
          "U vroeg om de link naar uw pagina met verzoeken om een deskundige mening. Daarop staan de zaken waarover u om een mening is gevraagd, met hun termijnen, en de meningen die u stuurde.",
        referral_partner: (_organization: string) =>
          "U vroeg om de link naar uw pagina met doorverwezen zaken. Daarop staan de zaken die u zijn aangeboden, met hun termijnen, en uw antwoorden.",
      },
      button: "Mijn pagina openen",
      ignore:
        "Hebt u hier niet om gevraagd, dan kunt u dit bericht negeren: de link is alleen naar u gestuurd. Stuur hem alstublieft niet door; iedereen met de link kan uw zaken zien.",
    },
    reviewReleased: {
      subject: (reference: string) => `U hoeft deze zaak niet meer te beoordelen — ${reference}`,
      intro: {
        staff: (organization: string) =>
          `${organization} heeft deze zaak aan een andere beoordelaar gegeven. U hoeft er niets meer mee te doen.`,
        no_answer: (organization: string) =>
          `We hadden niets van u gehoord over deze zaak, dus heeft ${organization} hem aan een andere beoordelaar gegeven, zodat de aanvrager niet langer hoeft te wachten. We weten dat vrijwilligers het druk hebben; u hoeft niet te antwoorden.`,
      },
      linkOff: "De beoordelingslink die we u voor deze zaak stuurden, werkt niet meer.",
      thanks: "Dank u wel voor de tijd die u aan dit werk geeft.",
    },
    reviewReminder: {
      subject: (reference: string) => `Herinnering: zaak om te bekijken — ${reference}`,
      lastSubject: (reference: string) => `Laatste herinnering: zaak om te bekijken — ${reference}`,
      intro: "Er wacht nog een zaak op uw besluit. Dank u wel voor uw tijd.",
      last: "Dit is de laatste herinnering. Zonder besluit gaat de zaak naar iemand anders.",
    },
    staffAlert: {
      subject: (kind: string, reference: string) => `${kind} — ${reference}`,
      greeting: (organization: string) => `Aan het team van ${organization},`,
      alerts: {
        reviewer_silent: {
          subject: "Geen antwoord van wie de zaak bekijkt",
          what: "Wie deze zaak bekijkt, heeft niet op tijd beslist, ook niet na herinneringen.",
          todo: "Kijk de zaak na en geef hem zo nodig aan iemand anders.",
        },
        no_reviewer: {
          subject: "Niemand beschikbaar om de zaak te bekijken",
          what: "Er is geen vrijwilliger beschikbaar om deze zaak te bekijken.",
          todo: "Wijs de zaak zelf toe, of voeg vrijwilligers toe aan de lijst.",
        },
        quorum_split: {
          subject: "Oordelen lopen uiteen",
          what: "Wie deze zaak bekeken, zijn het niet eens over het besluit.",
          todo: "Lees hun oordelen en neem het besluit.",
        },
        referral_declined: {
          subject: "Doorverwijzing afgewezen",
          what: "Een partner heeft deze zaak afgewezen.",
          todo: "Kijk de zaak na en kies zo nodig een andere partner.",
        },
        referral_lapsed: {
          subject: "Geen antwoord op doorverwijzing",
          what: "Een partner heeft niet vóór de uiterste datum geantwoord.",
          todo: "Neem contact op met de partner, of kies een andere.",
        },
        referrals_exhausted: {
          subject: "Geen partner nam de zaak aan",
          what: "Alle gevraagde partners hebben de zaak afgewezen of niet geantwoord.",
          todo: "Beslis hoe het verder moet: zoek een andere advocaat of organisatie, of sluit de zaak.",
        },
        workflow_stuck: {
          subject: "Zaak komt niet meer vooruit",
          what: "De automatische stappen van deze zaak zijn een paar keer mislukt. De zaak gaat daarom niet vanzelf verder.",
          todo: "Open de zaak en breng hem zelf verder. Gebeurt dit opnieuw? Meld het dan bij uw technische contactpersoon.",
        },
        mail_refused: {
          subject: "E-mail niet bezorgd",
          what: "De maildienst heeft een e-mail over deze zaak definitief geweigerd, dus is die niet opnieuw verstuurd.",
          todo: "Neem op een andere manier contact op met de persoon en controleer het e-mailadres.",
        },
        mail_refused_letter: {
          subject: "E-mail niet bezorgd: brief om te printen",
          what: "De maildienst heeft een e-mail over deze zaak definitief geweigerd. Hetzelfde bericht wacht als brief.",
          todo: "Print en post hem vanaf de pagina met brieven, en controleer het e-mailadres van de persoon.",
        },
        task_overdue: {
          subject: "Taak te laat",
          what: "Een taak van deze zaak is over de datum en niet als klaar gemarkeerd.",
          todo: "Doe de taak, of geef haar een nieuwe datum op de pagina van de zaak.",
        },
        preservation_due: {
          subject: "Brief over het bewaren van bewijs niet verstuurd",
          what: "De brief die vraagt het biologische bewijs in deze zaak te bewaren moet verstuurd worden, en staat niet als verstuurd.",
          todo: "Druk hem af en verstuur hem via de pagina met brieven, of zet de taak op klaar als hij anders is verstuurd. We herinneren u er elke week aan tot dan.",
        },
      },
      detailLabel: "Notitie",
      lookup: "Zoek de zaak op met de referentie voor de details.",
    },
    infoRequest: {
      subject: (reference: string) => `Vragen over de aanvraag — ${reference}`,
      intro: (organization: string) =>
        `${organization} leest de aanvraag. Wij hebben een paar vragen. Uw antwoorden helpen ons de zaak te begrijpen.`,
      questionsLabel: "Onze vragen",
      how: "U kunt antwoorden op de pagina hieronder. Daar kunt u ook documenten toevoegen, zoals stukken van de rechtbank of brieven. Weet u een antwoord niet? Zeg dat dan gerust.",
      howByPost:
        "Schrijf uw antwoorden op papier en stuur ze ons per post. Zet uw referentie op elke bladzijde. U kunt kopieën meesturen van stukken die helpen, zoals stukken van de rechtbank of brieven; houd de originelen zelf. Weet u een antwoord niet? Zeg dat dan gerust.",
      due: (date: string) => `Graag uw antwoord uiterlijk ${date}.`,
      button: "De vragen beantwoorden",
      linkNote: "Deze link is persoonlijk. Deel hem niet: iedereen die hem heeft, kan de vragen zien en beantwoorden.",
    },
    draftSaved: {
      subject: "Uw opgeslagen aanvraag",
      greeting: "Hallo,",
      intro: "U hebt uw aanvraag voor hulp bij een onterechte veroordeling opgeslagen, om die later af te maken.",
      how: "Om verder te gaan waar u was gebleven, opent u de link hieronder. U kunt ook de code typen die u opschreef, op de pagina ‘Verder met een opgeslagen aanvraag’.",
      keptUntil: (date: string) =>
        `We bewaren wat u typte tot ${date}. Daarna wordt het gewist, met de documenten die u toevoegde. Elke keer dat u opslaat, bewaren we het langer.`,
      button: "Verder met mijn aanvraag",
      linkNote: "Deze link is alleen voor u. Deel hem niet: iedereen met de link kan uw aanvraag zien en veranderen.",
    },
    expertRequest: {
      subject: (reference: string) => `Verzoek om een deskundig oordeel — ${reference}`,
      greeting: "Geachte heer, mevrouw,",
      intro: (organization: string) =>
        `${organization} helpt mensen die misschien onterecht zijn veroordeeld. Wie een van de zaken bekijkt, vraagt uw deskundig oordeel. Dank u wel dat u dit wilt overwegen.`,
      questionLabel: "De vraag",
      how: "De pagina hieronder toont de zaak zonder persoonlijke gegevens. Lees de zaak en stuur uw oordeel via diezelfde pagina.",
      due: (date: string) => `Graag uw oordeel uiterlijk ${date}.`,
    },
    caseAccepted: {
      subject: (reference: string) => `Zaak aangenomen voor verder onderzoek — ${reference}`,
      body: {
        submitter: (organization: string) => [
          `Wij hebben goed nieuws. ${organization} heeft uw zaak aangenomen om er verder aan te werken.`,
          "Wij vragen nu een advocaat om uw zaak op te pakken. Dat kan tijd kosten, soms vele maanden. Wij schrijven u als er nieuws is.",
          "Dit is een belangrijke stap. Het betekent nog niet dat de veroordeling verandert. U hoeft nu niets te doen.",
        ],
        contact: (organization: string, applicant: string) => [
          `${organization} heeft de zaak van ${applicant} aangenomen om er verder aan te werken.`,
          "Er wordt een advocaat gevraagd om de zaak op te pakken. Dat kan tijd kosten. Wij schrijven u als er nieuws is.",
        ],
        attorney: (organization: string, applicant: string) => [
          `Na beoordeling heeft ${organization} de zaak van ${applicant} aangenomen voor verder onderzoek.`,
          "Wij zoeken nu een advocaat die de zaak pro bono wil oppakken. Dat kan enige tijd duren.",
          "Wij nemen contact met u op om af te stemmen, ook over inzage in het dossier. Dank u wel voor uw werk aan deze zaak.",
        ],
      },
    },
    referralRequest: {
      subject: (reference: string) => `Doorverwezen zaak: kunt u deze aannemen? — ${reference}`,
      ask: {
        lawyer: (organization: string) =>
          `${organization} heeft een mogelijke onterechte veroordeling beoordeeld en aangenomen voor verder onderzoek. Wij willen u vragen of u de zaak pro bono als advocaat kunt aannemen.`,
        organization: (organization: string) =>
          `${organization} heeft een mogelijke onterechte veroordeling beoordeeld en aangenomen voor verder onderzoek. Wij willen vragen of uw organisatie, als lid van het netwerk, de zaak kan aannemen.`,
      },
      steps:
        "Wat u moet doen: open de link hieronder en lees het dossier. Neem de zaak daarna aan of wijs hem af op de pagina.",
      due: (date: string) =>
        `Graag uw antwoord uiterlijk ${date}. Wijst u de zaak af, dan vragen wij iemand anders, dus een snel antwoord helpt.`,
      button: "Het dossier openen",
    },
    caseReferred: {
      subject: (reference: string) => `Zaak doorgegeven voor verder werk — ${reference}`,
      body: {
        submitter: (organization: string, referredTo: string) => [
          `Wij hebben nieuws over uw zaak. ${organization} heeft hem doorgegeven aan ${referredTo}, die ermee aan de slag wil.`,
          `Vanaf nu neemt ${referredTo} zelf contact met u op. Dat kan even duren.`,
          "Bewaar uw referentienummer. U hoeft niet opnieuw een aanvraag te doen.",
        ],
        contact: (organization: string, referredTo: string, applicant: string) => [
          `${organization} heeft de zaak van ${applicant} doorgegeven aan ${referredTo}, die ermee aan de slag wil.`,
          `Vanaf nu behandelt ${referredTo} de zaak.`,
        ],
        attorney: (organization: string, referredTo: string, applicant: string) => [
          `${organization} heeft de zaak van ${applicant} doorverwezen naar ${referredTo}, die de zaak wil aannemen.`,
          `${referredTo} neemt contact met u op om af te stemmen, ook over het overdragen van het dossier. Dank u wel voor uw medewerking.`,
        ],
      },
    },
    caseDeclined: {
      subject: (reference: string) => `Besluit over de aanvraag — ${reference}`,
      body: {
        submitter: (organization: string) => [
          `Het spijt ons. Na zorgvuldig bekijken kan ${organization} uw zaak niet aannemen.`,
          "Dit besluit betekent niet dat wij denken dat u schuldig bent. Het betekent alleen dat wij niet kunnen helpen bij deze zaak.",
        ],
        contact: (organization: string, applicant: string) => [
          `Het spijt ons. Na zorgvuldig bekijken kan ${organization} de zaak van ${applicant} niet aannemen.`,
          `Dit besluit betekent niet dat wij denken dat ${applicant} schuldig is.`,
        ],
        attorney: (organization: string, applicant: string) => [
          `Na beoordeling heeft ${organization} besloten de zaak van ${applicant} niet te kunnen aannemen.`,
          "Dit besluit komt voort uit onze criteria en capaciteit. Het is geen oordeel dat uw cliënt schuldig is.",
        ],
      },
      reasonsLabel: "Waarom wij de zaak niet kunnen aannemen:",
      directoryLabel: "Deze organisaties kunnen misschien helpen:",
      takesCasesFrom: "Neemt zaken aan uit",
      elsewhere: {
        submitter:
          "U kunt ergens anders om hulp vragen. Bewaar uw papieren. Dank u wel dat u ons uw aanvraag toevertrouwde.",
        contact: "Misschien is er ergens anders hulp. Dank u wel voor uw steun.",
        attorney: "Uw cliënt kan ergens anders hulp zoeken. Dank u wel dat u de zaak bij ons aanbracht.",
      },
    },
    preservationRequest: {
      subject: (reference: string) => `Verzoek om biologisch bewijs te bewaren — ${reference}`,
      custodians: {
        court_clerk: "De griffier van de rechtbank",
        police_evidence_room: "De bewaarplaats voor bewijs van de politie",
        laboratory: "Het laboratorium",
        other: "De bewaarder van het bewijs",
      },
      greeting: "Geachte heer, mevrouw,",
      intro: (organization: string, applicant: string) =>
        `${organization} onderzoekt de veroordeling van ${applicant}, die zegt onschuldig te zijn. Biologisch bewijs uit deze zaak, zoals bloed, haar, huidcellen of ander materiaal met mogelijk DNA, kan laten zien wie het misdrijf heeft gepleegd.`,
      ask: "Wij vragen u al het biologische bewijs en alle andere stukken van overtuiging uit deze zaak die u heeft te bewaren. Vernietig ze niet, verbruik ze niet bij onderzoek en geef ze niet terug, en laat het ons weten voordat er iets mee gebeurt.",
      answer: (email: string) =>
        `Schrijf ons alstublieft welk bewijs u heeft en dat het bewaard blijft, met vermelding van onze referentie. U kunt ook schrijven naar ${email}.`,
      caseTitle: "De zaak",
      facts: {
        person: "Veroordeelde",
        otherNames: "Andere namen",
        dateOfBirth: "Geboortedatum",
        place: "Plaats van veroordeling",
        court: "Rechtbank",
        caseNumber: "Zaaknummer",
        offenses: "Veroordeeld voor",
        convictionDate: "Datum van veroordeling",
      },
      signOff: (organization: string) => `Met vriendelijke groet,\n${organization}`,
    },
    staffMessage: {
      subject: (reference: string) => `Een bericht over de aanvraag — ${reference}`,
      signOff: (organization: string) => `Met vriendelijke groet,\n${organization}`,
      reply: "Om te antwoorden, beantwoordt u deze e-mail of schrijft u ons. Vermeld alstublieft het referentienummer.",
    },
    appliedForYou: {
      subject: (reference: string) => `Een aanvraag voor hulp bij uw zaak — ${reference}`,
      who: (name: string, relation: string) => `${name} (${relation})`,
      roles: { family: "een familielid", supporter: "een vriend of steunpersoon", defense_attorney: "uw advocaat" },
      intro: (who: string, organization: string) =>
        `${who} heeft ${organization} gevraagd naar uw veroordeling te kijken. ${organization} helpt mensen die misschien onterecht veroordeeld zijn. Het is gratis.`,
      yourSay:
        "U kunt ons hierover schrijven: om meer over uw zaak te vertellen, om een vraag te stellen, of om te zeggen dat u niet wilt dat wij ernaar kijken.",
      confirm:
        "Voordat wij uw zaak bekijken, hebben wij uw schriftelijke toestemming nodig. Schrijf ons dat u wilt dat wij naar uw zaak kijken, zet uw handtekening onder de brief en zet uw referentie erop.",
      next: (submitter: string) => `Wij houden ${submitter} op de hoogte. U kunt ons altijd schrijven.`,
    },
    caseRouted: {
      subject: (reference: string) => `Aanvraag naar een andere organisatie gestuurd — ${reference}`,
      body: {
        submitter: (from: string, to: string) => [
          `${from} heeft uw aanvraag ontvangen. De veroordeling was op een plaats waar ${to} werkt.`,
          `Daarom heeft ${from} uw aanvraag naar ${to} gestuurd. Zij lezen hem en schrijven u.`,
          "U hoeft niet opnieuw een aanvraag te doen. Uw referentie blijft hetzelfde.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `De aanvraag voor ${applicant} is door ${from} gestuurd naar ${to}, dat werkt in de plaats van de veroordeling.`,
          "Niemand hoeft opnieuw een aanvraag te doen. De referentie blijft hetzelfde.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `De aanvraag over ${applicant} is door ${from} overgedragen aan ${to}, dat bevoegd is voor de plaats van de veroordeling.`,
          `Een nieuwe aanvraag is niet nodig en de referentie blijft gelijk. ${to} zet de beoordeling voort en neemt zo nodig contact met u op.`,
        ],
      },
      movedBody: {
        submitter: (from: string, to: string) => [
          `${from} heeft uw aanvraag doorgegeven aan ${to}, die beter in staat is uw zaak te bekijken.`,
          `${to} leest hem en schrijft u.`,
          "U hoeft niet opnieuw aan te vragen. Uw referentie blijft hetzelfde.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `${from} heeft de aanvraag voor ${applicant} doorgegeven aan ${to}, die beter in staat is de zaak te bekijken.`,
          "Niemand hoeft opnieuw aan te vragen. De referentie blijft hetzelfde.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `${from} heeft de aanvraag betreffende ${applicant} overgedragen aan ${to}, die beter in staat is de zaak te beoordelen.`,
          `Een nieuwe aanvraag is niet nodig en de referentie blijft ongewijzigd. ${to} zet de beoordeling voort en neemt zo nodig contact met u op.`,
        ],
      },
    },
  },

  staff: {
    nav: {
      label: "Medewerkers",
      queue: "Zakenlijst",
      newCase: "Een aanvraag per post invoeren",
      letters: "Brieven om te printen",
      questionnaire: "Vragenlijst",
      reports: "Rapporten",
      exports: "Exports",
      partners: "Doorverwijspartners",
      apiDocs: "API-naslag",
    },
    statuses: {
      submitted: "verstuurd",
      screening: "controle criteria",
      awaiting_confirmation: "wacht op bevestiging",
      in_review: "wordt bekeken",
      awaiting_info: "wacht op informatie",
      awaiting_expert: "wacht op deskundige",
      accepted: "aangenomen",
      referred: "doorverwezen",
      routed: "doorgestuurd",
      declined: "afgewezen",
      closed: "gesloten",
      withdrawn: "ingetrokken",
    },
    notYet: "nog niet",
    formRefused: {
      title: "Dit formulier is geweigerd",
      body: "Het kwam niet van de pagina's van deze site, dus er is niets veranderd. Ga terug, laad de pagina opnieuw en verstuur het formulier nog eens.",
    },
    queue: {
      title: "Zakenlijst",
      errorTitle: "Deze filters konden niet gebruikt worden",
      filters: "Zaken zoeken",
      status: "Status",
      anyStatus: "Elke status",
      organization: "Organisatie",
      anyOrganization: "Elke organisatie",
      reviewer: "Gevraagde beoordelaar",
      anyReviewer: "Elke beoordelaar",
      reviewerOption: (name: string, organization: string) => `${name} (${organization})`,
      inactiveReviewerOption: (name: string, organization: string) => `${name} (${organization}, niet actief)`,
      submittedFrom: "Verstuurd vanaf",
      submittedTo: "Verstuurd tot en met",
      overdueOnly: "Alleen te laat (iemand die moest handelen, is over de uiterste datum)",
      stuckOnly: "Alleen vastgelopen (gaan niet vanzelf verder: zelf verder brengen)",
      show: "Zaken tonen",
      clear: "Zoekopdracht en filters wissen",
      search: "Zoeken",
      searchHint: (max: number) =>
        `Een referentie, een e-mailadres, een gedetineerdennummer of zaaknummer, of een naam: hele woorden, in elke volgorde (hoogstens ${max}). De filters hieronder maken het kleiner.`,
      captionFound: (query: string, shown: number, continued: boolean) =>
        `Zaken gevonden voor ‘${query}’, nieuwste eerst${continued ? " (vervolg)" : ""}: ${shown} getoond`,
      emptySearch: "Geen zaak past bij deze zoekopdracht en deze filters.",
      preservationOnly: "Brief over het bewaren van bewijs nog niet verstuurd",
      preservationDue: "Brief over het bewaren van bewijs uiterlijk",
      exportCsv: "Deze zaken als CSV exporteren",
      caption: (shown: number) => `Zaken, nieuwste eerst: ${shown} getoond`,
      captionContinued: (shown: number) => `Zaken, nieuwste eerst (vervolg): ${shown} getoond`,
      empty: "Geen zaken passen bij deze filters.",
      columns: {
        reference: "Referentie",
        organization: "Organisatie",
        applicant: "Aanvrager",
        status: "Status",
        submitted: "Verstuurd",
        stageDue: "Stap loopt af",
        possibleDuplicates: "Mogelijke dubbele aanvragen",
        nextTask: "Volgende taak",
      },
      nothingOpen: "niets open",
      overdue: "te laat",
      stuck: "vastgelopen",
      firstPage: "Eerste pagina",
      nextPage: "Volgende pagina",
      errors: {
        status: (unknown: string) => `Onbekende status: ${unknown}.`,
        overdue: "'Te laat' is aangevinkt (true) of leeg.",
        stuck: "'Vastgelopen' is aangevinkt (true) of leeg.",
        submittedFrom: "Vul de eerste dag in als datum, bijvoorbeeld 2026-11-01.",
        submittedTo: "Vul de laatste dag in als datum, bijvoorbeeld 2026-11-30.",
        limit: "Het aantal zaken per pagina (limit) moet een heel getal van 1 tot en met 200 zijn.",
        cursor: "Deze paginalink klopt niet. Begin opnieuw bij de eerste pagina.",
        myTasks: "‘Mijn taken’ is aangevinkt (true) of weggelaten.",
        dueThisWeek: "‘Taken voor deze week’ is aangevinkt (true) of weggelaten.",
        preservation: "‘Brief over bewaren niet verstuurd’ is aangevinkt (true) of leeg gelaten.",
      },
      myTasks: "Mijn taken (zaken met een open taak van mij)",
      dueThisWeek: "Taken voor deze week (binnen zeven dagen, of te laat)",
      noTask: "geen",
      erased: "(gewist)",
    },
    case: {
      title: (reference: string) => `Zaak ${reference}`,
      errorTitle: "Dat lukte niet",
      done: {
        reassigned: "De beoordeling is aan iemand anders gegeven. Die heeft de link per e-mail gekregen.",
        withdrawn: "De aanvraag is ingetrokken. Open verzoeken en hun links zijn ingetrokken.",
        closed: "De zaak is gesloten. Open verzoeken en hun links zijn ingetrokken.",
        offered:
          "De zaak wordt aangeboden. De partner of organisatie krijgt het zaakdossier binnen een minuut per e-mail.",
        returned:
          "De zaak is terug naar de beoordeling. Open verzoeken zijn ingetrokken; de beoordelaars krijgen binnen een minuut een e-mail.",
        reopened: "De zaak is heropend en wordt weer beoordeeld. De beoordelaars krijgen binnen een minuut een e-mail.",
        moved:
          "De zaak is overgedragen. De beoordelaars van de andere organisatie en de kant van de aanvrager krijgen binnen een minuut een e-mail.",
        emailed: "Het bericht is per e-mail verstuurd.",
        letter: "Het bericht wacht bij ‘Brieven om te printen’: print het en post het.",
        logged: "Het is vastgelegd, met de scans.",
        noted: "De notitie is toegevoegd.",
        task: "De taak is toegevoegd.",
        taskChanged: "De taak is gewijzigd.",
        confirmed: "De bevestiging is vastgelegd. De beoordelaars krijgen binnen een minuut een e-mail.",
        answered: "Het antwoord is vastgelegd, met de scans. De beoordelaars krijgen binnen een minuut een e-mail.",
        entered:
          "De aanvraag per post is opgeslagen met de scans, en de beoordeling is begonnen. Een antwoord aan iemand zonder e-mail wacht bij Brieven om te printen.",
      },
      summary: {
        title: "Overzicht",
        reference: "Referentie",
        status: "Status",
        organization: "Organisatie",
        source: "Herkomst",
        language: "Taal",
        sentBy: "Verstuurd door",
        submitted: "Verstuurd",
        updated: "Laatst bijgewerkt",
      },
      sources: { web_form: "webformulier", api: "API", paper_mail: "post" },
      actions: {
        title: "Acties",
        nothingMore: (status: string) => `Deze zaak is ${status}: hier kan er niets meer mee gebeuren.`,
        reassignTitle: "Een beoordeling aan iemand anders geven",
        review: "Beoordeling",
        reviewOption: (round: number, reviewer: string, due: string) => `Ronde ${round}: ${reviewer}, uiterlijk ${due}`,
        newReviewer: "Nieuwe beoordelaar",
        leastLoaded: "De minst belaste beoordelaar die de zaak nog niet zag",
        reassign: "Beoordeling doorgeven",
        withdrawTitle: "De aanvraag intrekken",
        withdrawBody: "Op verzoek van de aanvrager. Dit stopt de beoordeling en zet alle links van open verzoeken uit.",
        withdrawConfirm: "De aanvrager heeft gevraagd de aanvraag in te trekken",
        withdraw: "Aanvraag intrekken",
        closeTitle: "De zaak sluiten",
        closeBody:
          "Dit stopt de beoordeling en zet alle links van open verzoeken uit. Een gesloten zaak kan worden heropend zolang ze bewaard wordt.",
        reason: "Reden",
        chooseReason: "Kies een reden",
        close: "Zaak sluiten",
        closeReasons: {
          duplicate: "Dubbel met een andere zaak",
          no_reviewer: "Geen beoordelaar beschikbaar",
          referrals_exhausted: "Elke doorverwijzing is afgewezen",
          no_response: "De aanvrager heeft niet geantwoord",
          resolved_elsewhere: "Elders opgelost",
          other: "Anders",
        },
        chooseOne: "Kies er een",
      },
      errors: {
        chooseReview: "Kies de beoordeling.",
        confirmWithdraw: "Vink het vakje aan om te bevestigen dat de aanvrager om intrekking vroeg.",
        chooseCloseReason: "Kies waarom de zaak gesloten wordt.",
        reviewNotFound: "Deze zaak heeft die beoordeling niet.",
        reviewNotOpen: (status: string) =>
          `Deze beoordeling is '${status}'; alleen een open beoordeling kan aan iemand anders gegeven worden.`,
        chooseAnotherReviewer: "Kies een andere actieve beoordelaar van de organisatie van de zaak.",
        noReviewerLeft: "Er is geen andere actieve beoordelaar meer om deze beoordeling te doen.",
        alreadyEnded: (status: string, wanted: string) =>
          `Deze zaak is al '${status}'; hij kan niet '${wanted}' worden. Er is niets veranderd.`,
        caseGone: "Deze zaak bestaat niet meer.",
      },
      applicant: {
        title: "Aanvrager",
        name: "Naam",
        submittedBy: "Verstuurd door",
        submitter: (name: string, role: string) => `${name} (${role})`,
        relationship: "Relatie",
      },
      contacts: {
        title: "Contacten",
        caption: "Mensen bij de zaak en hoe ze te bereiken zijn",
        name: "Naam",
        role: "Rol",
        email: "E-mail",
        postalAddress: "Postadres",
        language: "Taal",
        getsUpdates: "Krijgt nieuws",
        submitter: (role: string) => `${role} (heeft de aanvraag verstuurd)`,
        roles: {
          applicant: "aanvrager",
          family: "familie",
          supporter: "steunt de aanvrager",
          defense_attorney: "advocaat",
          trial_attorney: "advocaat bij het proces",
          appeal_attorney: "advocaat in hoger beroep",
          referral_partner: "partner",
          evidence_custodian: "bewaarder van bewijs",
          expert: "deskundige",
          staff: "medewerker",
        },
      },
      documents: {
        title: "Documenten",
        none: "Er zijn geen documenten gestuurd.",
        about: (type: string, kilobytes: number, from: string, day: string) =>
          `(${type}, ${kilobytes} KB, van: ${from}, ${day})`,
      },
      screening: {
        title: "Controle van de criteria",
        none: "Nog niet gecontroleerd.",
        label: (organization: string) => `Controle bij ${organization}`,
        at: (organization: string, version: string) => `Bij ${organization}, versie van de criteria ${version}: `,
        noVersion: "geen",
        outcomes: { pass: "voldaan", flagged: "punten gemarkeerd", route: "doorsturen", decline: "afwijzen" },
        results: { pass: "voldaan", fail: "niet voldaan", unknown: "te beoordelen" },
        onFail: (what: string) => ` (bij niet voldaan: ${what})`,
        onFailActions: { decline: "afwijzen", route: "doorsturen", flag: "markeren" },
      },
      assignments: {
        title: "Verzoeken",
        caption: "Wie gevraagd is iets te doen, oudste eerst",
        empty: "Er is nog niemand gevraagd iets te doen.",
        nobody: "niemand",
        asked: "Gevraagd",
        kind: "Soort",
        round: "Ronde",
        status: "Status",
        due: "Uiterlijk",
        reminders: "Herinneringen",
        created: "Aangemaakt",
        completed: "Afgerond",
        kinds: { review: "beoordeling", respond: "antwoord", consult: "deskundig oordeel", referral: "doorverwijzing" },
        statuses: {
          open: "open",
          done: "klaar",
          lapsed: "verlopen",
          reassigned: "doorgegeven",
          revoked: "ingetrokken",
        },
      },
      decisions: {
        title: "Besluiten",
        caption: "Besluiten van beoordelaars, oudste eerst",
        reviewer: "Beoordelaar",
        round: "Ronde",
        outcome: "Besluit",
        reasons: "Redenen",
        questions: "Vragen",
        note: "Notitie",
        decided: "Besloten",
        outcomes: {
          accept: "aannemen",
          decline: "afwijzen",
          request_info: "informatie vragen",
          consult_expert: "deskundige raadplegen",
          refer: "doorverwijzen",
        },
      },
      responses: {
        title: "Antwoorden, oordelen en reacties op doorverwijzingen",
        kinds: {
          answer: "Antwoord van de aanvrager",
          opinion: "Oordeel van de deskundige",
          referral: "Reactie op doorverwijzing",
        },
        heading: (kind: string, round: number) => `${kind}, ronde ${round}`,
        accepted: "Heeft de doorverwijzing aangenomen.",
        declined: "Heeft de doorverwijzing afgewezen.",
        received: "Ontvangen",
      },
      duplicates: {
        title: "Mogelijke dubbele aanvragen",
        caption: "Andere zaken die misschien over dezelfde persoon gaan",
        empty: "Geen andere zaak noemt dezelfde persoon.",
        organization: "Organisatie",
        submitted: "Verstuurd",
        matchedOn: "Komt overeen op",
        case: "Zaak",
        elsewhere: "bij een andere organisatie",
        matches: { name_birth_date: "naam en geboortedatum", name_prison_number: "naam en gedetineerdennummer" },
      },
      timeline: {
        title: "Tijdlijn",
        caption: "Alles wat er met de zaak gebeurde, oudste eerst",
        time: "Tijd",
        event: "Gebeurtenis",
        by: "Door",
        details: "Details",
        events: {
          submitted: "verstuurd",
          received: "ontvangen",
          screened: "criteria gecontroleerd",
          routed: "doorgestuurd",
          in_review: "wordt bekeken",
          awaiting_info: "wacht op informatie",
          awaiting_expert: "wacht op deskundige",
          accepted: "aangenomen",
          referred: "doorverwezen",
          declined: "afgewezen",
          withdrawn: "ingetrokken",
          closed: "gesloten",
          assigned: "toegewezen",
          reminded: "herinnering gestuurd",
          escalated: "team gewaarschuwd",
          reassigned: "doorgegeven",
          decided: "besloten",
          answered: "beantwoord",
          opinion_given: "oordeel gegeven",
          request_lapsed: "verzoek verlopen",
          referral_offered: "doorverwijzing aangeboden",
          referral_accepted: "doorverwijzing aangenomen",
          referral_refused: "doorverwijzing geweigerd",
          referral_declined: "doorverwijzing afgewezen",
          referral_lapsed: "doorverwijzing verlopen",
          workflow_errored: "fout in automatische stappen",
          workflow_restarted: "automatische stappen herstart",
          notified: "bericht gestuurd",
          message_failed: "bericht mislukt",
          viewed_by_staff: "bekeken door medewerker",
        },
        who: "Wie",
      },
      messages: {
        title: "Berichten",
        caption: "Wie wat te horen kreeg, oudste eerst",
        empty: "Nog geen berichten.",
        template: "Sjabloon",
        channel: "Kanaal",
        recipient: "Ontvanger",
        status: "Status",
        created: "Aangemaakt",
        sent: "Verstuurd",
        recipientKind: (kind: string, name: string) => `${kind}: ${name}`,
        recipientKinds: { contact: "contact", reviewer: "beoordelaar", organization: "organisatie" },
        templates: {
          acknowledgement: "ontvangstbevestiging",
          "review-request": "verzoek om beoordeling",
          "review-reminder": "herinnering beoordeling",
          "staff-alert": "melding aan medewerkers",
          "info-request": "verzoek om informatie",
          "expert-request": "verzoek aan deskundige",
          "case-accepted": "zaak aangenomen",
          "referral-request": "verzoek tot doorverwijzing",
          "case-referred": "zaak doorverwezen",
          "case-declined": "zaak afgewezen",
          "case-routed": "zaak doorgestuurd",
          "applied-for-you": "aanvraag door een ander",
        },
        channels: { email: "e-mail", post: "post" },
        statuses: { pending: "wacht", sent: "verstuurd", failed: "mislukt" },
      },
    },
    letters: {
      title: "Brieven om te printen",
      intro:
        "Deze mensen gaven alleen een postadres. Print elke brief en stuur hem op; hij wordt dan als verstuurd vastgelegd. Bij het printen worden de persoonlijke links in de brief gemaakt, dus print elke brief maar één keer.",
      custodyNote:
        "Brieven aan iemand in de gevangenis bevatten geen link: ze geven de referentie en uw adres om terug te schrijven. De termijn om een brief met vragen te beantwoorden begint bij het printen.",
      noAddressTitle: "Geen retouradres",
      noAddress: (organizations: string) =>
        `${organizations} heeft geen postadres, dus de brieven kunnen niet zeggen waarheen iemand terug kan schrijven. Stel het eerst in: PATCH /api/v1/organizations/<slug> met {"postalAddress": "…"}.`,
      none: "Er wachten geen brieven.",
      caption: "Wachtende brieven, oudste eerst",
      columns: {
        print: "Printen",
        case: "Zaak",
        letter: "Brief",
        to: "Aan",
        organization: "Organisatie",
        since: "Sinds",
      },
      printLabel: (letter: string, reference: string) => `De brief '${letter}' voor ${reference} printen`,
      paper: "Papier",
      paperOwn: "Dat van elke organisatie: US Letter in Noord-Amerika, A4 elders",
      paperA4: "A4",
      paperLetter: "US Letter",
      print: "De gekozen brieven printen",
      printedTitle: "Brieven",
      noneLeft: "Geen van de gekozen brieven wacht nog: ze zijn al geprint.",
      printed: (count: number) =>
        count === 1
          ? "1 brief, nu gemarkeerd als verstuurd. Gebruik de printopdracht van uw browser."
          : `${count} brieven, nu gemarkeerd als verstuurd. Gebruik de printopdracht van uw browser; elke brief begint op een nieuwe pagina.`,
      back: "Terug naar de brieven",
      letterLabel: (name: string, reference: string) => `Brief aan ${name}, ${reference}`,
    },
    apiDocs: {
      title: "API-naslag",
      baseUrl: "Basis-URL:",
      document: "Het machineleesbare document (OpenAPI 3.1) staat op",
      auth: "Bewerkingen voor medewerkers hebben een Cloudflare Access-token nodig (Cf-Access-Jwt-Assertion, gezet door Access) of Authorization: Bearer met het API-token voor medewerkers.",
      sections: "Onderdelen",
      staffOnly: "Alleen voor medewerkers.",
      parameters: "Parameters",
      name: "Naam",
      in: "In",
      required: "Verplicht",
      about: "Uitleg",
      body: (types: string) => `Inhoud: ${types}.`,
      fields: "Velden:",
      requiredField: "(verplicht)",
      or: " of ",
    },
    devSignIn: {
      link: "Inloggen voor lokale ontwikkeling",
      title: "Inloggen voor medewerkers (ontwikkeling)",
      heading: "Inloggen voor medewerkers bij lokale ontwikkeling",
      intro:
        "In productie loggen medewerkers in via Cloudflare Access. Hier opent in plaats daarvan het API-token voor medewerkers de pagina's voor medewerkers.",
      pagesLink: "De pagina's voor medewerkers openen",
      token: "API-token voor medewerkers",
      tokenHint: "De waarde van STAFF_API_TOKEN in .dev.vars.",
      wrongToken: "Dat is niet het API-token voor medewerkers van deze server.",
      submit: "Inloggen",
    },
    mailbox: {
      title: "Postvak voor ontwikkeling",
      intro:
        "Elk bericht dat de app verstuurde, nieuwste eerst. Open er een om het te zien zoals de ontvanger het ziet, en volg de links.",
      json: "Als JSON:",
      empty: "Nog geen berichten.",
      apply: "Een aanvraag versturen",
      sent: "Verstuurd",
      to: "Aan",
      subject: "Onderwerp",
    },
    erased: "(gewist)",
    desk: {
      kinds: { letter: "Brief", call: "Telefoontje", email: "E-mail", visit: "Bezoek" },
      channels: { email: "E-mail", post: "Brief" },
      incoming: (kind: string) => `In: ${kind}`,
      outgoing: (kind: string) => `Uit: ${kind}`,
      noScans: "geen scans",
      messageStatuses: {
        sent: "verstuurd",
        printed: "geprint",
        waitingToPrint: "wacht om geprint te worden",
        pending: "wacht",
        failed: "mislukt",
      },
      title: "Correspondentie",
      caption: "Binnengekomen brieven, telefoontjes, e-mails en bezoeken, en berichten van medewerkers, oudste eerst",
      empty: "Nog geen correspondentie.",
      columns: { day: "Dag", person: "Persoon", says: "Wat erin staat", scans: "Scans of status" },
      writeTitle: "Iemand schrijven",
      snippetTitle: "Beginnen met een vaste tekst",
      snippet: "Vaste tekst",
      useSnippet: "Deze tekst gebruiken",
      messageTitle: "Bericht",
      send: "Versturen",
      messageIntro:
        "De persoon leest het in de vaste vorm van zijn of haar taal: een groet, uw tekst, de afsluiting van de organisatie en het kenmerk. Het gaat per e-mail als er een adres is; anders wacht het bij Brieven om te printen.",
      to: "Aan",
      contactOption: (name: string, role: string, language: string) => `${name} (${role}, ${language})`,
      postOnlyOption: (name: string, role: string, language: string) =>
        `${name} (${role}, alleen per post, ${language})`,
      sendBy: "Versturen per",
      sendByDefault: "E-mail als er een adres is, anders een brief",
      heading: "Kop (niet verplicht; staat in het bericht, nooit in de onderwerpregel)",
      body: "Uw tekst",
      logTitle: "Post, een telefoontje, een e-mail of een bezoek vastleggen",
      log: "Vastleggen",
      kind: "Wat er binnenkwam",
      date: "Dag van aankomst of van het gesprek",
      from: "Van",
      fromNobody: "Iemand die niet bij de zaak hoort",
      personOption: (name: string, role: string) => `${name} (${role})`,
      inAnswerTo: "Als antwoord op",
      noTask: "Geen taak",
      summary: "Wat erin staat of gevraagd wordt",
      scans: "Scans (niet verplicht; PDF, JPEG, PNG, HEIC, TIFF)",
      answerTitle: "Het antwoord invoeren dat per post kwam",
      recordAnswer: "Het antwoord vastleggen",
      answerDue: (round: number, due: string) =>
        `De beoordelaars vroegen dit in ronde ${round}; het antwoord moet er uiterlijk ${due} zijn. Het hier vastleggen telt als een antwoord dat online is gestuurd: de beoordelaars wordt gevraagd opnieuw te beslissen.`,
      questions: "De vragen",
      answer: "Het antwoord, zoals het in de brief staat",
      answerScans: "Scans van de brief en wat erbij zat (PDF, JPEG, PNG, HEIC, TIFF)",
    },
    tasks: {
      title: "Taken",
      caption: "Open taken eerst, op einddatum",
      empty: "Nog geen taken.",
      columns: { task: "Taak", due: "Uiterlijk", assignee: "Wie", done: "Klaar", change: "Wijzigen" },
      overdue: "te laat",
      whoeverMadeIt: "wie hem maakte",
      notDone: "Nee",
      openAgain: "Weer openen",
      markDone: "Klaar zetten",
      changeLabel: (change: string, task: string) => `${change}: ${task}`,
      aTask: "taak",
      addTitle: "Een taak toevoegen",
      add: "Taak toevoegen",
      what: "Wat er moet gebeuren",
      due: "Uiterlijk",
      who: "Wie het doet",
      me: "Ik",
    },
    notes: {
      title: "Notities",
      intro: "Alleen voor het team: niemand buiten de medewerkerspagina's ziet ze.",
      caption: "Interne notities, oudste eerst",
      empty: "Nog geen notities.",
      columns: { written: "Geschreven", by: "Door", note: "Notitie" },
      addTitle: "Een notitie toevoegen",
      add: "Notitie toevoegen",
      note: "Notitie",
    },
    preservation: {
      title: "Bewaren van bewijs",
      intro:
        "In deze zaak is er biologisch bewijs, of kan het er zijn. Vraag wie het bewaart schriftelijk om het niet te vernietigen. Tot de brief als verstuurd is gemarkeerd, krijgt het intake-adres vanaf de einddatum elke week een herinnering.",
      letterDue: "Brief uiterlijk",
      overdue: "te laat",
      sent: "Verstuurd",
      notYet: "Nog niet",
      custodian: "Bewaarder van het bewijs",
      noPostalAddress: "(geen postadres)",
      nobodyNamed: "De aanvraag noemt niemand. Zoek uit wie het bewijs bewaart en schrijf hen.",
      letter: "Brief",
      noLetter: "Niets klaargemaakt: er is geen postadres om hem naartoe te sturen.",
      printed: "Geprint",
      waiting: "Wacht om geprint te worden. Printen zet hem op verstuurd:",
      waitingIn: (language: string) => `Wacht om geprint te worden, in het ${language}. Printen zet hem op verstuurd:`,
      answersCaption: "De antwoorden van de bewaarder, vastgelegd als correspondentie bij deze taak",
      answersEmpty: (form: string) => `Nog geen antwoord vastgelegd. Leg het vast onder ‘${form}’ en kies deze taak.`,
      columns: { day: "Dag", how: "Hoe", says: "Wat erin staat" },
    },
    person: {
      title: "Persoonsgegevens",
      noOtherCase:
        "Er is geen andere zaak van deze persoon gevonden (op naam met geboortedatum of gedetineerdennummer).",
      otherCases: (count: number) =>
        `Deze persoon heeft hier nog ${count} ${count === 1 ? "zaak" : "zaken"} (gevonden op naam met geboortedatum of gedetineerdennummer).`,
      elsewhere: (count: number) =>
        `Nog ${count} ${count === 1 ? "ligt" : "liggen"} bij andere organisaties, voor hun medewerkers.`,
      downloadCase: "Deze zaak downloaden (ZIP)",
      downloadPerson: (count: number) =>
        `Alles over deze persoon downloaden: ${count} ${count === 1 ? "zaak" : "zaken"} (ZIP)`,
      zipsMadeForYou:
        "De ZIP wordt op de achtergrond gemaakt. De volgende pagina laat zien hoe ver hij is, en daar kunt u hem een dag lang downloaden.",
      eraseCase: "Deze zaak wissen",
      eraseCaseBody:
        "Verwijdert deze zaak, de personen, bestanden, berichten en geschiedenis. Dit kan niet ongedaan worden.",
      erasePerson: (count: number) => `Alle zaken van deze persoon wissen (${count})`,
      erasePersonBody: "Verwijdert elke zaak van deze persoon zoals hierboven. Dit kan niet ongedaan worden.",
      typeReference: (reference: string) => `Typ het kenmerk ${reference} om te bevestigen`,
      notErased: "Niet gewist",
      notConfirmed: (reference: string) =>
        `Er is niets gewist: het getypte kenmerk was niet ${reference}. Ga terug en typ het precies om te bevestigen.`,
      caseErasedTitle: "Zaak gewist",
      caseErased: (reference: string) => `Zaak ${reference} en alles daarover is gewist.`,
      personErasedTitle: "Zaken van de persoon gewist",
      personErased: (count: number) =>
        count === 1 ? "1 zaak van deze persoon is gewist." : `${count} zaken van deze persoon zijn gewist.`,
      leftElsewhere: (count: number) =>
        count === 1
          ? "1 zaak bij een andere organisatie blijft voor hun medewerkers."
          : `${count} zaken bij andere organisaties blijven voor hun medewerkers.`,
      back: "Terug naar de zakenlijst",
    },
    moves: {
      confirmTitle: "De schriftelijke bevestiging vastleggen",
      confirm: "Vastleggen: de beoordeling begint",
      confirmBody:
        "Iemand anders heeft voor deze gevangene aangevraagd, en uw organisatie beoordeelt pas als die persoon schriftelijk akkoord gaat. Is de ondertekende brief binnen, leg het dan hier vast: de zaak gaat naar beoordeling. Leg de brief zelf vast onder ‘Post vastleggen’ om de scan te bewaren.",
      receivedOn: "Dag waarop de brief binnenkwam",
      referPartnerTitle: "Aanbieden aan een doorverwijspartner",
      referPartnerBody:
        "De partner krijgt het zaakdossier per e-mail en wordt gevraagd het binnen de gewone termijn aan te nemen of af te wijzen.",
      partner: "Doorverwijspartner",
      referOrganizationTitle: "Aanbieden aan een andere lidorganisatie",
      referOrganizationBody:
        "Het intaketeam krijgt het zaakdossier per e-mail en wordt gevraagd de zaak aan te nemen of af te wijzen.",
      memberOrganization: "Lidorganisatie",
      sendOffer: "Het aanbod versturen",
      returnTitle: "Terugsturen naar beoordeling",
      return: "Terugsturen naar beoordeling",
      returnBody:
        "Open verzoeken (vragen, een advies van een deskundige, een doorverwijzing) worden ingetrokken, en de beoordelaars van de laatste ronde wordt gevraagd opnieuw te beslissen; andere beoordelaars als zij niet meer actief zijn.",
      reopenTitle: "De zaak heropenen",
      reopen: "Zaak heropenen",
      reopenBody:
        "De zaak gaat terug naar beoordeling, naar de beoordelaars van de laatste ronde zolang zij actief zijn.",
      reopenReason: "Waarom ze heropend wordt",
      reopenReasons: {
        new_information: "Er kwam nieuwe informatie binnen",
        applicant_asked: "De aanvrager vroeg ons er opnieuw naar te kijken",
        decided_in_error: "Ze is per vergissing beëindigd",
        other: "Anders",
      },
      moveTitle: "Naar een andere organisatie verplaatsen",
      move: "Zaak verplaatsen",
      moveBody:
        "Open verzoeken worden ingetrokken; de andere organisatie controleert de criteria, haar beoordelaars nemen de zaak en de aanvragers krijgen bericht. U ziet de zaak daarna niet meer, tenzij u medewerker van het netwerk bent.",
      organization: "Organisatie",
      errors: {
        choosePartner: "Kies een doorverwijspartner.",
        chooseOrganization: "Kies een organisatie.",
        chooseReopenReason: "Kies waarom de zaak heropend wordt.",
        emptyAnswer: "Typ het antwoord in, of voeg de scans ervan toe.",
      },
    },
    formIssue: (field: string, problem: string) => `${field}: ${problem}`,
    formFields: {
      contactId: "Aan",
      body: "Uw tekst",
      subject: "Kop",
      channel: "Versturen per",
      kind: "Wat er binnenkwam",
      title: "Wat er moet gebeuren",
      dueOn: "Uiterlijk",
      assigneeId: "Wie het doet",
      date: "Dag",
      summary: "Wat erin staat",
      receivedOn: "Dag waarop de brief binnenkwam",
      answer: "Het antwoord",
    },
    refusals: {
      noSuchCase: "Deze zaak bestaat niet.",
      gone: "verwijderd",
      referred: "Deze zaak is doorverwezen: ze is uit de beoordeling, dus ze kan niet meer verder.",
      endedReopenFirst: (status: string) => `Deze zaak is ${status}: heropen haar eerst.`,
      endedReopenInstead: (status: string) => `Deze zaak is ${status}: heropen haar liever.`,
      moving:
        "Deze zaak loopt nog vanzelf verder (het automatische proces is bezig): wacht een minuut en probeer het opnieuw.",
      changed: (status: string) =>
        `Iemand of iets heeft deze zaak net gewijzigd (ze is nu ${status}); er is niets gewijzigd. Laad de pagina opnieuw en probeer het nog eens.`,
      referralWaiting: (day: string) =>
        `Een doorverwijzing wacht tot ${day} op antwoord: wacht op het antwoord, of tot de termijn voorbij is.`,
      notReferable: (status: string) =>
        `Deze zaak is ${status}: alleen een aangenomen zaak, of een zaak waarvan alle doorverwijzingen naar andere leden zijn afgewezen of verlopen, kan worden doorverwezen.`,
      choosePartner: "Kies een actieve doorverwijspartner van de organisatie van de zaak.",
      chooseOtherOrganization: "Kies een andere lidorganisatie.",
      inReviewAlready: (day: string) =>
        `Deze zaak wordt al beoordeeld: een beoordelaar moet uiterlijk ${day} beslissen. Geef de beoordeling liever aan iemand anders.`,
      notReopenable: (status: string) =>
        `Deze zaak is ${status}: alleen een ingetrokken, afgewezen of gesloten zaak kan worden heropend.`,
      retentionEnded: (day: string) =>
        `De bewaartermijn van deze zaak liep af op ${day}: ze wordt verwijderd en kan niet worden heropend.`,
      notAwaitingConfirmation: (status: string) =>
        `Deze zaak is ${status}: ze wacht niet op een schriftelijke bevestiging.`,
      notAwaitingAnswers: "Deze zaak wacht niet op antwoorden: er staan geen vragen open voor de aanvrager.",
      answeredJustNow: "De vragen zijn net beantwoord of gesloten.",
      erasedNothingAdded: "De gegevens van deze zaak zijn gewist: er kan niets meer aan worden toegevoegd.",
      erasedNothingWritten: "De gegevens van deze zaak zijn gewist: er kan niets meer in worden geschreven.",
      chooseStaff: "Kies een actieve medewerker die deze zaak kan zien.",
      taskChanged: "Iemand heeft deze taak net gewijzigd; er is niets gewijzigd. Laad de pagina opnieuw.",
      choosePerson: "Kies een persoon van deze zaak.",
      noEmail: "Deze persoon heeft geen e-mailadres.",
      noPostalAddress: "Deze persoon heeft geen postadres.",
      chooseTask: "Kies een taak van deze zaak.",
    },
    reports: {
      title: "Rapporten",
      errorTitle: "Controleer de filters",
      filters: "Filters",
      from: "Ontvangen vanaf",
      to: "Ontvangen tot en met",
      organization: "Organisatie",
      allOrganizations: "Alle die ik kan zien",
      show: "Tonen",
      empty: "Niets in deze periode.",
      chartTitle: (caption: string) => `${caption}, als staafdiagram; de tabel eronder heeft dezelfde cijfers.`,
      exportTable: (caption: string) => `‘${caption}’ exporteren als CSV`,
      badDay: "Typ een dag zoals 2026-01-31; de laatste op of na de eerste.",
      chooseOrganization: "Kies een organisatie uit de lijst.",
      tables: {
        months: { caption: "Aanvragen per maand", columns: ["maand", "aanvragen"] },
        sources: { caption: "Aanvragen per kanaal", columns: ["kanaal", "aanvragen"] },
        jurisdictions: { caption: "Aanvragen per plaats van veroordeling", columns: ["plaats", "aanvragen"] },
        organizations: { caption: "Aanvragen per organisatie", columns: ["organisatie", "aanvragen"] },
        outcomes: { caption: "Waar de zaken nu zijn", columns: ["status", "zaken"] },
        "decline-reasons": {
          caption: "Redenen van afwijzing (een zaak kan er meer hebben)",
          columns: ["reden", "zaken"],
        },
        evidence: {
          caption: "Bewijs dat aanvragers noemden (een zaak kan meer noemen)",
          columns: ["bewijs", "zaken"],
        },
        timing: {
          caption: "Dagen sinds ontvangst",
          columns: ["tot", "zaken", "mediaan in dagen", "90e percentiel in dagen"],
        },
        reviewers: {
          caption: "Werklast van beoordelaars nu",
          columns: ["beoordelaar", "organisatie", "open beoordelingen", "te laat"],
        },
      },
      sources: { web: "website", api: "API", post: "post" },
      timing: { firstDecision: "eerste beslissing", outcome: "uitkomst" },
    },
    partners: {
      title: "Doorverwijspartners",
      intro:
        "Een aangenomen zaak wordt aangeboden aan de eerste actieve partner van de organisatie. Wijst een partner af of antwoordt die niet, dan kunt u de zaak vanaf de zaakpagina aan een andere aanbieden. Een uitgezette partner krijgt geen nieuwe zaken.",
      errorTitle: "De partner kon niet worden toegevoegd",
      added: "De partner is toegevoegd.",
      changed: "De partner is gewijzigd.",
      caption: (organization: string) => `Doorverwijspartners van ${organization}`,
      empty: "Nog geen doorverwijspartners.",
      columns: { name: "Naam", email: "E-mail", language: "Taal", active: "Actief", change: "Wijzigen" },
      yes: "Ja",
      no: "Nee",
      activate: (name: string) => `${name} aanzetten`,
      deactivate: (name: string) => `${name} uitzetten`,
      activateButton: "Aanzetten",
      deactivateButton: "Uitzetten",
      addTitle: "Een doorverwijspartner toevoegen",
      fields: { organization: "Organisatie", name: "Naam", email: "E-mail", language: "Taal van hun e-mails" },
      add: "Partner toevoegen",
      errors: {
        organization: "Kies een organisatie.",
        name: "Typ de naam van de partner (hoogstens 200 tekens).",
        email: "Typ een e-mailadres zoals naam@voorbeeld.org.",
        language: "Kies een taal.",
      },
    },
    exports: {
      rows: (count: number) => `${count.toLocaleString("nl")} ${count === 1 ? "rij" : "rijen"}`,
      cases: "Zaken",
      files: (count: number) => `${count.toLocaleString("nl")} ${count === 1 ? "bestand" : "bestanden"}`,
      caseArchive: (file: string) => `Alles wat over één zaak bewaard is, als ZIP (${file})`,
      personArchive: (file: string) => `Alles wat over een persoon bewaard is, in al hun zaken, als ZIP (${file})`,
      reportTable: (table: string) => `Rapporttabel ‘${table}’`,
      withFilters: (what: string, filters: string) => `${what} (${filters})`,
      noFilters: (what: string) => `${what} (geen filters)`,
      startTitle: "Exporteren als CSV",
      startBody:
        "Het bestand wordt op de achtergrond gemaakt met alle rijen die bij deze filters passen. De volgende pagina laat zien hoe ver het is, en daar kunt u het bestand een dag lang downloaden.",
      prepare: "De CSV klaarmaken",
      title: "Export",
      counting: "Rijen tellen…",
      listingFiles: "Bestanden op een rij zetten…",
      preparing: (done: number, total: number) =>
        `Bezig: ${done.toLocaleString("nl")} van ${total.toLocaleString("nl")} ${total === 1 ? "rij" : "rijen"} geschreven.`,
      preparingFiles: (done: number, total: number) =>
        `Bezig: ${done.toLocaleString("nl")} van ${total.toLocaleString("nl")} ${total === 1 ? "bestand" : "bestanden"} geschreven.`,
      ready: (rows: string, size: string) => `Klaar: ${rows}, ${size}.`,
      failed: "Deze export is mislukt en er is niets bewaard. Vraag hem opnieuw aan.",
      expired: "Dit bestand is een dag na het maken verwijderd. Vraag het opnieuw aan.",
      reloads: (seconds: number) => `Deze pagina laadt elke ${seconds} seconden opnieuw.`,
      reloadNow: "Nu opnieuw laden",
      download: "De CSV downloaden",
      downloadZip: "De ZIP downloaden",
      keptUntil: "Bewaard tot (daarna verwijderd):",
      again: "Opnieuw exporteren",
      every: "Alle exports",
      listTitle: "Exports",
      listIntro:
        "Bestanden worden een dag na de aanvraag bewaard. Vraag een nieuwe aan vanaf de zakenlijst, de rapporten of de pagina van een zaak.",
      caption: "Exports, nieuwste eerst",
      empty: "Nog geen exports.",
      columns: { asked: "Aangevraagd", what: "Wat", by: "Door", status: "Status", downloads: "Downloads" },
      running: (done: number, total: number) =>
        `bezig: ${done.toLocaleString("nl")} van ${total.toLocaleString("nl")} ${total === 1 ? "rij" : "rijen"}`,
      runningFiles: (done: number, total: number) =>
        `bezig: ${done.toLocaleString("nl")} van ${total.toLocaleString("nl")} ${total === 1 ? "bestand" : "bestanden"}`,
      runningUncounted: (done: number) => `bezig: ${done.toLocaleString("nl")} van ?`,
      readyRows: (rows: string) => `klaar: ${rows}`,
      statuses: { failed: "mislukt", expired: "verlopen" },
    },
    intake: {
      intro:
        "Voer een aanvraag in die per post kwam, zoals de persoon hem schreef, en voeg de gescande pagina's toe. Voor het opslaan ziet u elke andere aanvraag over dezelfde persoon.",
      questionnaire: "Wie schreef zonder het formulier te gebruiken, kan de vragenlijst om te printen krijgen.",
      whoWrote: "Wie schreef u?",
      senders: {
        self: "De veroordeelde zelf (de meeste brieven uit de gevangenis)",
        family: "Een familielid",
        supporter: "Een vriend of steunpersoon",
        defense_attorney: "Hun advocaat",
      },
      from: (sender: string) => `Van: ${sender}`,
      changeWho: "Wijzigen wie schreef",
      duplicatesTitle: "Is dit een nieuwe aanvraag?",
      duplicatesBody:
        "Andere aanvragen noemen dezelfde persoon. Er is nog niets opgeslagen, en de scans blijven bewaard. Hoort deze brief bij een van die aanvragen, leg hem dan bij die zaak vast. Is het een nieuwe aanvraag, vink dan het vakje onderaan het formulier aan en sla opnieuw op.",
      typeIn:
        "Typ wat er in de brief staat, in de woorden van de schrijver. Verplichte velden zijn gemarkeerd; laat de rest leeg als de brief het niet zegt.",
      letter: "De brief",
      language: "Taal om in terug te schrijven",
      duplicatesSeen: "Ik heb de aanvragen bovenaan bekeken: deze is nieuw. Opslaan als nieuwe zaak.",
      save: "De aanvraag opslaan",
    },
    questionnaire: {
      title: "Vragenlijst om te printen",
      intro:
        "Het aanvraagformulier op papier, om op te sturen naar mensen die zonder formulier schrijven. Er staat het retouradres van uw organisatie op. Komt het terug, voer het dan hier in:",
      which: "Welke vragenlijst",
      organization: "Organisatie",
      language: "Taal",
      show: "De vragenlijst tonen",
      error: "Kies een van uw organisaties en een taal uit de lijsten.",
      pageTitle: (organization: string) => `Vragenlijst — ${organization}`,
      heading: (organization: string, language: string) => `Vragenlijst: ${organization}, ${language}`,
      noAddress:
        'Deze organisatie heeft geen postadres, dus de vragenlijst kan niet zeggen waar hij terug moet. Stel het eerst in: PATCH /api/v1/organizations/<slug> met {"postalAddress": "…"}.',
      print: "Gebruik de printopdracht van uw browser.",
      another: "Een andere kiezen",
    },
  },
};
