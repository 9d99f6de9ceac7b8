import type { Catalog } from "./en";

/** Spanish (neutral Latin-American, formal "usted"). Same keys as `en`. */
export const es: Catalog = {
  languageName: "Español",
  siteName: "Innocence Intake",
  skipToContent: "Ir al contenido principal",
  languageSwitch: "Idioma",
  /** A date in words, as the reader writes it; `month` counts from 0 (src/lib/dates.ts). */
  longDate: (day: number, month: number, year: number) => {
    const months = [
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre",
    ];
    return `${day} de ${months[month]} de ${year}`;
  },
  footer:
    "Es gratis. Lo que usted envía solo lo leen el equipo de la organización y los voluntarios que revisan los casos.",

  landing: {
    title: "Pida ayuda por una condena injusta",
    intro:
      "Si a usted, a un familiar o a un cliente lo condenaron por un delito que no cometió, puede pedir a una organización de inocencia que revise el caso. Es gratis.",
    howTitle: "Cómo funciona",
    how: [
      "Usted llena un formulario, un tema por página. Toma unos 20 minutos, y puede guardarlo y terminarlo más tarde. También puede enviar papeles, como documentos del tribunal o cartas.",
      "Usted recibe un número de referencia y un enlace privado para ver cómo va su solicitud.",
      "Un equipo de la organización lee cada solicitud. Esto puede tardar varios meses. Le escribirán a usted.",
    ],
    start: "Empezar una solicitud",
    resume: "Continuar una solicitud guardada",
    directoryTitle: "Organizaciones de esta red",
    directoryIntro:
      "Cada organización acepta casos de los lugares indicados. Si usted no elige una, enviamos la solicitud a la que cubre el lugar donde fue la condena.",
    serves: "Acepta casos de",
    languages: "Idiomas",
    postalAddress: "Dirección postal",
    paperTitle: "¿No tiene acceso a internet?",
    paper:
      "También puede escribir una carta a la organización. El personal ingresa a mano las solicitudes que llegan por correo.",
  },

  apply: {
    title: "Pedir ayuda",
    roleQuestion: "¿Quién llena este formulario?",
    roleHint: "Elija una opción. Las preguntas se escribirán para usted.",
    roles: {
      self: "Soy la persona condenada",
      family: "Soy un familiar",
      supporter: "Soy un amigo o una persona que la apoya",
      defense_attorney: "Soy su abogado o abogada",
    },
    changeRole: "Cambiar quién llena el formulario",
    intro: "Debe llenar los campos marcados como obligatorios. Lo demás nos ayuda, pero puede dejarlo vacío.",
    required: "obligatorio",
    optional: "opcional",
    errorSummaryTitle: "Por favor, revise estas respuestas",
    errorSummaryIntro: "Sus respuestas y archivos se guardaron. Corrija lo que aparece abajo y envíe otra vez.",
    stepErrorIntro: "Sus respuestas se guardaron. Corrija lo que aparece abajo y luego continúe.",
    progress: (step: number, of: number) => `Paso ${step} de ${of}`,
    continue: "Continuar",
    saveLater: "Guardar y continuar más tarde",
    back: "Volver",
    resumeCode: {
      label: "Su código para continuar más tarde",
      hint: (date: string) =>
        `Anótelo. Con este código puede volver a sus respuestas desde cualquier dispositivo hasta el ${date}.`,
    },
    check: {
      title: "Revise sus respuestas",
      intro: "Lea sus respuestas antes de enviarlas. Puede cambiar cualquiera de ellas.",
      change: "Cambiar",
      notAnswered: "Sin respuesta",
      noFiles: "No se agregaron documentos.",
      send: "Cuando envíe la solicitud, la organización la recibe. Usted recibe un número de referencia y un enlace privado para ver cómo va.",
    },
    saved: {
      title: "Su solicitud está guardada",
      code: "Anote este código. Lo necesita para continuar su solicitud:",
      keptUntil: (date: string) =>
        `Guardamos sus respuestas y documentos hasta el ${date}. Cada vez que guarda, se guardan por más tiempo.`,
      how: "Para continuar, abra este sitio web, elija «Continuar una solicitud guardada» y escriba el código.",
      emailed: "También enviamos un enlace para continuar al correo electrónico que nos dio.",
      continueNow: "Continuar ahora",
    },
    submit: "Enviar solicitud",
    sections: {
      organization: "A dónde enviarla",
      submitterSelf: "Cómo podemos comunicarnos con usted",
      submitterOther: "Sobre usted",
      applicantSelf: "Sobre usted",
      applicantOther: "Sobre la persona condenada",
      conviction: "La condena",
      claim: "Por qué la condena es injusta",
      lawyers: "Abogados",
      contacts: "Personas que deben recibir noticias",
      consent: "Permiso",
      attachments: "Documentos",
    },
    fields: {
      organization: "Organización",
      organizationAny: "Elegir por mí, según el lugar de la condena",
      "submitter.name": "Su nombre completo",
      "submitter.email": "Su correo electrónico",
      "submitter.emailHint":
        "Aquí le enviamos su número de referencia y las novedades. Si no tiene correo electrónico, dé una dirección postal.",
      "submitter.phone": "Su número de teléfono",
      "submitter.postalAddress": "Su dirección postal",
      "submitter.postalAddressSelfHint":
        "Déjelo vacío si es la misma dirección de la prisión, que se pide en la página siguiente.",
      "submitter.relationship": "Su relación con la persona condenada",
      "submitter.relationshipHint": "Por ejemplo: madre, hermano, amigo, exmaestro.",
      "applicant.nameSelf": "Su nombre completo",
      "applicant.nameOther": "Nombre completo de la persona",
      "applicant.otherNames": "Otros nombres que ha usado",
      "applicant.dateOfBirth": "Fecha de nacimiento",
      "applicant.prisonNumber": "Número de recluso o de prisión",
      "applicant.facility": "Prisión o centro",
      "applicant.postalAddress": "Dirección postal en la prisión",
      "applicant.inCustody": "¿Está en prisión ahora?",
      "applicant.expectedReleaseDate": "Fecha prevista de salida",
      "conviction.jurisdiction": "¿Dónde fue la condena?",
      "conviction.jurisdictionHint": "Elija el país, o el estado donde se juzgó el caso.",
      "conviction.court": "Tribunal",
      "conviction.caseNumber": "Número de caso",
      "conviction.offenses": "¿Por qué delito fue la condena?",
      "conviction.offensesHint": "Los delitos que dice la sentencia, por ejemplo: robo, homicidio.",
      "conviction.convictionDate": "Fecha de la condena",
      "conviction.sentence": "Pena",
      "conviction.trialOrPlea": "¿Hubo un juicio o un acuerdo de culpabilidad?",
      "conviction.appealStatus": "Apelaciones hasta ahora",
      "conviction.currentlyRepresented": "¿Hay un abogado trabajando en el caso ahora?",
      "claim.innocenceStatementSelf": "¿Por qué es usted inocente?",
      "claim.innocenceStatementOther": "¿Por qué es inocente esta persona?",
      "claim.innocenceStatementHint":
        "Con sus propias palabras. Dónde estaba la persona, qué pasó en realidad, qué salió mal en el juicio.",
      "claim.evidenceTypes": "¿Qué tipo de pruebas se usaron o podrían ayudar?",
      "claim.biologicalEvidence": "¿Hay pruebas biológicas (sangre, cabello, ADN) del delito?",
      "claim.evidenceLocation": "¿Dónde se guardan esas pruebas, si lo sabe?",
      "claim.evidenceCustodian": "¿Quién guarda esas pruebas?",
      "claim.evidenceCustodianHint":
        "Si lo sabe. Podemos escribirles para pedirles que guarden las pruebas y no las tiren.",
      "claim.evidenceCustodian.kind": "¿Qué tipo de lugar es?",
      "claim.evidenceCustodian.name": "Su nombre",
      "claim.evidenceCustodian.nameHint":
        "Por ejemplo: la secretaría del juzgado, el depósito de pruebas de la policía, el laboratorio forense del estado.",
      "claim.evidenceCustodian.postalAddress": "Su dirección postal",
      "claim.newEvidence": "¿Qué pruebas nuevas podrían demostrar la inocencia?",
      "claim.coDefendants": "Coacusados (otras personas acusadas en el mismo caso)",
      "lawyers.trial": "Abogado en el juicio",
      "lawyers.appeal": "Abogado en la apelación",
      "lawyers.current": "Abogado actual",
      "lawyers.name": "Nombre",
      "lawyers.email": "Correo electrónico",
      "lawyers.phone": "Teléfono",
      "lawyers.mayContact": "La organización puede comunicarse con este abogado",
      "lawyers.notify": "Enviar novedades a este abogado por correo electrónico",
      "contacts.person": "Persona",
      "contacts.role": "Quién es",
      "contacts.name": "Nombre",
      "contacts.email": "Correo electrónico",
      "contacts.relationship": "Relación",
      "contacts.language": "Idioma de sus mensajes",
      "contacts.notify": "Enviar novedades a esta persona por correo electrónico",
      "consent.dataProcessing": "Acepto que la organización guarde y lea esta información para revisar el caso.",
      "consent.contactPeopleNamed": "La organización puede comunicarse con las personas nombradas en este formulario.",
      attachments: "Agregar documentos",
      attachmentsHint: (types: string, maxMb: number) =>
        `Opcional. Papeles del tribunal, cartas, fotos: ${types}. Hasta ${maxMb} MB cada uno.`,
      heldAttachments: "Archivos ya recibidos",
      heldAttachmentsHint:
        "Estos archivos se guardan con su solicitud. Quite la marca de un archivo para no incluirlo.",
    },
    choices: {
      yes: "Sí",
      no: "No",
      unknown: "No lo sé",
      notSaid: "No estoy seguro / prefiero no decirlo",
      trialOrPlea: {
        trial: "Juicio",
        guilty_plea: "Se declaró culpable",
        no_contest: "No impugnó los cargos (no contest)",
      },
      appealStatus: {
        none: "No hubo apelación",
        direct_appeal_pending: "Apelación todavía pendiente",
        direct_appeal_decided: "Apelación ya decidida",
        post_conviction_decided: "Recurso posterior a la condena ya decidido",
      },
      evidenceTypes: {
        dna: "ADN u otras pruebas biológicas",
        eyewitness: "Identificación por un testigo presencial",
        confession: "Una confesión",
        forensic: "Otras pruebas forenses",
        informant: "El testimonio de un informante",
        alibi: "Una coartada",
        other: "Otro",
      },
      contactRole: { family: "Familiar", supporter: "Amigo o persona que apoya" },
      custodianKind: {
        court_clerk: "La secretaría de un juzgado",
        police_evidence_room: "El depósito de pruebas de la policía",
        laboratory: "Un laboratorio",
        other: "Otro lugar",
      },
    },
    duplicate: {
      title: "Esta solicitud ya se envió",
      body: (reference: string) =>
        `Ya tenemos esta solicitud, con la referencia ${reference}. Se cambió después de enviarla, por eso no la enviamos otra vez. Use el enlace de estado que le dimos o empiece una solicitud nueva.`,
    },
  },

  resume: {
    title: "Continuar una solicitud guardada",
    intro: "Escriba el código que recibió cuando guardó su solicitud. Se parece a esto: K7M3Q-XW2PA.",
    code: "Su código",
    codeHint: "10 letras y números. Puede usar mayúsculas o minúsculas.",
    submit: "Continuar",
    wrongCode:
      "Este código no abre ninguna solicitud guardada. Revise cada letra y número, y vuelva a intentarlo. Las solicitudes guardadas se borran si no se guardan otra vez durante algunas semanas.",
    startNew: "Empezar una solicitud nueva",
  },

  /** The blank application form staff print and post to people who write in (/staff/questionnaire). */
  questionnaire: {
    title: "Solicitud de ayuda por una condena injusta",
    intro: (organization: string) =>
      `Llene este formulario para pedir a ${organization} que revise una condena. Es gratis. Escriba con letra clara. Si no sabe una respuesta, déjela en blanco.`,
    returnTo: "Envíe este formulario a:",
    officeUse: "Para la oficina: referencia",
    who: "¿Quién llena este formulario? Marque una opción.",
    applicantNote: "Si usted es la persona condenada, estas preguntas son sobre usted.",
    submitterNote: "Solo si usted no es la persona condenada.",
    innocence:
      "¿Por qué la condena es injusta? Con sus propias palabras: dónde estaba la persona, qué pasó de verdad, qué salió mal en el juicio.",
    tickAll: "Marque todas las que correspondan.",
    contactsNote: "Personas a las que podemos escribir sobre la solicitud, si usted quiere.",
    signature: "Firma",
    date: "Fecha",
    documents:
      "Puede enviar copias de documentos del tribunal o cartas con este formulario. Guarde los originales. Escriba el nombre de la persona condenada en cada página.",
  },

  status: {
    title: "Estado de la solicitud",
    receivedTitle: "Gracias. Recibimos su solicitud.",
    receivedBody:
      "Guarde el número de referencia y el enlace de esta página. El enlace es privado: cualquier persona que lo tenga puede ver esta página.",
    reference: "Referencia",
    organization: "Organización",
    stage: "Etapa",
    submitted: "Enviada el",
    updated: "Último cambio",
    link: "Su enlace privado",
    stages: {
      submitted: "Recibida. Esperando una primera revisión.",
      screening: "Se está comparando con los criterios de la organización.",
      awaiting_confirmation: "Esperando que la persona en prisión dé su acuerdo por escrito.",
      in_review: "En revisión.",
      awaiting_info: "Esperando más información.",
      awaiting_expert: "Esperando la opinión de un experto.",
      accepted: "Aceptada por la organización.",
      referred: "Pasada a un abogado o a otra organización.",
      routed: "Enviada a la organización que cubre este lugar.",
      declined: "La organización no puede tomar este caso.",
      closed: "Cerrada.",
      withdrawn: "Retirada.",
    },
    happenedTitle: "Qué ha pasado",
    nextTitle: "Qué pasa después",
    explain: {
      submitted: {
        happened: {
          submitter: (name: string) => `${name} recibió su solicitud.`,
          other: (name: string) => `${name} recibió la solicitud.`,
        },
        next: {
          submitter:
            "Primero revisamos que el formulario esté completo y que aceptamos casos del lugar de la condena. Esto suele tardar unos días. Después, un revisor voluntario lee la solicitud.",
          other:
            "Primero la organización revisa que el formulario esté completo y que acepta casos del lugar de la condena. Esto suele tardar unos días. Después, un revisor voluntario lee la solicitud.",
        },
      },
      screening: {
        happened: {
          submitter: (name: string) => `${name} está comparando su solicitud con sus reglas para aceptar casos.`,
          other: (name: string) => `${name} está comparando la solicitud con sus reglas para aceptar casos.`,
        },
        next: {
          submitter:
            "Si otra organización cubre el lugar de la condena, le enviamos la solicitud a ella. Si no, un revisor voluntario la lee. Esto suele tardar unos días.",
          other:
            "Si otra organización cubre el lugar de la condena, la solicitud va a ella. Si no, un revisor voluntario la lee. Esto suele tardar unos días.",
        },
      },
      awaiting_confirmation: {
        happened: {
          submitter: (name: string) =>
            `${name} recibió su solicitud. Antes de empezar la revisión, la persona en prisión tiene que dar su acuerdo por escrito.`,
          other: (name: string) =>
            `${name} recibió la solicitud. Antes de empezar la revisión, la persona en prisión tiene que dar su acuerdo por escrito.`,
        },
        next: {
          submitter: "Le hemos escrito. Cuando llegue su carta firmada, un revisor voluntario leerá la solicitud.",
          other: "Cuando la persona en prisión dé su acuerdo por escrito, un revisor voluntario leerá la solicitud.",
        },
      },
      in_review: {
        happened: {
          submitter: (name: string) => `Un revisor voluntario de ${name} está leyendo su solicitud.`,
          other: (name: string) => `Un revisor voluntario de ${name} está leyendo la solicitud.`,
        },
        next: {
          submitter:
            "El revisor decide si la organización puede tomar el caso, o primero le hace preguntas a usted. Ahora no necesita hacer nada. Le escribiremos cuando algo cambie.",
          other:
            "El revisor decide si la organización puede tomar el caso, o primero hace preguntas. Le escribiremos cuando algo cambie.",
        },
      },
      awaiting_info: {
        happened: {
          submitter: (name: string) =>
            `El revisor necesita más información. ${name} le escribirá a usted con las preguntas.`,
          other: (name: string) => `${name} pidió más información a la persona que envió la solicitud.`,
        },
        next: {
          submitter: "Cuando llegue su respuesta, la revisión continúa.",
          other: "Cuando esa persona responda, la revisión continúa. Usted no necesita hacer nada.",
        },
      },
      awaiting_expert: {
        happened: {
          submitter: (name: string) =>
            `El revisor de ${name} pidió a un experto, por ejemplo un científico, su opinión sobre el caso.`,
          other: (name: string) =>
            `El revisor de ${name} pidió a un experto, por ejemplo un científico, su opinión sobre el caso.`,
        },
        next: {
          submitter: "Cuando el experto responda, la revisión continúa. Usted no necesita hacer nada.",
          other: "Cuando el experto responda, la revisión continúa. Usted no necesita hacer nada.",
        },
      },
      accepted: {
        happened: {
          submitter: (name: string) => `Buenas noticias: ${name} aceptó su caso para seguir trabajando en él.`,
          other: (name: string) => `${name} aceptó el caso para seguir trabajando en él.`,
        },
        next: {
          submitter:
            "Ahora la organización busca un abogado que tome el caso. Esto puede tardar muchos meses. Este paso todavía no significa que la condena vaya a cambiar. Ahora no necesita hacer nada.",
          other:
            "Ahora la organización busca un abogado que tome el caso. Esto puede tardar muchos meses. Este paso todavía no significa que la condena vaya a cambiar.",
        },
      },
      referred: {
        happened: {
          submitter: (name: string) => `${name} aceptó trabajar en su caso.`,
          other: (name: string) => `${name} aceptó trabajar en el caso.`,
        },
        next: {
          submitter:
            "De ahora en adelante, se pondrán en contacto con usted directamente. Esto puede tardar un tiempo. No necesita presentar otra solicitud. Guarde su número de referencia.",
          other: "De ahora en adelante, ellos se ocupan del caso.",
        },
      },
      routed: {
        happened: {
          submitter: (name: string) =>
            `La condena fue en un lugar que cubre ${name}, así que su solicitud se envió a esa organización.`,
          other: (name: string) =>
            `La condena fue en un lugar que cubre ${name}, así que la solicitud se envió a esa organización.`,
        },
        next: {
          submitter:
            "Esa organización revisa la solicitud y luego un revisor voluntario la lee. No necesita presentar otra solicitud, y su referencia sigue siendo la misma.",
          other:
            "Esa organización revisa la solicitud y luego un revisor voluntario la lee. Nadie necesita presentar otra solicitud, y la referencia sigue siendo la misma.",
        },
      },
      declined: {
        happened: {
          submitter: (name: string) =>
            `Lo sentimos. Después de una revisión cuidadosa, ${name} no puede tomar su caso. Esto no significa que la organización piense que la persona es culpable.`,
          other: (name: string) =>
            `Después de una revisión cuidadosa, ${name} no puede tomar el caso. Esto no significa que la organización piense que la persona es culpable.`,
        },
        next: {
          submitter: "Puede pedir ayuda a otra organización. Guarde sus papeles.",
          other: "Es posible que otra organización pueda ayudar.",
        },
      },
      closed: {
        happened: {
          submitter: (name: string) => `${name} cerró este caso.`,
          other: (name: string) => `${name} cerró este caso.`,
        },
        next: {
          submitter:
            "No pasará nada más con esta solicitud. Si tiene preguntas, escriba a la organización e indique su número de referencia.",
          other: "No pasará nada más con esta solicitud.",
        },
      },
      withdrawn: {
        happened: {
          submitter: (name: string) => `Su solicitud a ${name} fue retirada.`,
          other: (name: string) => `La solicitud a ${name} fue retirada.`,
        },
        next: {
          submitter: "No pasará nada más con esta solicitud. Puede presentar otra solicitud cuando quiera.",
          other: "No pasará nada más con esta solicitud.",
        },
      },
    },
    dueBy: (date: string) => `Esto debería pasar más o menos antes del ${date}.`,
    asked: {
      title: "Necesitamos información de usted",
      body: (date: string) =>
        `El revisor tiene algunas preguntas sobre la solicitud. Por favor, respóndalas antes del ${date}. También puede agregar documentos. Si no sabe una respuesta, puede decirlo.`,
      button: "Responder las preguntas",
    },
    /** The stage for someone on the case whom the reviewer's questions did not go to. */
    awaitingInfoFromOthers: "Esperando más información de la persona que envió la solicitud.",
    reasonsTitle: "Razones que dio la organización",
    directoryTitle: "Otras organizaciones que podrían ayudarle",
  },

  wait: {
    received: "Solicitudes en los últimos 12 meses",
    waiting: "Esperando una primera decisión ahora",
    time: "Tiempo hasta una primera respuesta",
    withinMonths: (n: number) =>
      `La mayoría de las solicitudes reciben una primera respuesta en unos ${n} ${Number(n) === 1 ? "mes" : "meses"}.`,
    withinWeeks: (n: number) =>
      `La mayoría de las solicitudes reciben una primera respuesta en unas ${n} ${Number(n) === 1 ? "semana" : "semanas"}.`,
    notEnoughData: "Todavía no hay suficientes datos para decir cuánto tarda una primera respuesta.",
    asOf: (date: string) => `Datos contados el ${date}.`,
  },

  linkProblem: {
    unknownTitle: "Este enlace no funciona",
    unknownBody:
      "Revise que copió el enlace completo. Si sigue sin funcionar, escriba a la organización con su número de referencia.",
    expiredTitle: "Este enlace ya venció",
    expiredBody:
      "Por su seguridad, los enlaces dejan de funcionar después de un tiempo. Escriba a la organización con su número de referencia para pedir uno nuevo.",
    revokedTitle: "Este enlace fue desactivado",
    revokedBody:
      "La organización desactivó este enlace. Si necesita uno nuevo, escríbales con su número de referencia.",
    usedTitle: "Este enlace ya se usó",
    usedBody: "Cada respuesta se puede enviar una sola vez. No se cambió nada.",
  },

  caseView: {
    reference: "Referencia",
    organization: "Organización",
    round: "Ronda",
    due: "Fecha límite para decidir",
    application: "La solicitud",
    submittedBy: "Enviada por",
    roles: {
      self: "la persona solicitante",
      family: "un familiar",
      supporter: "una persona que la apoya",
      defense_attorney: "el abogado de la persona solicitante",
    },
    lawyers: "Abogados",
    contacts: "Personas que reciben noticias",
    attachments: "Documentos",
    noAttachments: "No se enviaron documentos.",
    download: "Descargar",
    screening: "Evaluación preliminar",
    screeningVersion: (version: number) => `Versión de los criterios: ${version}`,
    screeningResult: {
      pass: "Se cumple",
      fail: "No se cumple — verifíquelo",
      unknown: "Debe evaluarlo una persona",
    },
    history: "Etapas anteriores de este caso",
    decision: (round: number, outcome: string) => `Ronda ${round}: ${outcome}`,
    answer: "Respuesta de la persona solicitante",
    opinion: "Opinión del experto",
    noAnswer: "No llegó ninguna respuesta antes de la fecha límite.",
    yes: "Sí",
    no: "No",
    preserveEvidence: "Pedir que se conserven las pruebas",
    preserveEvidenceHint:
      "Marque esta casilla si hay o puede haber pruebas biológicas (sangre, cabello, ADN). El equipo de la organización escribirá a quien las guarda para pedirle que no las destruya.",
  },

  review: {
    title: "Revisar un caso",
    intro:
      "Lea la solicitud y elija qué debe pasar ahora. Su decisión se envía al pulsar el botón; este enlace se puede usar una sola vez.",
    readOnlyIntro:
      "Usted ya decidió este caso. Esta página es solo para leer; el equipo de la organización sigue con el caso.",
    yourDecision: "Su decisión",
    backToYourPage: "← Todos sus casos",
    formTitle: "Su decisión",
    decision: "Decisión",
    outcomes: {
      accept: "Aceptar: la organización toma el caso y le pide a un abogado que trabaje en él",
      decline: "Rechazar: la organización no puede tomar el caso",
      request_info: "Hacer preguntas a la persona solicitante y luego decidir",
      consult_expert: "Pedir la opinión de un experto (científico, jurista) y luego decidir",
      refer: "Remitir a otra organización miembro",
    },
    outcomeNames: {
      accept: "aceptado",
      decline: "rechazado",
      request_info: "se hicieron preguntas",
      consult_expert: "se consultó a un experto",
      refer: "remitido",
    },
    reasonCodes: "Motivos del rechazo",
    reasonCodesHint: "La persona solicitante los recibe en lenguaje sencillo.",
    questions: "Preguntas para la persona solicitante o para el experto",
    questionsHint:
      "Obligatorio si consulta a la persona solicitante o a un experto. El experto no ve nombres ni datos de contacto.",
    expertEmail: "Correo electrónico del experto",
    expertDocuments: "Documentos que puede ver el experto",
    expertDocumentsHint:
      "Solo al pedir la opinión de un experto. El experto ve solo los documentos que usted marque; los nombres de la solicitud se le ocultan en la pregunta, en la explicación y en los nombres de archivo, pero no dentro de los documentos.",
    organization: "Organización a la que se remite",
    organizationsServing: (place: string) => `Miembros que aceptan casos de ${place}:`,
    noOrganizationServes: "Ningún otro miembro acepta casos de este lugar.",
    showAllOrganizations: "Mostrar todas las organizaciones",
    note: "Nota para el equipo de la organización",
    noteHint: "La persona solicitante no la ve.",
    submit: "Enviar decisión",
    thanksTitle: "Gracias. Su decisión quedó registrada.",
    thanksBody: "Se informará al equipo de la organización y a las personas interesadas. Puede cerrar esta página.",
    errors: {
      decision: "Elija una decisión.",
      reasonCodes: "Elija al menos un motivo.",
      questions: "Escriba las preguntas.",
      expertEmail: "Escriba el correo electrónico del experto.",
      organization: "Elija una organización.",
      expertDocuments: "Elija documentos de la lista.",
    },
  },

  reviewerPage: {
    title: "Sus casos",
    intro: (organization: string) =>
      `Los casos que usted revisa para ${organization}. Esta página es personal: no comparta su enlace.`,
    openTitle: "Esperan su decisión",
    noneOpen: "Ahora no hay ningún caso esperándole. Gracias.",
    decidedTitle: "Casos que usted decidió",
    noneDecided: "Todavía no ha decidido ningún caso.",
    case: "Caso",
    round: "Ronda",
    dueBy: "Decidir antes del",
    overdue: "plazo vencido",
    decision: "Su decisión",
    decidedOn: "Decidido el",
    open: (reference: string) => `Abrir el caso ${reference}`,
    read: (reference: string) => `Leer el caso ${reference}`,
    back: "Volver a sus casos",
    askTitle: "Reciba el enlace a su página personal",
    askIntro:
      "Las personas revisoras, y los expertos y las entidades colaboradoras consultados en más de un caso, tienen una página personal con todos sus casos. Escriba la dirección de correo en la que la organización le escribe y le enviaremos el enlace allí.",
    email: "Su dirección de correo electrónico",
    submit: "Enviarme mi enlace",
    sentTitle: "Revise su correo",
    sentBody:
      "Si esta dirección tiene una página aquí, le estamos enviando el enlace. Puede tardar unos minutos. Si no llega nada, pregunte a la organización que le envía los casos.",
    errors: { email: "Escriba una dirección de correo como nombre@ejemplo.org." },
  },

  helperPage: {
    expert: {
      title: "Sus consultas como experto",
      intro:
        "Los casos sobre los que organizaciones de inocencia le pidieron su opinión. Esta página es personal: no comparta su enlace.",
      openTitle: "Esperan su opinión",
      noneOpen: "Ahora no hay ninguna consulta esperándole. Gracias.",
      doneTitle: "Opiniones que envió",
      noneDone: "Todavía no ha enviado ninguna opinión.",
    },
    referral_partner: {
      title: "Casos remitidos a usted",
      intro: "Los casos que organizaciones de inocencia le ofrecieron. Esta página es personal: no comparta su enlace.",
      openTitle: "Esperan su respuesta",
      noneOpen: "Ahora no hay ninguna remisión esperándole. Gracias.",
      doneTitle: "Remisiones que respondió",
      noneDone: "Todavía no ha respondido a ninguna remisión.",
    },
    answerBy: "Responder antes del",
    answeredOn: "Respondido el",
    accepted: "Lo aceptó",
    declined: "No lo aceptó",
  },

  respond: {
    title: "Responder a las preguntas de quien revisa el caso",
    intro:
      "La persona que revisa el caso necesita más información para decidir. Responda abajo y agregue los documentos que puedan ayudar.",
    questions: "Las preguntas",
    answer: "Su respuesta",
    attachments: "Agregar documentos",
    submit: "Enviar respuesta",
    thanksTitle: "Gracias. Su respuesta se envió.",
    thanksBody: "La persona que revisa el caso la va a leer. La organización le escribirá cuando haya una decisión.",
    errors: { answer: "Escriba una respuesta o agregue un documento." },
  },

  consult: {
    title: "Solicitud de opinión experta",
    readOnlyIntro: "Usted envió su opinión sobre este caso. Esta página es solo para leer.",
    yourOpinion: "Su opinión",
    intro:
      "Una organización de inocencia le pide su opinión sobre un caso. Se omitieron los nombres y los datos de contacto.",
    namesReplaced:
      "Los nombres de la solicitud se sustituyen por el papel de cada persona, entre corchetes, en la pregunta, los datos del caso y los nombres de archivo.",
    documents: "Documentos que la persona revisora compartió con usted",
    noDocuments: "La persona revisora no compartió documentos.",
    roles: {
      applicant: "[el solicitante]",
      submitter: "[la persona que presentó la solicitud]",
      family: "[un familiar]",
      supporter: "[una persona de apoyo]",
      trial_attorney: "[el abogado del juicio]",
      appeal_attorney: "[el abogado de la apelación]",
      current_attorney: "[el abogado actual]",
      co_defendant: "[un coacusado]",
      person: "[una persona nombrada en la solicitud]",
    },
    question: "La pregunta",
    conviction: "La condena",
    claim: "La alegación de inocencia",
    opinion: "Su opinión",
    submit: "Enviar opinión",
    thanksTitle: "Gracias. Su opinión se envió.",
    thanksBody: "Se remitirá a quien revisa el caso. Puede cerrar esta página.",
    errors: { opinion: "Escriba su opinión." },
  },

  referral: {
    title: "Remisión de un caso",
    readOnlyIntro: "Usted respondió a esta remisión. Esta página es solo para leer.",
    youAccepted: "Usted aceptó el caso",
    youDeclined: "Usted no aceptó el caso",
    intro: "Una organización de inocencia le remite este caso. Lea el expediente e indique si puede aceptarlo.",
    note: "Nota del revisor",
    response: "¿Puede aceptar este caso?",
    accept: "Sí, aceptaremos el caso",
    decline: "No, no podemos aceptarlo",
    submit: "Enviar respuesta",
    thanksTitle: "Gracias. Su respuesta quedó registrada.",
    thanksBody: "Ya se informó a la organización. Puede cerrar esta página.",
    errors: { response: "Elija sí o no." },
  },

  notFound: { title: "No encontramos la página", body: "No hay ninguna página en esta dirección." },
  unauthorized: {
    title: "Inicie sesión",
    body: "Esta página es para el personal de las organizaciones miembro. Inicie sesión con su cuenta de personal y vuelva a abrirla.",
  },
  forbidden: {
    title: "No puede abrir esta página",
    body: "Inició sesión, pero su cuenta no tiene acceso a esta página.",
  },
  tooManyRequests: {
    title: "Demasiadas solicitudes",
    body: "Llegaron demasiadas solicitudes desde su red en poco tiempo. No se perdió nada: espere un minuto y vuelva a intentarlo.",
  },
  serverError: {
    title: "Algo salió mal",
    body: "No se perdió nada de lo que envió. Por favor, intente de nuevo en unos minutos.",
  },
  tooLarge: {
    title: "Los archivos son demasiado grandes",
    body: (maxMb: number) =>
      `Todos los archivos juntos pueden ocupar hasta ${maxMb} MB. Vuelva atrás y elija archivos más pequeños o menos archivos.`,
  },

  errors: {
    required: "Llene este campo.",
    too_long: "Es demasiado largo. Por favor, acórtelo.",
    too_many: "Hay demasiadas entradas.",
    invalid_email: "Escriba un correo electrónico como name@example.org.",
    invalid_date: "Escriba la fecha como año-mes-día, por ejemplo 1980-02-29.",
    invalid_choice: "Elija una de las opciones.",
    invalid_value: "Esta respuesta no es válida.",
    human_check_failed:
      "La comprobación de que usted es una persona no se superó. Inténtelo de nuevo; no se perdió nada de lo que escribió.",
    invalid_jurisdiction: "Elija un lugar de la lista.",
    email_or_address: "Dé un correo electrónico o una dirección postal, para que la organización pueda responderle.",
    must_consent: "La organización solo puede revisar el caso con este permiso.",
    unknown_organization: "Elija una organización de la lista.",
    no_organization_serves:
      "Todavía ninguna organización de esta red acepta casos de ese lugar. Vea la lista de organizaciones en la página principal.",
    type_not_allowed: (name: string) =>
      `No se agregó “${name}”: solo se pueden enviar archivos PDF, JPEG, PNG, HEIC, TIFF, de texto y de Word (DOCX).`,
    file_too_large: (name: string, maxMb: number) =>
      `No se agregó “${name}”: cada archivo puede tener hasta ${maxMb} MB.`,
    too_many_files: (name: string, max: number) => `No se agregó “${name}”: se pueden enviar hasta ${max} archivos.`,
    application_too_large: (name: string, maxMb: number) =>
      `No se agregó “${name}”: todos los archivos juntos pueden ocupar hasta ${maxMb} MB.`,
  },

  declineReasons: {
    text: {
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
    label: {
      outside_jurisdiction: "Fuera de nuestra jurisdicción",
      no_innocence_claim: "No alega inocencia",
      appeals_pending: "Recursos todavía pendientes",
      no_new_evidence: "Sin pruebas nuevas",
      case_type_excluded: "Tipo de caso no aceptado",
      sentence_served: "Pena ya cumplida",
      capacity: "Sin capacidad por ahora",
      other: "Otro motivo",
    },
  },

  emails: {
    greeting: {
      person: (name: string) => `Estimado/a ${name}:`,
      lawyer: (name: string) => `Estimado/a ${name}:`,
      organization: (name: string) => `Estimado/a ${name}:`,
    },
    referenceLabel: {
      yours: "Su número de referencia",
      plain: "Número de referencia",
      case: "Referencia del caso",
    },
    footer: {
      applicantSide: "Recibe este mensaje por una solicitud de ayuda ante una condena injusta.",
      reviewer:
        "Recibe este mensaje porque usted revisa como voluntario/a solicitudes de ayuda ante una condena injusta.",
      expert:
        "Recibe este mensaje porque se le pidió una opinión experta sobre una solicitud de ayuda ante una condena injusta.",
      referralPartner: "Recibe este mensaje porque usted recibe derivaciones de casos de condenas injustas.",
      staff: "Mensaje automático del sistema de solicitudes, enviado a la dirección de solicitudes de la organización.",
      custodian: "Recibe esta carta porque trata de pruebas de un caso de posible condena injusta.",
    },
    letter: {
      prisonNumber: (number: string) => `N.º ${number}`,
      writeBack:
        "Para escribirnos, use la dirección que aparece arriba en esta carta. Ponga su número de referencia en cada página.",
    },
    openCase: "Abrir el caso",
    personalLinkNote:
      "Este enlace es personal y funciona sin cuenta. Por favor, no lo reenvíe: cualquiera que lo tenga puede ver el caso.",
    reviewSteps: "Qué hacer: abra el enlace de abajo, lea el caso y elija una decisión en la página.",
    decideBy: (date: string) => `Por favor, decida a más tardar el ${date}.`,
    acknowledgement: {
      subject: (reference: string) => `Solicitud recibida — ${reference}`,
      submitter: (organization: string) => `${organization} ha recibido su solicitud. Gracias por confiarnos su caso.`,
      contact: (organization: string, applicant: string) =>
        `${organization} ha recibido una solicitud para ${applicant}. Usted figura como persona a quien mantener informada, así que le escribiremos cuando avance.`,
      next: "Próximos pasos: una persona de nuestro equipo lee cada solicitud. Puede tardar varios meses y le escribiremos cuando haya cambios. No necesita enviarla otra vez.",
      button: "Ver en qué punto está",
      linkNote: "Este enlace es privado. No lo comparta: cualquiera que lo tenga puede ver el estado.",
    },
    reviewRequest: {
      subject: {
        new: (reference: string) => `Caso para revisar — ${reference}`,
        answer_received: (reference: string) => `La persona solicitante respondió — ${reference}`,
        opinion_received: (reference: string) => `Opinión experta recibida — ${reference}`,
        reassigned: (reference: string) => `Caso asignado a usted para revisar — ${reference}`,
        returned: (reference: string) => `Caso devuelto para revisión — ${reference}`,
      },
      intro: {
        new: (organization: string) => `${organization} le pide que revise un caso nuevo. Gracias por su ayuda.`,
        answer_received: (organization: string) =>
          `La parte solicitante ha respondido a sus preguntas. La respuesta ya está en la página del caso. ${organization} le pide que continúe su revisión.`,
        opinion_received: (organization: string) =>
          `La persona experta ha enviado su opinión. Ya está en la página del caso. ${organization} le pide que continúe su revisión.`,
        reassigned: (organization: string) =>
          `${organization} le ha asignado este caso porque la primera persona revisora no pudo terminarlo. Gracias por aceptarlo.`,
        returned: (organization: string) =>
          `${organization} ha devuelto este caso para que se revise otra vez. Léalo de nuevo, con lo que haya de nuevo en la página del caso, y decida.`,
      },
      flags: (count: number) =>
        count === 1
          ? "La evaluación inicial marcó 1 punto para su atención."
          : `La evaluación inicial marcó ${count} puntos para su atención.`,
    },
    ownPage: {
      line: {
        reviewer: "Todos los casos que tiene, con sus plazos, y los que ya decidió están en su propia página:",
        expert: "Todos los casos sobre los que se le pidió una opinión, con sus plazos, están en su propia página:",
        referral_partner:
          "Todos los casos que se le ofrecieron, con sus plazos, y sus respuestas están en su propia página:",
      },
      note: "Ese enlace también es personal. Si lo pierde, vuelva a pedirlo en",
    },
    ownPageLink: {
      subject: {
        reviewer: "Su página de revisión",
        expert: "Su página de consultas a expertos",
        referral_partner: "Su página de casos remitidos",
      },
      intro: {
        reviewer: (organization: string) =>
          `Usted pidió el enlace a su página de revisión en ${organization}. Allí están los casos que tiene, con sus plazos, y los casos que ya decidió.`,
        expert: (_organization: string) =>
          "Usted pidió el enlace a su página de consultas. Allí están los casos sobre los que se le pidió una opinión, con sus plazos, y las opiniones que envió.",
        referral_partner: (_organization: string) =>
          "Usted pidió el enlace a su página de casos remitidos. Allí están los casos que se le ofrecieron, con sus plazos, y sus respuestas.",
      },
      button: "Abrir mi página",
      ignore:
        "Si usted no lo pidió, puede ignorar este mensaje: el enlace se envió solo a usted. No lo reenvíe; cualquier persona que lo tenga puede ver sus casos.",
    },
    reviewReleased: {
      subject: (reference: string) => `Ya no necesita revisar este caso — ${reference}`,
      intro: {
        staff: (organization: string) =>
          `${organization} ha pasado este caso a otra persona revisora. No necesita hacer nada más con él.`,
        no_answer: (organization: string) =>
          `No habíamos tenido noticias suyas sobre este caso, así que ${organization} lo ha pasado a otra persona revisora, para que el solicitante no espere más. Sabemos que quienes colaboran como voluntarios tienen muchas ocupaciones; no necesita responder.`,
      },
      linkOff: "El enlace de revisión que le enviamos para este caso ya no funciona.",
      thanks: "Gracias por dedicar su tiempo a este trabajo.",
    },
    reviewReminder: {
      subject: (reference: string) => `Recordatorio: caso para revisar — ${reference}`,
      lastSubject: (reference: string) => `Último recordatorio: caso para revisar — ${reference}`,
      intro: "Un caso sigue esperando su decisión. Gracias por su tiempo.",
      last: "Este es el último recordatorio. Si no hay una decisión, el caso pasará a otra persona revisora.",
    },
    staffAlert: {
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
        mail_refused: {
          subject: "Correo no entregado",
          what: "El servicio de correo rechazó para siempre un correo sobre este caso, así que no se volvió a enviar.",
          todo: "Comuníquese con la persona por otra vía y revise su dirección de correo.",
        },
        mail_refused_letter: {
          subject: "Correo no entregado: carta para imprimir",
          what: "El servicio de correo rechazó para siempre un correo sobre este caso. El mismo mensaje espera como carta.",
          todo: "Imprímala y envíela por correo postal desde la página de cartas, y revise la dirección de correo de la persona.",
        },
        workflow_stuck: {
          subject: "El caso dejó de avanzar",
          what: "Los pasos automáticos de este caso fallaron varias veces, así que no avanza por sí solo.",
          todo: "Abra el caso y hágalo avanzar a mano. Si vuelve a pasar, avise a su contacto técnico.",
        },
        task_overdue: {
          subject: "Tarea vencida",
          what: "Una tarea de este caso pasó su fecha límite y no está marcada como hecha.",
          todo: "Hágala, o póngale una fecha nueva en la página del caso.",
        },
        preservation_due: {
          subject: "Carta de conservación de pruebas sin enviar",
          what: "La carta que pide conservar las pruebas biológicas de este caso ya debía enviarse y no está marcada como enviada.",
          todo: "Imprímala y envíela por correo desde la página de cartas, o marque la tarea como hecha si la envió de otra forma. Se lo recordaremos cada semana hasta entonces.",
        },
      },
      detailLabel: "Nota",
      lookup: "Busque el caso por su referencia para ver los detalles.",
    },
    infoRequest: {
      subject: (reference: string) => `Preguntas sobre la solicitud — ${reference}`,
      intro: (organization: string) =>
        `${organization} está leyendo la solicitud. Tenemos algunas preguntas. Sus respuestas nos ayudan a entender el caso.`,
      questionsLabel: "Nuestras preguntas",
      how: "Puede responder en la página de abajo. Allí también puede añadir documentos, como papeles del juzgado o cartas. Si no sabe una respuesta, puede decirlo sin problema.",
      howByPost:
        "Escriba sus respuestas en papel y envíenoslas por correo. Ponga su número de referencia en cada página. Puede enviar copias de papeles que ayuden, como documentos del tribunal o cartas; guarde los originales. Si no sabe una respuesta, puede decirlo.",
      due: (date: string) => `Por favor, responda a más tardar el ${date}.`,
      button: "Responder a las preguntas",
      linkNote:
        "Este enlace es privado. No lo comparta: cualquiera que lo tenga puede ver las preguntas y responderlas.",
    },
    draftSaved: {
      subject: "Su solicitud guardada",
      greeting: "Hola:",
      intro: "Usted guardó su solicitud de ayuda por una condena injusta para terminarla más tarde.",
      how: "Para seguir donde la dejó, abra el enlace de abajo. También puede escribir el código que anotó en la página «Continuar una solicitud guardada».",
      keptUntil: (date: string) =>
        `Guardamos lo que escribió hasta el ${date}. Después se borra, junto con los documentos que agregó. Cada vez que guarda, se guarda por más tiempo.`,
      button: "Continuar mi solicitud",
      linkNote: "Este enlace es privado. No lo comparta: cualquiera que lo tenga puede ver y cambiar su solicitud.",
    },
    expertRequest: {
      subject: (reference: string) => `Solicitud de opinión experta — ${reference}`,
      greeting: "Buenos días:",
      intro: (organization: string) =>
        `${organization} ayuda a personas que pueden haber sido condenadas injustamente. La persona que revisa un caso le pide su opinión experta. Gracias por considerarlo.`,
      questionLabel: "La pregunta",
      how: "La página de abajo muestra el caso sin los datos personales. Por favor, léalo y envíe su opinión en esa misma página.",
      due: (date: string) => `Por favor, envíe su opinión a más tardar el ${date}.`,
    },
    caseAccepted: {
      subject: (reference: string) => `Caso aceptado para seguir trabajando — ${reference}`,
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
      },
    },
    referralRequest: {
      subject: (reference: string) => `Derivación de caso: ¿puede asumirlo? — ${reference}`,
      ask: {
        lawyer: (organization: string) =>
          `${organization} ha revisado una posible condena injusta y ha aceptado el caso para seguir trabajando en él. Queremos preguntarle si puede asumir el caso como abogado/a pro bono.`,
        organization: (organization: string) =>
          `${organization} ha revisado una posible condena injusta y ha aceptado el caso para seguir trabajando en él. Queremos preguntarle si su organización, como miembro de la red, puede asumir el caso.`,
      },
      steps:
        "Qué hacer: abra el enlace de abajo y lea el expediente del caso. Después, acepte o rechace el caso en la página.",
      due: (date: string) =>
        `Por favor, responda a más tardar el ${date}. Si lo rechaza, se lo pediremos a otra persona, así que una respuesta rápida nos ayuda.`,
      button: "Abrir el expediente",
    },
    caseReferred: {
      subject: (reference: string) => `Caso derivado para seguir trabajando — ${reference}`,
      body: {
        submitter: (organization: string, referredTo: string) => [
          `Tenemos noticias sobre su caso. ${organization} lo ha pasado a ${referredTo}, que aceptó trabajar en él.`,
          `A partir de ahora, ${referredTo} se pondrá en contacto directamente con usted. Esto puede tardar un tiempo.`,
          "Por favor, guarde su número de referencia. No necesita volver a presentar la solicitud.",
        ],
        contact: (organization: string, referredTo: string, applicant: string) => [
          `${organization} ha pasado el caso de ${applicant} a ${referredTo}, que aceptó trabajar en él.`,
          `A partir de ahora, ${referredTo} se ocupará del caso.`,
        ],
        attorney: (organization: string, referredTo: string, applicant: string) => [
          `${organization} ha derivado el caso de ${applicant} a ${referredTo}, que ha aceptado asumirlo.`,
          `${referredTo} se pondrá en contacto con usted para coordinarse, también sobre el traspaso del expediente. Gracias por su colaboración.`,
        ],
      },
    },
    caseDeclined: {
      subject: (reference: string) => `Decisión sobre la solicitud — ${reference}`,
      body: {
        submitter: (organization: string) => [
          `Lo sentimos. Después de una revisión cuidadosa, ${organization} no puede asumir su caso.`,
          "Esta decisión no significa que pensemos que usted es culpable. Solo significa que no podemos ayudar con este caso.",
        ],
        contact: (organization: string, applicant: string) => [
          `Lo sentimos. Después de una revisión cuidadosa, ${organization} no puede asumir el caso de ${applicant}.`,
          `Esta decisión no significa que pensemos que ${applicant} es culpable.`,
        ],
        attorney: (organization: string, applicant: string) => [
          `Tras la revisión, ${organization} ha decidido que no puede asumir el caso de ${applicant}.`,
          "Esta decisión responde a nuestros criterios y a nuestra capacidad. No es una conclusión de que su cliente sea culpable.",
        ],
      },
      reasonsLabel: "Por qué no podemos asumir el caso:",
      directoryLabel: "Estas organizaciones quizás puedan ayudar:",
      takesCasesFrom: "Acepta casos de",
      elsewhere: {
        submitter:
          "Puede pedir ayuda en otro lugar. Por favor, guarde sus papeles. Gracias por confiarnos su solicitud.",
        contact: "Puede haber ayuda en otro lugar. Gracias por su apoyo.",
        attorney: "Su cliente puede buscar ayuda en otro lugar. Gracias por presentarnos el caso.",
      },
    },
    preservationRequest: {
      subject: (reference: string) => `Solicitud de conservación de pruebas biológicas — ${reference}`,
      custodians: {
        court_clerk: "Secretaría del Juzgado",
        police_evidence_room: "Depósito de Pruebas de la Policía",
        laboratory: "Laboratorio",
        other: "Custodio de las Pruebas",
      },
      greeting: "Estimados señores:",
      intro: (organization: string, applicant: string) =>
        `${organization} está revisando la condena de ${applicant}, que afirma ser inocente. Las pruebas biológicas de este caso, como sangre, cabello, restos de piel u otro material que pueda contener ADN, pueden mostrar quién cometió el delito.`,
      ask: "Les pedimos que conserven todas las pruebas biológicas y todas las demás pruebas físicas de este caso que tengan. Por favor, no las destruyan, no las agoten en análisis ni las entreguen, y avísennos antes de que les ocurra algo.",
      answer: (email: string) =>
        `Por favor, escríbannos para decirnos qué pruebas tienen y que se conservarán. Indiquen nuestra referencia. También pueden escribir a ${email}.`,
      caseTitle: "El caso",
      facts: {
        person: "Persona condenada",
        otherNames: "Otros nombres",
        dateOfBirth: "Fecha de nacimiento",
        place: "Lugar de la condena",
        court: "Tribunal",
        caseNumber: "Número de causa",
        offenses: "Condenada por",
        convictionDate: "Fecha de la condena",
      },
      signOff: (organization: string) => `Atentamente,\n${organization}`,
    },
    staffMessage: {
      subject: (reference: string) => `Un mensaje sobre la solicitud — ${reference}`,
      signOff: (organization: string) => `Un saludo cordial,\n${organization}`,
      reply: "Para contestar, responda a este correo o escríbanos. Indique el número de referencia.",
    },
    appliedForYou: {
      subject: (reference: string) => `Una solicitud de ayuda con su caso — ${reference}`,
      who: (name: string, relation: string) => `${name} (${relation})`,
      roles: { family: "un familiar", supporter: "un amigo o persona que lo apoya", defense_attorney: "su abogado" },
      intro: (who: string, organization: string) =>
        `${who} le pidió a ${organization} que revise su condena. ${organization} ayuda a personas que pueden haber sido condenadas injustamente. Es gratis.`,
      yourSay:
        "Usted puede escribirnos sobre esto: para contarnos más de su caso, para hacer una pregunta o para decirnos que no quiere que revisemos su caso.",
      confirm:
        "Antes de empezar a revisar su caso, necesitamos su acuerdo por escrito. Escríbanos que quiere que revisemos su caso, firme la carta y ponga en ella su número de referencia.",
      next: (submitter: string) =>
        `Mantendremos informado/a a ${submitter}. Usted puede escribirnos en cualquier momento.`,
    },
    caseRouted: {
      subject: (reference: string) => `Solicitud enviada a otra organización — ${reference}`,
      body: {
        submitter: (from: string, to: string) => [
          `${from} recibió su solicitud. La condena ocurrió en un lugar que atiende ${to}.`,
          `Por eso, ${from} ha enviado su solicitud a ${to}. Allí la leerán y le escribirán.`,
          "No necesita volver a presentar la solicitud. Su número de referencia sigue siendo el mismo.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `La solicitud para ${applicant} se ha enviado de ${from} a ${to}, que atiende el lugar de la condena.`,
          "No hace falta volver a presentarla. El número de referencia sigue siendo el mismo.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `La solicitud relativa a ${applicant} se ha trasladado de ${from} a ${to}, que atiende la jurisdicción de la condena.`,
          `No es necesaria una nueva solicitud y la referencia no cambia. ${to} continuará la revisión y se pondrá en contacto con usted cuando sea necesario.`,
        ],
      },
      movedBody: {
        submitter: (from: string, to: string) => [
          `${from} ha pasado su solicitud a ${to}, que está en mejor posición para estudiar su caso.`,
          `Allí la leerán y le escribirán.`,
          "No necesita volver a presentar la solicitud. Su número de referencia sigue siendo el mismo.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `${from} ha pasado la solicitud para ${applicant} a ${to}, que está en mejor posición para estudiar el caso.`,
          "No hace falta volver a presentarla. El número de referencia sigue siendo el mismo.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `${from} ha trasladado la solicitud relativa a ${applicant} a ${to}, que está en mejor posición para revisar el caso.`,
          `No es necesaria una nueva solicitud y la referencia no cambia. ${to} continuará la revisión y se pondrá en contacto con usted cuando sea necesario.`,
        ],
      },
    },
  },
  staff: {
    nav: {
      label: "Personal",
      queue: "Cola de casos",
      newCase: "Registrar una solicitud por correo",
      letters: "Cartas para imprimir",
      questionnaire: "Cuestionario",
      reports: "Informes",
      exports: "Exportaciones",
      partners: "Socios de derivación",
      apiDocs: "Referencia de la API",
    },
    statuses: {
      submitted: "enviado",
      screening: "en evaluación preliminar",
      awaiting_confirmation: "esperando confirmación",
      in_review: "en revisión",
      awaiting_info: "esperando información",
      awaiting_expert: "esperando al experto",
      accepted: "aceptado",
      referred: "derivado",
      routed: "reenviado",
      declined: "rechazado",
      closed: "cerrado",
      withdrawn: "retirado",
    },
    notYet: "todavía no",
    formRefused: {
      title: "Se rechazó este formulario",
      body: "No vino de las páginas de este sitio, así que no se cambió nada. Vuelva atrás, recargue la página y envíe el formulario otra vez.",
    },
    queue: {
      title: "Cola de casos",
      errorTitle: "No se pudieron usar estos filtros",
      filters: "Buscar casos",
      status: "Estado",
      anyStatus: "Cualquier estado",
      organization: "Organización",
      anyOrganization: "Cualquier organización",
      reviewer: "Persona revisora consultada",
      anyReviewer: "Cualquier persona revisora",
      reviewerOption: (name: string, organization: string) => `${name} (${organization})`,
      inactiveReviewerOption: (name: string, organization: string) => `${name} (${organization}, inactiva)`,
      submittedFrom: "Enviado desde",
      submittedTo: "Enviado hasta",
      overdueOnly: "Solo vencidos (alguien a quien se pidió actuar pasó la fecha límite)",
      stuckOnly: "Solo detenidos (no avanzan solos: hay que moverlos a mano)",
      show: "Mostrar casos",
      clear: "Quitar búsqueda y filtros",
      search: "Buscar",
      searchHint: (max: number) =>
        `Una referencia, un correo electrónico, un número de preso o de causa, o un nombre: palabras enteras, en cualquier orden (como máximo ${max}). Los filtros de abajo acotan el resultado.`,
      captionFound: (query: string, shown: number, continued: boolean) =>
        `Casos encontrados para «${query}», los más nuevos primero${continued ? " (continuación)" : ""}: ${shown} mostrados`,
      emptySearch: "Ningún caso coincide con esta búsqueda y estos filtros.",
      preservationOnly: "Carta de preservación de pruebas aún no enviada",
      preservationDue: "Carta de preservación de pruebas para el",
      exportCsv: "Exportar estos casos como CSV",
      caption: (shown: number) => `Casos, los más recientes primero: se muestran ${shown}`,
      captionContinued: (shown: number) => `Casos, los más recientes primero (continuación): se muestran ${shown}`,
      empty: "Ningún caso coincide con estos filtros.",
      columns: {
        reference: "Referencia",
        organization: "Organización",
        applicant: "Solicitante",
        status: "Estado",
        submitted: "Enviado",
        stageDue: "Vence la etapa",
        possibleDuplicates: "Posibles duplicados",
        nextTask: "Próxima tarea",
      },
      nothingOpen: "nada pendiente",
      overdue: "vencido",
      stuck: "detenido",
      firstPage: "Primera página",
      nextPage: "Página siguiente",
      errors: {
        status: (unknown: string) => `Estado desconocido: ${unknown}.`,
        overdue: "«Vencidos» se marca (true) o se deja sin marcar.",
        stuck: "«Detenidos» se marca (true) o se deja sin marcar.",
        submittedFrom: "Escriba el primer día como fecha, por ejemplo 2026-11-01.",
        submittedTo: "Escriba el último día como fecha, por ejemplo 2026-11-30.",
        limit: "El número de casos por página (limit) debe ser un número entero del 1 al 200.",
        cursor: "Este enlace de página no es válido. Empiece de nuevo desde la primera página.",
        myTasks: "«Mis tareas» va marcado (true) o se deja fuera.",
        dueThisWeek: "«Tareas de esta semana» va marcado (true) o se deja fuera.",
        preservation: "«Carta de preservación no enviada» se marca (true) o se deja sin marcar.",
      },
      myTasks: "Mis tareas (casos con una tarea mía abierta)",
      dueThisWeek: "Tareas de esta semana (en los próximos siete días, o atrasadas)",
      noTask: "ninguna",
      erased: "(borrada)",
    },
    case: {
      title: (reference: string) => `Caso ${reference}`,
      errorTitle: "No se pudo hacer",
      done: {
        reassigned:
          "La revisión se reasignó. La nueva persona revisora recibió por correo electrónico el enlace de revisión.",
        withdrawn: "La solicitud se retiró. Se anularon las peticiones abiertas y sus enlaces.",
        closed: "El caso se cerró. Se anularon las peticiones abiertas y sus enlaces.",
        offered:
          "Se está ofreciendo el caso. El socio o la organización recibe el expediente por correo en menos de un minuto.",
        returned:
          "El caso volvió a revisión. Se anularon las peticiones abiertas; las personas revisoras reciben un correo en menos de un minuto.",
        reopened:
          "El caso se reabrió y está otra vez en revisión. Las personas revisoras reciben un correo en menos de un minuto.",
        moved:
          "El caso se trasladó. Las personas revisoras de la otra organización y la parte solicitante reciben un correo en menos de un minuto.",
        emailed: "El mensaje se envió por correo electrónico.",
        letter: "El mensaje espera en «Cartas para imprimir»: imprímalo y envíelo por correo postal.",
        logged: "Quedó registrado, con sus escaneos.",
        noted: "Se añadió la nota.",
        task: "Se añadió la tarea.",
        taskChanged: "Se cambió la tarea.",
        confirmed: "Se registró la confirmación. Los revisores reciben un correo en menos de un minuto.",
        answered: "Se registró la respuesta, con sus escaneos. Los revisores reciben un correo en menos de un minuto.",
        entered:
          "Se guardó la solicitud recibida por correo postal con sus escaneos, y su revisión empezó. La respuesta a alguien sin correo electrónico espera en Cartas para imprimir.",
      },
      summary: {
        title: "Resumen",
        reference: "Referencia",
        status: "Estado",
        organization: "Organización",
        source: "Origen",
        language: "Idioma",
        sentBy: "Enviado por",
        submitted: "Enviado",
        updated: "Último cambio",
      },
      sources: { web_form: "formulario web", api: "API", paper_mail: "correo postal" },
      actions: {
        title: "Acciones",
        nothingMore: (status: string) => `Este caso está ${status}: aquí ya no se puede hacer nada más con él.`,
        reassignTitle: "Reasignar una revisión",
        review: "Revisión",
        reviewOption: (round: number, reviewer: string, due: string) => `Ronda ${round}: ${reviewer}, vence el ${due}`,
        newReviewer: "Nueva persona revisora",
        leastLoaded: "La persona revisora con menos carga que no haya visto el caso",
        reassign: "Reasignar la revisión",
        withdrawTitle: "Retirar la solicitud",
        withdrawBody:
          "A petición de la persona solicitante. Esto detiene la revisión y anula todos los enlaces de peticiones abiertas.",
        withdrawConfirm: "La persona solicitante pidió retirar la solicitud",
        withdraw: "Retirar la solicitud",
        closeTitle: "Cerrar el caso",
        closeBody:
          "Esto detiene la revisión y anula todos los enlaces de peticiones abiertas. Un caso cerrado se puede reabrir mientras se conserve.",
        reason: "Motivo",
        chooseReason: "Elija un motivo",
        close: "Cerrar el caso",
        closeReasons: {
          duplicate: "Duplicado de otro caso",
          no_reviewer: "No hay ninguna persona revisora disponible",
          referrals_exhausted: "Se rechazaron todas las derivaciones",
          no_response: "La persona solicitante no respondió",
          resolved_elsewhere: "Resuelto en otro lugar",
          other: "Otro",
        },
        chooseOne: "Elija una opción",
      },
      errors: {
        chooseReview: "Elija la revisión.",
        confirmWithdraw: "Marque la casilla para confirmar que la persona solicitante pidió retirar la solicitud.",
        chooseCloseReason: "Elija por qué se cierra el caso.",
        reviewNotFound: "Este caso no tiene esa revisión.",
        reviewNotOpen: (status: string) =>
          `Esta revisión está en estado «${status}»; solo se puede reasignar una revisión abierta.`,
        chooseAnotherReviewer: "Elija otra persona revisora activa de la organización del caso.",
        noReviewerLeft: "No queda ninguna otra persona revisora activa que pueda hacer esta revisión.",
        alreadyEnded: (status: string, wanted: string) =>
          `Este caso ya está ${status}; no puede quedar ${wanted}. No se cambió nada.`,
        caseGone: "Este caso ya no existe.",
      },
      applicant: {
        title: "Solicitante",
        name: "Nombre",
        submittedBy: "Enviado por",
        submitter: (name: string, role: string) => `${name} (${role})`,
        relationship: "Relación",
      },
      contacts: {
        title: "Contactos",
        caption: "Personas del caso y cómo comunicarse con ellas",
        name: "Nombre",
        role: "Función",
        email: "Correo electrónico",
        postalAddress: "Dirección postal",
        language: "Idioma",
        getsUpdates: "Recibe novedades",
        submitter: (role: string) => `${role} (envió la solicitud)`,
        roles: {
          applicant: "solicitante",
          family: "familiar",
          supporter: "persona que apoya",
          defense_attorney: "abogado defensor",
          trial_attorney: "abogado del juicio",
          appeal_attorney: "abogado de la apelación",
          referral_partner: "entidad colaboradora",
          evidence_custodian: "custodio de pruebas",
          expert: "experto",
          staff: "personal",
        },
      },
      documents: {
        title: "Documentos",
        none: "No se enviaron documentos.",
        about: (type: string, kilobytes: number, from: string, day: string) =>
          `(${type}, ${kilobytes} KB, de: ${from}, ${day})`,
      },
      screening: {
        title: "Evaluación preliminar",
        none: "Todavía no se ha evaluado.",
        label: (organization: string) => `Evaluación en ${organization}`,
        at: (organization: string, version: string) => `En ${organization}, versión de los criterios ${version}: `,
        noVersion: "ninguna",
        outcomes: { pass: "cumple", flagged: "con alertas", route: "reenviar", decline: "rechazar" },
        results: { pass: "cumple", fail: "no cumple", unknown: "sin determinar" },
        onFail: (what: string) => ` (si no cumple: ${what})`,
        onFailActions: { decline: "rechazar", route: "reenviar", flag: "alertar" },
      },
      assignments: {
        title: "Asignaciones",
        caption: "A quién se pidió actuar, de la más antigua a la más reciente",
        empty: "Todavía no se ha pedido a nadie que actúe.",
        nobody: "nadie",
        asked: "Persona o entidad",
        kind: "Tipo",
        round: "Ronda",
        status: "Estado",
        due: "Vence",
        reminders: "Recordatorios",
        created: "Creada",
        completed: "Terminada",
        kinds: { review: "revisión", respond: "respuesta", consult: "consulta", referral: "derivación" },
        statuses: {
          open: "abierta",
          done: "hecha",
          lapsed: "vencida",
          reassigned: "reasignada",
          revoked: "anulada",
        },
      },
      decisions: {
        title: "Decisiones",
        caption: "Decisiones de las personas revisoras, de la más antigua a la más reciente",
        reviewer: "Persona revisora",
        round: "Ronda",
        outcome: "Resultado",
        reasons: "Motivos",
        questions: "Preguntas",
        note: "Nota",
        decided: "Decidido",
        outcomes: {
          accept: "aceptar",
          decline: "rechazar",
          request_info: "pedir información",
          consult_expert: "consultar a un experto",
          refer: "remitir",
        },
      },
      responses: {
        title: "Respuestas, opiniones y contestaciones a derivaciones",
        kinds: {
          answer: "Respuesta de la persona solicitante",
          opinion: "Opinión del experto",
          referral: "Contestación a la derivación",
        },
        heading: (kind: string, round: number) => `${kind}, ronda ${round}`,
        accepted: "Aceptó la derivación.",
        declined: "Rechazó la derivación.",
        received: "Recibida",
      },
      duplicates: {
        title: "Posibles duplicados",
        caption: "Otros casos que pueden ser de la misma persona",
        empty: "Ningún otro caso nombra a la misma persona.",
        organization: "Organización",
        submitted: "Enviado",
        matchedOn: "Coincide en",
        case: "Caso",
        elsewhere: "en otra organización",
        matches: {
          name_birth_date: "nombre y fecha de nacimiento",
          name_prison_number: "nombre y número de recluso",
        },
      },
      timeline: {
        title: "Historial",
        caption: "Todo lo que pasó en el caso, de lo más antiguo a lo más reciente",
        time: "Hora",
        event: "Hecho",
        by: "Por",
        details: "Detalles",
        events: {
          submitted: "enviado",
          received: "recibido",
          screened: "evaluado",
          routed: "reenviado",
          in_review: "en revisión",
          awaiting_info: "esperando información",
          awaiting_expert: "esperando al experto",
          accepted: "aceptado",
          referred: "derivado",
          declined: "rechazado",
          withdrawn: "retirado",
          closed: "cerrado",
          assigned: "asignado",
          reminded: "recordatorio enviado",
          escalated: "avisado al equipo",
          reassigned: "reasignado",
          decided: "decidido",
          answered: "respondido",
          opinion_given: "opinión enviada",
          request_lapsed: "petición vencida",
          referral_offered: "derivación ofrecida",
          referral_accepted: "derivación aceptada",
          referral_refused: "derivación rehusada",
          referral_declined: "derivación rechazada",
          referral_lapsed: "derivación vencida",
          workflow_errored: "error en el flujo",
          workflow_restarted: "flujo reiniciado",
          notified: "notificado",
          message_failed: "mensaje fallido",
          viewed_by_staff: "visto por el personal",
        },
        who: "Quién",
      },
      messages: {
        title: "Mensajes",
        caption: "A quién se le dijo qué, de lo más antiguo a lo más reciente",
        empty: "Todavía no hay mensajes.",
        template: "Plantilla",
        channel: "Canal",
        recipient: "Destinatario",
        status: "Estado",
        created: "Creado",
        sent: "Enviado",
        recipientKind: (kind: string, name: string) => `${kind}: ${name}`,
        recipientKinds: { contact: "contacto", reviewer: "persona revisora", organization: "organización" },
        templates: {
          acknowledgement: "acuse de recibo",
          "review-request": "petición de revisión",
          "review-reminder": "recordatorio de revisión",
          "staff-alert": "aviso al personal",
          "info-request": "petición de información",
          "expert-request": "petición al experto",
          "case-accepted": "caso aceptado",
          "referral-request": "petición de derivación",
          "case-referred": "caso derivado",
          "case-declined": "caso rechazado",
          "case-routed": "caso reenviado",
          "applied-for-you": "solicitud hecha por otra persona",
        },
        channels: { email: "correo electrónico", post: "correo postal" },
        statuses: { pending: "pendiente", sent: "enviado", failed: "fallido" },
      },
    },
    letters: {
      title: "Cartas para imprimir",
      intro:
        "Estas personas solo dieron una dirección postal. Imprima cada carta y envíela por correo; queda registrada como enviada. Al imprimir se crean los enlaces privados de la carta, así que imprima cada carta una sola vez.",
      custodyNote:
        "Las cartas a alguien en prisión no llevan enlaces: dan la referencia y su dirección para responder. El plazo para responder a una carta con preguntas empieza cuando se imprime.",
      noAddressTitle: "Falta la dirección para responder",
      noAddress: (organizations: string) =>
        `${organizations} no tiene dirección postal, así que sus cartas no pueden decir adónde escribir. Póngala primero: PATCH /api/v1/organizations/<slug> con {"postalAddress": "…"}.`,
      none: "No hay cartas esperando.",
      caption: "Cartas en espera, de la más antigua a la más reciente",
      columns: {
        print: "Imprimir",
        case: "Caso",
        letter: "Carta",
        to: "Para",
        organization: "Organización",
        since: "Desde",
      },
      printLabel: (letter: string, reference: string) => `Imprimir la carta «${letter}» de ${reference}`,
      paper: "Papel",
      paperOwn: "El de cada organización: carta (US Letter) en Norteamérica, A4 en el resto",
      paperA4: "A4",
      paperLetter: "Carta (US Letter)",
      print: "Imprimir las cartas elegidas",
      printedTitle: "Cartas",
      noneLeft: "Ninguna de las cartas elegidas sigue esperando: ya se imprimieron.",
      printed: (count: number) =>
        count === 1
          ? "1 carta, ya marcada como enviada. Use la opción Imprimir de su navegador."
          : `${count} cartas, ya marcadas como enviadas. Use la opción Imprimir de su navegador; cada carta empieza en una página nueva.`,
      back: "Volver a las cartas",
      letterLabel: (name: string, reference: string) => `Carta a ${name}, ${reference}`,
    },
    apiDocs: {
      title: "Referencia de la API",
      baseUrl: "URL base:",
      document: "El documento legible por máquina (OpenAPI 3.1) está en",
      auth: "Las operaciones del personal necesitan un token de Cloudflare Access (Cf-Access-Jwt-Assertion, puesto por Access) o Authorization: Bearer con el token de la API del personal.",
      sections: "Secciones",
      staffOnly: "Solo para el personal.",
      parameters: "Parámetros",
      name: "Nombre",
      in: "En",
      required: "Obligatorio",
      about: "Descripción",
      body: (types: string) => `Cuerpo: ${types}.`,
      fields: "Campos:",
      requiredField: "(obligatorio)",
      or: " o ",
    },
    devSignIn: {
      link: "Iniciar sesión para el desarrollo local",
      title: "Acceso del personal (desarrollo)",
      heading: "Acceso del personal para el desarrollo local",
      intro:
        "En producción, el personal inicia sesión con Cloudflare Access. Aquí, en cambio, el token de la API del personal abre las páginas del personal.",
      pagesLink: "Abrir las páginas del personal",
      token: "Token de la API del personal",
      tokenHint: "El valor de STAFF_API_TOKEN en .dev.vars.",
      wrongToken: "Ese no es el token de la API del personal de este servidor.",
      submit: "Iniciar sesión",
    },
    mailbox: {
      title: "Buzón de desarrollo",
      intro:
        "Todos los mensajes que envió la aplicación, los más recientes primero. Abra uno para verlo como lo vería quien lo recibe y siga sus enlaces.",
      json: "En JSON:",
      empty: "Todavía no hay mensajes.",
      apply: "Enviar una solicitud",
      sent: "Enviado",
      to: "Para",
      subject: "Asunto",
    },
    erased: "(borrado)",
    desk: {
      kinds: { letter: "Carta", call: "Llamada", email: "Correo electrónico", visit: "Visita" },
      channels: { email: "Correo electrónico", post: "Carta" },
      incoming: (kind: string) => `Recibido: ${kind}`,
      outgoing: (kind: string) => `Enviado: ${kind}`,
      noScans: "sin escaneos",
      messageStatuses: {
        sent: "enviado",
        printed: "impreso",
        waitingToPrint: "esperando a ser impreso",
        pending: "pendiente",
        failed: "falló",
      },
      title: "Correspondencia",
      caption:
        "Cartas, llamadas, correos y visitas recibidos, y mensajes que escribió el personal, de más antiguo a más reciente",
      empty: "Todavía no hay correspondencia.",
      columns: { day: "Día", person: "Persona", says: "Qué dice", scans: "Escaneos o estado" },
      writeTitle: "Escribir a alguien",
      snippetTitle: "Empezar con un texto guardado",
      snippet: "Texto guardado",
      useSnippet: "Usar este texto",
      messageTitle: "Mensaje",
      send: "Enviar",
      messageIntro:
        "La persona lo lee en el marco de su idioma: un saludo, su texto, la despedida de la organización y la referencia. Se envía por correo electrónico si tiene dirección; si no, espera en Cartas para imprimir.",
      to: "Para",
      contactOption: (name: string, role: string, language: string) => `${name} (${role}, ${language})`,
      postOnlyOption: (name: string, role: string, language: string) =>
        `${name} (${role}, solo por correo postal, ${language})`,
      sendBy: "Enviar por",
      sendByDefault: "Correo electrónico si tiene dirección; si no, una carta",
      heading: "Título (opcional; aparece en el mensaje, nunca en el asunto)",
      body: "Su texto",
      logTitle: "Registrar correo postal, una llamada, un correo electrónico o una visita",
      log: "Registrarlo",
      kind: "Qué llegó",
      date: "Día en que llegó o tuvo lugar",
      from: "De",
      fromNobody: "Alguien que no está en el caso",
      personOption: (name: string, role: string) => `${name} (${role})`,
      inAnswerTo: "En respuesta a",
      noTask: "Ninguna tarea",
      summary: "Qué dice o pide",
      scans: "Escaneos (opcional; PDF, JPEG, PNG, HEIC, TIFF)",
      answerTitle: "Escribir la respuesta que llegó por correo postal",
      recordAnswer: "Registrar la respuesta",
      answerDue: (round: number, due: string) =>
        `Las personas revisoras preguntaron en la ronda ${round}; la respuesta vence el ${due}. Registrarla aquí es lo mismo que una respuesta enviada en línea: se pide a las personas revisoras que decidan otra vez.`,
      questions: "Las preguntas",
      answer: "La respuesta, tal como la da la carta",
      answerScans: "Escaneos de la carta y de lo que vino con ella (PDF, JPEG, PNG, HEIC, TIFF)",
    },
    tasks: {
      title: "Tareas",
      caption: "Primero las tareas abiertas, por día de vencimiento",
      empty: "Todavía no hay tareas.",
      columns: { task: "Tarea", due: "Vence", assignee: "Responsable", done: "Hecha", change: "Cambiar" },
      overdue: "vencida",
      whoeverMadeIt: "quien la creó",
      notDone: "No",
      openAgain: "Abrir otra vez",
      markDone: "Marcar como hecha",
      changeLabel: (change: string, task: string) => `${change}: ${task}`,
      aTask: "tarea",
      addTitle: "Añadir una tarea",
      add: "Añadir tarea",
      what: "Qué hay que hacer",
      due: "Vence",
      who: "Quién la hace",
      me: "Yo",
    },
    notes: {
      title: "Notas",
      intro: "Solo para el equipo: nadie fuera de las páginas del personal las ve.",
      caption: "Notas internas, de más antigua a más reciente",
      empty: "Todavía no hay notas.",
      columns: { written: "Escrita", by: "Por", note: "Nota" },
      addTitle: "Añadir una nota",
      add: "Añadir nota",
      note: "Nota",
    },
    preservation: {
      title: "Conservación de pruebas",
      intro:
        "En este caso hay o puede haber pruebas biológicas. Pida por escrito a quien las guarda que no las destruya. Hasta que la carta se marque como enviada, se avisa cada semana a la dirección de admisión a partir del día de vencimiento.",
      letterDue: "La carta vence",
      overdue: "vencida",
      sent: "Enviada",
      notYet: "Todavía no",
      custodian: "Quién guarda las pruebas",
      noPostalAddress: "(sin dirección postal)",
      nobodyNamed: "La solicitud no nombra a nadie. Averigüe quién guarda las pruebas y escríbale.",
      letter: "Carta",
      noLetter: "No se preparó ninguna: no hay dirección postal a la que enviarla.",
      printed: "Impresa",
      waiting: "Espera a ser impresa. Al imprimirla, queda marcada como enviada:",
      waitingIn: (language: string) =>
        `Espera a ser impresa, en ${language}. Al imprimirla, queda marcada como enviada:`,
      answersCaption: "Las respuestas de quien guarda las pruebas, registradas como correspondencia de esta tarea",
      answersEmpty: (form: string) =>
        `Todavía no se registró ninguna respuesta. Regístrela en «${form}» y elija esta tarea.`,
      columns: { day: "Día", how: "Cómo", says: "Qué dice" },
    },
    person: {
      title: "Datos personales",
      noOtherCase:
        "No se encontró ningún otro caso de esta persona (por nombre con fecha de nacimiento o número de recluso).",
      otherCases: (count: number) =>
        `Esta persona tiene ${count} ${count === 1 ? "caso más" : "casos más"} aquí (encontrados por nombre con fecha de nacimiento o número de recluso).`,
      elsewhere: (count: number) =>
        `${count === 1 ? "Otro está" : `Otros ${count} están`} en otras organizaciones, para su personal.`,
      downloadCase: "Descargar este caso (ZIP)",
      downloadPerson: (count: number) =>
        `Descargar todo sobre esta persona: ${count} ${count === 1 ? "caso" : "casos"} (ZIP)`,
      zipsMadeForYou:
        "El ZIP se prepara en segundo plano. La página siguiente muestra cuánto falta, y allí se puede descargar durante un día.",
      eraseCase: "Borrar este caso",
      eraseCaseBody: "Borra este caso, sus personas, archivos, mensajes e historial. No se puede deshacer.",
      erasePerson: (count: number) => `Borrar todos los casos de esta persona (${count})`,
      erasePersonBody: "Borra cada caso de la persona como arriba. No se puede deshacer.",
      typeReference: (reference: string) => `Escriba la referencia ${reference} para confirmar`,
      notErased: "No se borró",
      notConfirmed: (reference: string) =>
        `No se borró nada: la referencia escrita no era ${reference}. Vuelva atrás y escríbala exactamente para confirmar.`,
      caseErasedTitle: "Caso borrado",
      caseErased: (reference: string) => `Se borró el caso ${reference} y todo lo relacionado con él.`,
      personErasedTitle: "Casos de la persona borrados",
      personErased: (count: number) =>
        count === 1 ? "Se borró 1 caso de esta persona." : `Se borraron ${count} casos de esta persona.`,
      leftElsewhere: (count: number) =>
        count === 1
          ? "Queda 1 en otra organización, para su personal."
          : `Quedan ${count} en otras organizaciones, para su personal.`,
      back: "Volver a la cola de casos",
    },
    moves: {
      confirmTitle: "Registrar la confirmación por escrito",
      confirm: "Registrarla: empieza la revisión",
      confirmBody:
        "Otra persona presentó la solicitud por esta persona presa, y su organización solo revisa cuando ella lo acepta por escrito. Cuando llegue su carta firmada, regístrela aquí: el caso pasa a revisión. Registre la carta misma en «Registrar correo postal» para guardar el escaneo.",
      receivedOn: "Día en que llegó su carta",
      referPartnerTitle: "Ofrecer a un socio de derivación",
      referPartnerBody:
        "El socio recibe por correo electrónico el expediente del caso y se le pide aceptarlo o rechazarlo en el plazo de siempre.",
      partner: "Socio de derivación",
      referOrganizationTitle: "Ofrecer a otra organización miembro",
      referOrganizationBody:
        "Su equipo de admisión recibe por correo electrónico el expediente del caso y se le pide aceptarlo o rechazarlo.",
      memberOrganization: "Organización miembro",
      sendOffer: "Enviar la oferta",
      returnTitle: "Devolver a revisión",
      return: "Devolver a revisión",
      returnBody:
        "Se anulan las peticiones abiertas (preguntas, la opinión de un experto, una derivación) y se pide a las personas revisoras de la última ronda que decidan otra vez; a otras si ya no están activas.",
      reopenTitle: "Reabrir el caso",
      reopen: "Reabrir el caso",
      reopenBody: "El caso vuelve a revisión, con las personas revisoras de su última ronda mientras sigan activas.",
      reopenReason: "Por qué se reabre",
      reopenReasons: {
        new_information: "Llegó información nueva",
        applicant_asked: "La persona solicitante pidió que lo miráramos otra vez",
        decided_in_error: "Se terminó por error",
        other: "Otro",
      },
      moveTitle: "Pasar a otra organización",
      move: "Pasar el caso",
      moveBody:
        "Se anulan las peticiones abiertas; la otra organización lo evalúa, sus personas revisoras lo toman y se avisa a la parte solicitante. Usted ya no lo verá, salvo que sea personal de la red.",
      organization: "Organización",
      errors: {
        choosePartner: "Elija un socio de derivación.",
        chooseOrganization: "Elija una organización.",
        chooseReopenReason: "Elija por qué se reabre el caso.",
        emptyAnswer: "Escriba la respuesta o añada sus escaneos.",
      },
    },
    formIssue: (field: string, problem: string) => `${field}: ${problem}`,
    formFields: {
      contactId: "Para",
      body: "Su texto",
      subject: "Título",
      channel: "Enviar por",
      kind: "Qué llegó",
      title: "Qué hay que hacer",
      dueOn: "Vence",
      assigneeId: "Quién la hace",
      date: "Día",
      summary: "Qué dice",
      receivedOn: "Día en que llegó su carta",
      answer: "La respuesta",
    },
    refusals: {
      noSuchCase: "No existe ese caso.",
      gone: "borrado",
      referred: "Este caso fue derivado: salió de la revisión, así que no se puede mover.",
      endedReopenFirst: (status: string) => `Este caso está ${status}: primero hay que reabrirlo.`,
      endedReopenInstead: (status: string) => `Este caso está ${status}: reábralo en su lugar.`,
      moving:
        "Este caso todavía avanza por sí solo (su flujo de trabajo está en marcha): espere un minuto y vuelva a intentarlo.",
      changed: (status: string) =>
        `Alguien o algo cambió este caso hace un momento (ahora está ${status}); no se cambió nada. Recárguelo y vuelva a intentarlo.`,
      referralWaiting: (day: string) =>
        `Una derivación espera respuesta hasta el ${day}: espere la respuesta o a que venza el plazo.`,
      notReferable: (status: string) =>
        `Este caso está ${status}: solo se puede derivar un caso aceptado, o uno cuyas derivaciones a otros miembros se rechazaron o vencieron todas.`,
      choosePartner: "Elija un socio de derivación activo de la organización del caso.",
      chooseOtherOrganization: "Elija otra organización miembro.",
      inReviewAlready: (day: string) =>
        `Este caso ya está en revisión: se pidió a una persona revisora que decida antes del ${day}. Reasigne la revisión en su lugar.`,
      notReopenable: (status: string) =>
        `Este caso está ${status}: solo se puede reabrir un caso retirado, rechazado o cerrado.`,
      retentionEnded: (day: string) =>
        `El plazo de conservación de este caso terminó el ${day}: se está borrando y no se puede reabrir.`,
      notAwaitingConfirmation: (status: string) => `Este caso está ${status}: no espera una confirmación por escrito.`,
      notAwaitingAnswers: "Este caso no espera respuestas: no hay preguntas abiertas para la persona solicitante.",
      answeredJustNow: "Las preguntas se respondieron o se cerraron hace un momento.",
      erasedNothingAdded: "Los datos de este caso se borraron: no se le puede añadir nada.",
      erasedNothingWritten: "Los datos de este caso se borraron: no se puede escribir nada en él.",
      chooseStaff: "Elija a un miembro activo del personal que pueda ver este caso.",
      taskChanged: "Alguien cambió esta tarea hace un momento; no se cambió nada. Recárguela.",
      choosePerson: "Elija a una persona de este caso.",
      noEmail: "Esta persona no tiene dirección de correo electrónico.",
      noPostalAddress: "Esta persona no tiene dirección postal.",
      chooseTask: "Elija una tarea de este caso.",
    },
    reports: {
      title: "Informes",
      errorTitle: "Revise los filtros",
      filters: "Filtros",
      from: "Recibidas desde",
      to: "Recibidas hasta (incluido)",
      organization: "Organización",
      allOrganizations: "Todas las que puedo ver",
      show: "Mostrar",
      empty: "Nada en este periodo.",
      chartTitle: (caption: string) => `${caption}, como gráfico de barras; la tabla de abajo tiene las mismas cifras.`,
      exportTable: (caption: string) => `Exportar «${caption}» como CSV`,
      badDay: "Escriba un día como 2026-01-31; el último igual o posterior al primero.",
      chooseOrganization: "Elija una organización de la lista.",
      tables: {
        months: { caption: "Solicitudes por mes", columns: ["mes", "solicitudes"] },
        sources: { caption: "Solicitudes por vía de entrada", columns: ["vía", "solicitudes"] },
        jurisdictions: { caption: "Solicitudes por lugar de la condena", columns: ["lugar", "solicitudes"] },
        organizations: { caption: "Solicitudes por organización", columns: ["organización", "solicitudes"] },
        outcomes: { caption: "Dónde están ahora los casos", columns: ["estado", "casos"] },
        "decline-reasons": {
          caption: "Motivos de rechazo (un caso puede tener varios)",
          columns: ["motivo", "casos"],
        },
        evidence: {
          caption: "Pruebas que nombraron las personas solicitantes (un caso puede nombrar varias)",
          columns: ["prueba", "casos"],
        },
        timing: {
          caption: "Días desde la recepción",
          columns: ["hasta", "casos", "mediana de días", "percentil 90 de días"],
        },
        reviewers: {
          caption: "Carga actual de las personas revisoras",
          columns: ["persona revisora", "organización", "revisiones abiertas", "vencidas"],
        },
      },
      sources: { web: "web", api: "API", post: "correo postal" },
      timing: { firstDecision: "primera decisión", outcome: "resultado" },
    },
    partners: {
      title: "Socios de derivación",
      intro:
        "Un caso aceptado se ofrece al primer socio activo de la organización. Si un socio lo rechaza o no responde, puede ofrecer el caso a otro desde la página del caso. A un socio desactivado no se le ofrecen casos nuevos.",
      errorTitle: "No se pudo añadir el socio",
      added: "Se añadió el socio.",
      changed: "Se cambió el socio.",
      caption: (organization: string) => `Socios de derivación de ${organization}`,
      empty: "Todavía no hay socios de derivación.",
      columns: { name: "Nombre", email: "Correo electrónico", language: "Idioma", active: "Activo", change: "Cambiar" },
      yes: "Sí",
      no: "No",
      activate: (name: string) => `Activar a ${name}`,
      deactivate: (name: string) => `Desactivar a ${name}`,
      activateButton: "Activar",
      deactivateButton: "Desactivar",
      addTitle: "Añadir un socio de derivación",
      fields: {
        organization: "Organización",
        name: "Nombre",
        email: "Correo electrónico",
        language: "Idioma de sus correos",
      },
      add: "Añadir socio",
      errors: {
        organization: "Elija una organización.",
        name: "Escriba el nombre del socio (hasta 200 caracteres).",
        email: "Escriba una dirección de correo como nombre@ejemplo.org.",
        language: "Elija un idioma.",
      },
    },
    exports: {
      rows: (count: number) => `${count.toLocaleString("es")} ${count === 1 ? "fila" : "filas"}`,
      cases: "Casos",
      files: (count: number) => `${count.toLocaleString("es")} ${count === 1 ? "archivo" : "archivos"}`,
      caseArchive: (file: string) => `Todo lo que se guarda sobre un caso, en un ZIP (${file})`,
      personArchive: (file: string) =>
        `Todo lo que se guarda sobre una persona, en todos sus casos, en un ZIP (${file})`,
      reportTable: (table: string) => `Tabla de informe «${table}»`,
      withFilters: (what: string, filters: string) => `${what} (${filters})`,
      noFilters: (what: string) => `${what} (sin filtros)`,
      startTitle: "Exportar como CSV",
      startBody:
        "El archivo se prepara en segundo plano con todas las filas que cumplen estos filtros. La página siguiente muestra cuánto lleva, y allí se puede descargar el archivo durante un día.",
      prepare: "Preparar el CSV",
      title: "Exportación",
      counting: "Contando las filas…",
      listingFiles: "Reuniendo la lista de archivos…",
      preparing: (done: number, total: number) =>
        `Preparando: ${done.toLocaleString("es")} de ${total.toLocaleString("es")} ${total === 1 ? "fila" : "filas"} escritas.`,
      preparingFiles: (done: number, total: number) =>
        `Preparando: ${done.toLocaleString("es")} de ${total.toLocaleString("es")} ${total === 1 ? "archivo escrito" : "archivos escritos"}.`,
      ready: (rows: string, size: string) => `Listo: ${rows}, ${size}.`,
      failed: "Esta exportación falló y no se guardó nada. Pídala otra vez.",
      expired: "Este archivo se borró un día después de crearse. Pídalo otra vez.",
      reloads: (seconds: number) => `Esta página se recarga cada ${seconds} segundos.`,
      reloadNow: "Recargar ahora",
      download: "Descargar el CSV",
      downloadZip: "Descargar el ZIP",
      keptUntil: "Se guarda hasta (luego se borra):",
      again: "Exportarlo otra vez",
      every: "Todas las exportaciones",
      listTitle: "Exportaciones",
      listIntro:
        "Los archivos se guardan un día desde que se pidieron. Pida uno nuevo desde la cola de casos, los informes o la página de un caso.",
      caption: "Exportaciones, de más reciente a más antigua",
      empty: "Todavía no hay exportaciones.",
      columns: { asked: "Pedida", what: "Qué", by: "Por", status: "Estado", downloads: "Descargas" },
      running: (done: number, total: number) =>
        `en curso: ${done.toLocaleString("es")} de ${total.toLocaleString("es")} ${total === 1 ? "fila" : "filas"}`,
      runningFiles: (done: number, total: number) =>
        `en curso: ${done.toLocaleString("es")} de ${total.toLocaleString("es")} ${total === 1 ? "archivo" : "archivos"}`,
      runningUncounted: (done: number) => `en curso: ${done.toLocaleString("es")} de ?`,
      readyRows: (rows: string) => `lista: ${rows}`,
      statuses: { failed: "falló", expired: "caducada" },
    },
    intake: {
      intro:
        "Escriba una solicitud que llegó por correo postal, tal como la escribió la persona, y añada las páginas escaneadas. Antes de guardarla, verá cualquier otra solicitud sobre la misma persona.",
      questionnaire: "A quienes escribieron sin usar el formulario se les puede enviar el cuestionario para imprimir.",
      whoWrote: "¿Quién le escribió?",
      senders: {
        self: "La persona condenada (la mayoría de las cartas desde prisión)",
        family: "Un familiar",
        supporter: "Un amigo o alguien que apoya",
        defense_attorney: "Su abogado o abogada",
      },
      from: (sender: string) => `De: ${sender}`,
      changeWho: "Cambiar quién escribió",
      duplicatesTitle: "¿Es una solicitud nueva?",
      duplicatesBody:
        "Otras solicitudes nombran a la misma persona. Todavía no se guardó nada, y los escaneos se conservan. Si esta carta pertenece a una de ellas, regístrela en ese caso. Si es una solicitud nueva, marque la casilla al final del formulario y guarde otra vez.",
      typeIn:
        "Escriba lo que dice la carta, con las palabras de quien la escribió. Los campos obligatorios están marcados; deje vacíos los demás si la carta no lo dice.",
      letter: "La carta",
      language: "Idioma en que responder",
      duplicatesSeen: "Revisé las solicitudes de arriba: esta es nueva. Guardarla como un caso nuevo.",
      save: "Guardar la solicitud",
    },
    questionnaire: {
      title: "Cuestionario para imprimir",
      intro:
        "El formulario de solicitud en papel, para enviar por correo a quienes escriben sin él. Lleva la dirección de su organización para la respuesta. Cuando vuelva, escríbalo aquí:",
      which: "Qué cuestionario",
      organization: "Organización",
      language: "Idioma",
      show: "Mostrar el cuestionario",
      error: "Elija una de sus organizaciones y un idioma de las listas.",
      pageTitle: (organization: string) => `Cuestionario — ${organization}`,
      heading: (organization: string, language: string) => `Cuestionario: ${organization}, ${language}`,
      noAddress:
        'Esta organización no tiene dirección postal, así que el cuestionario no puede decir adónde devolverlo. Configúrela primero: PATCH /api/v1/organizations/<slug> con {"postalAddress": "…"}.',
      print: "Use el comando Imprimir de su navegador.",
      another: "Elegir otro",
    },
  },
};
