import type { Catalog } from "./en";

/** Spanish (neutral Latin-American, formal "usted"). Same keys as `en`. */
export const es: Catalog = {
  languageName: "Español",
  siteName: "Innocence Intake",
  skipToContent: "Ir al contenido principal",
  languageSwitch: "Idioma",
  footer:
    "Es gratis. Lo que usted envía solo lo leen el equipo de la organización y los voluntarios que revisan los casos.",

  landing: {
    title: "Pida ayuda por una condena injusta",
    intro:
      "Si a usted, a un familiar o a un cliente lo condenaron por un delito que no cometió, puede pedir a una organización de inocencia que revise el caso. Es gratis.",
    howTitle: "Cómo funciona",
    how: [
      "Usted llena un formulario. Toma unos 20 minutos. También puede enviar papeles, como documentos del tribunal o cartas.",
      "Usted recibe un número de referencia y un enlace privado para ver cómo va su solicitud.",
      "Un equipo de la organización lee cada solicitud. Esto puede tardar varios meses. Le escribirán a usted.",
    ],
    start: "Empezar una solicitud",
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
      "submitter.postalAddressSelfHint": "Déjelo vacío si es la misma dirección de la prisión que aparece abajo.",
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
        "Guardamos estos archivos de su intento anterior. Quite la marca de un archivo para no incluirlo.",
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
    },
    duplicate: {
      title: "Esta solicitud ya se envió",
      body: (reference: string) =>
        `Ya tenemos esta solicitud, con la referencia ${reference}. Se cambió después de enviarla, por eso no la enviamos otra vez. Use el enlace de estado que le dimos o empiece una solicitud nueva.`,
    },
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
      awaiting_info: "Esperando más información de usted.",
      awaiting_expert: "Esperando la opinión de un experto.",
      accepted: "Aceptada por la organización.",
      referred: "Pasada a un abogado o a otra organización.",
      routed: "Enviada a la organización que cubre este lugar.",
      declined: "La organización no puede tomar este caso.",
      closed: "Cerrada.",
      withdrawn: "Retirada a petición suya.",
    },
    reasonsTitle: "Razones que dio la organización",
    directoryTitle: "Otras organizaciones que podrían ayudarle",
    nextTitle: "Qué pasa después",
    next: "Una persona del equipo lee cada solicitud. Esto puede tardar varios meses. No necesita enviarla otra vez; le escribiremos cuando haya algún cambio.",
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
  },

  review: {
    title: "Revisar un caso",
    intro:
      "Lea la solicitud y elija qué debe pasar ahora. Su decisión se envía al pulsar el botón; este enlace se puede usar una sola vez.",
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
    organization: "Organización a la que se remite",
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
    },
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
    intro:
      "Una organización de inocencia le pide su opinión sobre un caso. Se omitieron los nombres y los datos de contacto.",
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
};
