import type { Catalog } from "./en";

/**
 * Portuguese as written in Brazil ("você" to the reader; "Dr./Dra." for lawyers). Same keys as
 * `en`. Brazil, not Portugal: its network member and by far the most Portuguese speakers in
 * prison are there, and `Intl` formats `pt` the Brazilian way. A wrongful conviction is "uma
 * condenação injusta" or "um erro judiciário"; an appeal "uma apelação", and a later review of the
 * conviction "a revisão criminal"; a prison number "o número de matrícula (prontuário)".
 */
export const pt: Catalog = {
  languageName: "Português",
  siteName: "Innocence Intake",
  skipToContent: "Ir para o conteúdo principal",
  languageSwitch: "Idioma",
  /** A date in words, as the reader writes it; `month` counts from 0 (src/lib/dates.ts). */
  longDate: (day: number, month: number, year: number) => {
    const months = [
      "janeiro",
      "fevereiro",
      "março",
      "abril",
      "maio",
      "junho",
      "julho",
      "agosto",
      "setembro",
      "outubro",
      "novembro",
      "dezembro",
    ];
    return `${day} de ${months[month]} de ${year}`;
  },
  footer:
    "É gratuito. O que você envia é lido apenas pela equipe da organização e pelos voluntários que analisam os casos.",

  landing: {
    title: "Pedir ajuda por uma condenação injusta",
    intro:
      "Se você, alguém da sua família ou um cliente foi condenado por um crime que não cometeu, você pode pedir a uma organização que ajuda pessoas inocentes para analisar o caso. É gratuito.",
    howTitle: "Como funciona",
    how: [
      "Você preenche um formulário, um assunto por página. Leva cerca de 20 minutos, e você pode salvar e terminar depois. Você também pode enviar papéis, como documentos do processo ou cartas.",
      "Você recebe um número de referência e um link particular para ver como está o pedido.",
      "Uma equipe da organização lê cada pedido. Isso pode levar vários meses. Eles vão escrever para você.",
    ],
    start: "Começar um pedido",
    directoryTitle: "Organizações desta rede",
    directoryIntro:
      "Cada organização aceita casos dos lugares indicados. Se você não escolher uma, mandamos o pedido para a que atende o lugar da condenação.",
    serves: "Aceita casos de",
    languages: "Idiomas",
    postalAddress: "Endereço postal",
    paperTitle: "Sem acesso à internet?",
    paper:
      "Você também pode escrever uma carta para a organização. A equipe digita à mão os pedidos que chegam pelo correio.",
    resume: "Continuar um pedido salvo",
  },

  apply: {
    title: "Pedir ajuda",
    roleQuestion: "Quem está preenchendo este formulário?",
    roleHint: "Escolha uma opção. As perguntas serão escritas para você.",
    roles: {
      self: "Eu sou a pessoa condenada",
      family: "Eu sou da família",
      supporter: "Eu sou amigo ou apoiador",
      defense_attorney: "Eu sou o advogado ou a advogada",
    },
    changeRole: "Mudar quem preenche o formulário",
    intro: "Os campos marcados como obrigatórios precisam ser preenchidos. O resto ajuda, mas pode ficar em branco.",
    required: "obrigatório",
    optional: "opcional",
    errorSummaryTitle: "Por favor, confira estas respostas",
    errorSummaryIntro: "Suas respostas e arquivos foram guardados. Corrija os itens abaixo e envie de novo.",
    submit: "Enviar pedido",
    sections: {
      organization: "Para quem enviar",
      submitterSelf: "Como falar com você",
      submitterOther: "Sobre você",
      applicantSelf: "Sobre você",
      applicantOther: "Sobre a pessoa condenada",
      conviction: "A condenação",
      claim: "Por que a condenação está errada",
      lawyers: "Advogados",
      contacts: "Pessoas que devem receber notícias",
      consent: "Autorização",
      attachments: "Documentos",
    },
    fields: {
      organization: "Organização",
      organizationAny: "Escolher por mim, pelo lugar da condenação",
      "submitter.name": "Seu nome completo",
      "submitter.email": "Seu e-mail",
      "submitter.emailHint":
        "Mandamos para este e-mail o seu número de referência e as novidades. Se você não tem e-mail, informe um endereço postal.",
      "submitter.phone": "Seu telefone",
      "submitter.postalAddress": "Seu endereço postal",
      "submitter.postalAddressSelfHint":
        "Deixe em branco se for o mesmo do seu endereço na prisão, que você informa na próxima página.",
      "submitter.relationship": "Sua relação com a pessoa condenada",
      "submitter.relationshipHint": "Por exemplo: mãe, irmão, amigo, ex-professor.",
      "applicant.nameSelf": "Seu nome completo",
      "applicant.nameOther": "Nome completo da pessoa",
      "applicant.otherNames": "Outros nomes que já usou",
      "applicant.dateOfBirth": "Data de nascimento",
      "applicant.prisonNumber": "Número de matrícula no presídio (prontuário)",
      "applicant.facility": "Presídio ou unidade",
      "applicant.postalAddress": "Endereço postal no presídio",
      "applicant.inCustody": "Está preso agora?",
      "applicant.expectedReleaseDate": "Data prevista de saída",
      "conviction.jurisdiction": "Onde foi a condenação?",
      "conviction.jurisdictionHint": "Escolha o país, ou o estado onde o caso foi julgado.",
      "conviction.court": "Tribunal ou vara",
      "conviction.caseNumber": "Número do processo",
      "conviction.offenses": "A condenação foi por qual crime?",
      "conviction.offensesHint": "Os crimes escritos na sentença, por exemplo: roubo, homicídio.",
      "conviction.convictionDate": "Data da condenação",
      "conviction.sentence": "Pena",
      "conviction.trialOrPlea": "Houve um julgamento, ou a pessoa se declarou culpada?",
      "conviction.appealStatus": "Recursos até agora",
      "conviction.currentlyRepresented": "Algum advogado está trabalhando no caso agora?",
      "claim.innocenceStatementSelf": "Por que você é inocente?",
      "claim.innocenceStatementOther": "Por que esta pessoa é inocente?",
      "claim.innocenceStatementHint":
        "Com as suas palavras. Onde a pessoa estava, o que aconteceu de verdade, o que deu errado no julgamento.",
      "claim.evidenceTypes": "Que tipo de prova foi usada, ou poderia ajudar?",
      "claim.biologicalEvidence": "Existe prova biológica (sangue, cabelo, DNA) do crime?",
      "claim.evidenceLocation": "Onde essa prova está guardada, se você souber?",
      "claim.evidenceCustodian": "Quem guarda essas provas?",
      "claim.evidenceCustodianHint":
        "Se você souber. Podemos escrever para eles pedindo que guardem as provas com segurança, para que não sejam destruídas.",
      "claim.evidenceCustodian.kind": "Que tipo de lugar é?",
      "claim.evidenceCustodian.name": "O nome",
      "claim.evidenceCustodian.nameHint":
        "Por exemplo: cartório da vara criminal, depósito de provas da polícia, instituto de criminalística.",
      "claim.evidenceCustodian.postalAddress": "O endereço postal",
      "claim.newEvidence": "Que provas novas poderiam mostrar a inocência?",
      "claim.coDefendants": "Corréus (outras pessoas acusadas no mesmo processo)",
      "lawyers.trial": "Advogado no julgamento",
      "lawyers.appeal": "Advogado no recurso",
      "lawyers.current": "Advogado atual",
      "lawyers.name": "Nome",
      "lawyers.email": "E-mail",
      "lawyers.phone": "Telefone",
      "lawyers.mayContact": "A organização pode entrar em contato com este advogado",
      "lawyers.notify": "Mandar as novidades para este advogado por e-mail",
      "contacts.person": "Pessoa",
      "contacts.role": "Quem é",
      "contacts.name": "Nome",
      "contacts.email": "E-mail",
      "contacts.relationship": "Relação",
      "contacts.language": "Idioma das mensagens para esta pessoa",
      "contacts.notify": "Mandar as novidades para esta pessoa por e-mail",
      "consent.dataProcessing": "Concordo que a organização guarde e leia estas informações para analisar o caso.",
      "consent.contactPeopleNamed": "A organização pode entrar em contato com as pessoas citadas neste formulário.",
      attachments: "Anexar documentos",
      attachmentsHint: (types: string, maxMb: number) =>
        `Opcional. Papéis do processo, cartas, fotos: ${types}. Até ${maxMb} MB cada um.`,
      heldAttachments: "Arquivos já recebidos",
      heldAttachmentsHint: "Eles estão guardados com o seu pedido. Desmarque um arquivo para deixá-lo de fora.",
    },
    choices: {
      yes: "Sim",
      no: "Não",
      unknown: "Não sei",
      notSaid: "Não tenho certeza / prefiro não dizer",
      trialOrPlea: {
        trial: "Julgamento",
        guilty_plea: "Declarou-se culpado",
        no_contest: "Não contestou a acusação (no contest)",
      },
      appealStatus: {
        none: "Nenhum recurso",
        direct_appeal_pending: "Recurso (apelação) ainda em andamento",
        direct_appeal_decided: "Recurso (apelação) já julgado",
        post_conviction_decided: "Pedido depois da condenação (por exemplo, revisão criminal) já julgado",
      },
      evidenceTypes: {
        dna: "DNA ou outra prova biológica",
        eyewitness: "Reconhecimento por uma testemunha (pessoal ou por foto)",
        confession: "Uma confissão",
        forensic: "Outra prova pericial",
        informant: "O depoimento de um informante",
        alibi: "Um álibi",
        other: "Outro",
      },
      contactRole: { family: "Familiar", supporter: "Amigo ou apoiador" },
      custodianKind: {
        court_clerk: "Um cartório de tribunal",
        police_evidence_room: "Um depósito de provas da polícia",
        laboratory: "Um laboratório",
        other: "Outro lugar",
      },
    },
    duplicate: {
      title: "Este pedido já foi enviado",
      body: (reference: string) =>
        `Já temos este pedido, com a referência ${reference}. Ele foi alterado depois do envio, por isso não enviamos de novo. Use o link de acompanhamento que demos a você, ou comece um pedido novo.`,
    },
    stepErrorIntro: "Suas respostas estão guardadas. Corrija os itens abaixo e depois continue.",
    progress: (step: number, of: number) => `Etapa ${step} de ${of}`,
    continue: "Continuar",
    saveLater: "Salvar e continuar depois",
    back: "Voltar",
    resumeCode: {
      label: "Seu código para continuar depois",
      hint: (date: string) =>
        `Anote este código. Com ele, você pode voltar às suas respostas em qualquer aparelho até ${date}.`,
    },
    check: {
      title: "Confira suas respostas",
      intro: "Leia suas respostas antes de enviar. Você pode mudar qualquer uma delas.",
      change: "Mudar",
      notAnswered: "Sem resposta",
      noFiles: "Nenhum documento adicionado.",
      send: "Quando você envia o pedido, a organização o recebe. Você recebe um número de referência e um link particular para ver como ele está.",
    },
    saved: {
      title: "Seu pedido está salvo",
      code: "Anote este código. Você precisa dele para continuar seu pedido:",
      keptUntil: (date: string) =>
        `Guardamos suas respostas e seus documentos até ${date}. Cada vez que você salva, eles ficam guardados por mais tempo.`,
      how: "Para continuar, abra este site, escolha “Continuar um pedido salvo” e digite o código.",
      emailed: "Também enviamos um link para continuar ao e-mail que você informou.",
      continueNow: "Continuar agora",
    },
  },

  resume: {
    title: "Continuar um pedido salvo",
    intro: "Digite o código que você recebeu quando salvou o pedido. Ele se parece com K7M3Q-XW2PA.",
    code: "Seu código",
    codeHint: "10 letras e números. Letras maiúsculas ou minúsculas, tanto faz.",
    submit: "Continuar",
    wrongCode:
      "Este código não abre nenhum pedido salvo. Confira cada letra e número e tente de novo. Um pedido salvo é apagado se não for salvo de novo por algumas semanas.",
    startNew: "Começar um pedido novo",
  },
  /** The blank application form staff print and post to people who write in (/staff/questionnaire). */
  questionnaire: {
    title: "Pedido de ajuda por uma condenação injusta",
    intro: (organization: string) =>
      `Preencha este formulário para pedir a ${organization} que analise uma condenação. É grátis. Escreva com letra clara. Se não souber uma resposta, deixe em branco.`,
    returnTo: "Envie este formulário de volta para:",
    officeUse: "Para uso do escritório: referência",
    who: "Quem está preenchendo este formulário? Marque uma opção.",
    applicantNote: "Se você é a pessoa condenada, estas perguntas são sobre você.",
    submitterNote: "Só se você não for a pessoa condenada.",
    innocence:
      "Por que a condenação está errada? Com suas palavras: onde a pessoa estava, o que aconteceu de verdade, o que deu errado no julgamento.",
    tickAll: "Marque todas as opções que valem.",
    contactsNote: "Pessoas a quem podemos escrever sobre o pedido, se você quiser.",
    signature: "Assinatura",
    date: "Data",
    documents:
      "Você pode enviar cópias de papéis do processo ou cartas junto com este formulário. Guarde os originais. Escreva o nome da pessoa condenada em todas as páginas.",
  },

  status: {
    title: "Situação do pedido",
    receivedTitle: "Obrigado. Recebemos o seu pedido.",
    receivedBody:
      "Guarde o número de referência e o link desta página. O link é particular: qualquer pessoa que tiver o link pode ver esta página.",
    reference: "Referência",
    organization: "Organização",
    stage: "Etapa",
    submitted: "Enviado em",
    updated: "Última mudança",
    link: "Seu link particular",
    stages: {
      submitted: "Recebido. Esperando uma primeira leitura.",
      screening: "Sendo comparado com os critérios da organização.",
      awaiting_confirmation: "Esperando a pessoa presa concordar por escrito.",
      in_review: "Em análise.",
      awaiting_info: "Aguardando mais informações.",
      awaiting_expert: "Esperando a opinião de um especialista.",
      accepted: "Aceito pela organização.",
      referred: "Passado para um advogado ou outra organização.",
      routed: "Enviado para a organização que atende este lugar.",
      declined: "A organização não pode aceitar este caso.",
      closed: "Encerrado.",
      withdrawn: "Retirado.",
    },
    reasonsTitle: "Motivos dados pela organização",
    directoryTitle: "Outras organizações que podem ajudar",
    nextTitle: "O que acontece agora",
    happenedTitle: "O que aconteceu",
    /**
     * Per stage, what happened and what comes next, for the person who sent the application and
     * for everyone else kept informed. `name` is the organization, or who took a referred case.
     */
    explain: {
      submitted: {
        happened: {
          submitter: (name: string) => `${name} recebeu o seu pedido.`,
          other: (name: string) => `${name} recebeu o pedido.`,
        },
        next: {
          submitter:
            "Primeiro conferimos se o formulário está completo e se aceitamos casos do lugar da condenação. Isso costuma levar alguns dias. Depois, um revisor voluntário lê o pedido.",
          other:
            "Primeiro a organização confere se o formulário está completo e se aceita casos do lugar da condenação. Isso costuma levar alguns dias. Depois, um revisor voluntário lê o pedido.",
        },
      },
      screening: {
        happened: {
          submitter: (name: string) => `${name} está conferindo o seu pedido com as regras dela para aceitar casos.`,
          other: (name: string) => `${name} está conferindo o pedido com as regras dela para aceitar casos.`,
        },
        next: {
          submitter:
            "Se outra organização atende o lugar da condenação, enviamos o pedido para ela. Se não, um revisor voluntário o lê. Isso costuma levar alguns dias.",
          other:
            "Se outra organização atende o lugar da condenação, o pedido vai para ela. Se não, um revisor voluntário o lê. Isso costuma levar alguns dias.",
        },
      },
      awaiting_confirmation: {
        happened: {
          submitter: (name: string) =>
            `${name} recebeu o seu pedido. Antes de a análise começar, a pessoa presa precisa concordar por escrito.`,
          other: (name: string) =>
            `${name} recebeu o pedido. Antes de a análise começar, a pessoa presa precisa concordar por escrito.`,
        },
        next: {
          submitter: "Nós escrevemos para ela. Quando a carta assinada chegar, um revisor voluntário vai ler o pedido.",
          other: "Quando a pessoa presa concordar por escrito, um revisor voluntário vai ler o pedido.",
        },
      },
      in_review: {
        happened: {
          submitter: (name: string) => `Um revisor voluntário de ${name} está lendo o seu pedido.`,
          other: (name: string) => `Um revisor voluntário de ${name} está lendo o pedido.`,
        },
        next: {
          submitter:
            "O revisor decide se a organização pode aceitar o caso, ou antes faz perguntas a você. Você não precisa fazer nada agora. Vamos escrever quando algo mudar.",
          other:
            "O revisor decide se a organização pode aceitar o caso, ou antes faz perguntas. Vamos escrever quando algo mudar.",
        },
      },
      awaiting_info: {
        happened: {
          submitter: (name: string) =>
            `O revisor precisa de mais informações. ${name} vai escrever para você com as perguntas.`,
          other: (name: string) => `${name} pediu mais informações à pessoa que enviou o pedido.`,
        },
        next: {
          submitter: "Quando a sua resposta chegar, a análise continua.",
          other: "Quando essa pessoa responder, a análise continua. Você não precisa fazer nada.",
        },
      },
      awaiting_expert: {
        happened: {
          submitter: (name: string) =>
            `O revisor de ${name} pediu a opinião de um especialista, como um cientista, sobre o caso.`,
          other: (name: string) =>
            `O revisor de ${name} pediu a opinião de um especialista, como um cientista, sobre o caso.`,
        },
        next: {
          submitter: "Quando o especialista responder, a análise continua. Você não precisa fazer nada.",
          other: "Quando o especialista responder, a análise continua. Você não precisa fazer nada.",
        },
      },
      accepted: {
        happened: {
          submitter: (name: string) => `Boa notícia: ${name} aceitou o seu caso para trabalhar mais nele.`,
          other: (name: string) => `${name} aceitou o caso para trabalhar mais nele.`,
        },
        next: {
          submitter:
            "Agora a organização procura um advogado para assumir o caso. Isso pode levar muitos meses. Esta etapa ainda não quer dizer que a condenação vai mudar. Você não precisa fazer nada agora.",
          other:
            "Agora a organização procura um advogado para assumir o caso. Isso pode levar muitos meses. Esta etapa ainda não quer dizer que a condenação vai mudar.",
        },
      },
      referred: {
        happened: {
          submitter: (name: string) => `${name} aceitou trabalhar no seu caso.`,
          other: (name: string) => `${name} aceitou trabalhar no caso.`,
        },
        next: {
          submitter:
            "De agora em diante, eles vão falar com você diretamente. Isso pode levar algum tempo. Você não precisa fazer um novo pedido. Guarde o seu número de referência.",
          other: "De agora em diante, são eles que cuidam do caso.",
        },
      },
      routed: {
        happened: {
          submitter: (name: string) =>
            `A condenação aconteceu num lugar que ${name} atende, por isso o seu pedido foi enviado para lá.`,
          other: (name: string) =>
            `A condenação aconteceu num lugar que ${name} atende, por isso o pedido foi enviado para lá.`,
        },
        next: {
          submitter:
            "Eles conferem o pedido, e depois um revisor voluntário o lê. Você não precisa fazer um novo pedido, e a sua referência continua a mesma.",
          other:
            "Eles conferem o pedido, e depois um revisor voluntário o lê. Ninguém precisa fazer um novo pedido, e a referência continua a mesma.",
        },
      },
      declined: {
        happened: {
          submitter: (name: string) =>
            `Sentimos muito. Depois de uma análise cuidadosa, ${name} não pode aceitar o seu caso. Isso não quer dizer que a organização acha que a pessoa é culpada.`,
          other: (name: string) =>
            `Depois de uma análise cuidadosa, ${name} não pode aceitar o caso. Isso não quer dizer que a organização acha que a pessoa é culpada.`,
        },
        next: {
          submitter: "Você pode pedir ajuda a outra organização. Guarde os seus papéis.",
          other: "Outra organização talvez possa ajudar.",
        },
      },
      closed: {
        happened: {
          submitter: (name: string) => `${name} encerrou este caso.`,
          other: (name: string) => `${name} encerrou este caso.`,
        },
        next: {
          submitter:
            "Nada mais vai acontecer com este pedido. Se tiver perguntas, escreva para a organização e informe o seu número de referência.",
          other: "Nada mais vai acontecer com este pedido.",
        },
      },
      withdrawn: {
        happened: {
          submitter: (name: string) => `O seu pedido a ${name} foi retirado.`,
          other: (name: string) => `O pedido a ${name} foi retirado.`,
        },
        next: {
          submitter: "Nada mais vai acontecer com este pedido. Você pode fazer um novo pedido a qualquer momento.",
          other: "Nada mais vai acontecer com este pedido.",
        },
      },
    },
    dueBy: (date: string) => `Isso deve acontecer por volta de ${date}.`,
    asked: {
      title: "Precisamos de informações suas",
      body: (date: string) =>
        `O revisor tem algumas perguntas sobre o pedido. Por favor, responda até ${date}. Você também pode adicionar documentos. Se não souber uma resposta, pode dizer isso.`,
      button: "Responder às perguntas",
    },
    /** The stage for someone on the case whom the reviewer's questions did not go to. */
    awaitingInfoFromOthers: "Aguardando mais informações da pessoa que enviou o pedido.",
  },

  /** An organization's wait, from its own data (the directory, the landing page, receipts and status pages). */
  wait: {
    received: "Pedidos nos últimos 12 meses",
    waiting: "Aguardando uma primeira decisão agora",
    time: "Tempo até uma primeira resposta",
    withinMonths: (n: number) =>
      `A maioria dos pedidos recebe uma primeira resposta em cerca de ${n} ${Number(n) === 1 ? "mês" : "meses"}.`,
    withinWeeks: (n: number) =>
      `A maioria dos pedidos recebe uma primeira resposta em cerca de ${n} ${Number(n) === 1 ? "semana" : "semanas"}.`,
    notEnoughData: "Ainda não há dados suficientes para dizer quanto tempo leva uma primeira resposta.",
    asOf: (date: string) => `Contado em ${date}.`,
  },
  linkProblem: {
    unknownTitle: "Este link não funciona",
    unknownBody:
      "Confira se o link foi copiado inteiro. Se ainda não funcionar, escreva para a organização informando o seu número de referência.",
    expiredTitle: "Este link expirou",
    expiredBody:
      "Para a sua segurança, os links param de funcionar depois de um tempo. Escreva para a organização com o seu número de referência para receber um novo.",
    revokedTitle: "Este link foi desativado",
    revokedBody:
      "A organização desativou este link. Se você precisar de um novo, escreva para ela com o seu número de referência.",
    usedTitle: "Este link já foi usado",
    usedBody: "Cada resposta só pode ser enviada uma vez. Nada foi alterado.",
  },

  caseView: {
    reference: "Referência",
    organization: "Organização",
    round: "Rodada",
    due: "Por favor, decida até",
    application: "O pedido",
    submittedBy: "Enviado por",
    roles: {
      self: "a pessoa condenada",
      family: "um familiar",
      supporter: "um apoiador",
      defense_attorney: "o advogado da pessoa condenada",
    },
    lawyers: "Advogados",
    contacts: "Pessoas que recebem notícias",
    attachments: "Documentos",
    noAttachments: "Nenhum documento foi enviado.",
    download: "Baixar",
    screening: "Verificação dos critérios",
    screeningVersion: (version: number) => `Versão dos critérios: ${version}`,
    screeningResult: {
      pass: "Atende",
      fail: "Não atende — por favor, confira",
      unknown: "Precisa ser avaliado por uma pessoa",
    },
    history: "Antes neste caso",
    decision: (round: number, outcome: string) => `Rodada ${round}: ${outcome}`,
    answer: "A resposta da pessoa que fez o pedido",
    opinion: "A opinião do especialista",
    noAnswer: "Nenhuma resposta chegou antes do prazo.",
    yes: "Sim",
    no: "Não",
    preserveEvidence: "Pedir que as provas sejam preservadas",
    preserveEvidenceHint:
      "Marque se existem ou podem existir provas biológicas (sangue, cabelo, DNA). A equipe da organização vai escrever a quem as guarda pedindo que não sejam destruídas.",
  },

  review: {
    title: "Analisar um caso",
    intro:
      "Leia o pedido e escolha o que deve acontecer agora. Sua decisão é enviada quando você aperta o botão; este link só pode ser usado uma vez.",
    formTitle: "Sua decisão",
    decision: "Decisão",
    outcomes: {
      accept: "Aceitar: a organização aceita o caso e pede a um advogado que trabalhe nele",
      decline: "Recusar: a organização não pode aceitar o caso",
      request_info: "Fazer perguntas à pessoa que fez o pedido e depois decidir",
      consult_expert: "Pedir a opinião de um especialista (cientista, jurista) e depois decidir",
      refer: "Encaminhar para outra organização da rede",
    },
    outcomeNames: {
      accept: "aceito",
      decline: "recusado",
      request_info: "perguntas feitas",
      consult_expert: "especialista consultado",
      refer: "encaminhado",
    },
    reasonCodes: "Motivos da recusa",
    reasonCodesHint: "A pessoa que fez o pedido recebe estes motivos em palavras simples.",
    questions: "Perguntas para a pessoa que fez o pedido, ou para o especialista",
    questionsHint:
      "Obrigatório se você fizer perguntas à pessoa ou a um especialista. O especialista não vê nomes nem contatos.",
    expertEmail: "E-mail do especialista",
    organization: "Organização para onde encaminhar",
    note: "Nota para a equipe da organização",
    noteHint: "A pessoa que fez o pedido não vê esta nota.",
    submit: "Enviar decisão",
    thanksTitle: "Obrigado. Sua decisão foi registrada.",
    thanksBody: "A equipe da organização e as pessoas envolvidas serão avisadas. Você pode fechar esta página.",
    errors: {
      decision: "Escolha uma decisão.",
      reasonCodes: "Escolha pelo menos um motivo.",
      questions: "Escreva as perguntas.",
      expertEmail: "Informe o e-mail do especialista.",
      organization: "Escolha uma organização.",
      expertDocuments: "Escolha documentos da lista.",
    },
    readOnlyIntro: "Você decidiu este caso. Esta página é só para leitura; o caso segue com a equipe da organização.",
    yourDecision: "Sua decisão",
    backToYourPage: "← Todos os seus casos",
    expertDocuments: "Documentos que o especialista pode ver",
    expertDocumentsHint:
      "Só com a opinião de um especialista. O especialista vê apenas os documentos que você marcar; os nomes do pedido ficam escondidos dele na pergunta, na alegação e nos nomes dos arquivos, mas não dentro dos documentos.",
    organizationsServing: (place: string) => `Membros que aceitam casos de ${place}:`,
    noOrganizationServes: "Nenhum outro membro aceita casos deste lugar.",
    showAllOrganizations: "Mostrar todas as organizações",
  },

  reviewerPage: {
    title: "Seus casos",
    intro: (organization: string) =>
      `Os casos que você analisa para ${organization}. Esta página é pessoal: por favor, não compartilhe o link dela.`,
    openTitle: "Aguardando sua decisão",
    noneOpen: "Nenhum caso está esperando por você agora. Obrigado.",
    decidedTitle: "Casos que você decidiu",
    noneDecided: "Você ainda não decidiu nenhum caso.",
    case: "Caso",
    round: "Rodada",
    dueBy: "Decidir até",
    overdue: "prazo vencido",
    decision: "Sua decisão",
    decidedOn: "Decidido em",
    open: (reference: string) => `Abrir o caso ${reference}`,
    read: (reference: string) => `Ler o caso ${reference}`,
    back: "Voltar aos seus casos",
    askTitle: "Receber o link da sua página",
    askIntro:
      "Revisores, e especialistas e parceiros consultados em mais de um caso, têm uma página pessoal com todos os seus casos. Digite o e-mail em que a organização escreve para você, e enviaremos o link para lá.",
    email: "Seu e-mail",
    submit: "Enviar meu link",
    sentTitle: "Veja o seu e-mail",
    sentBody:
      "Se este endereço tiver uma página aqui, um link está a caminho. Pode levar alguns minutos. Se nada chegar, pergunte à organização que envia casos para você.",
    errors: { email: "Digite um e-mail como nome@exemplo.org." },
  },

  helperPage: {
    expert: {
      title: "Seus pedidos de opinião",
      intro:
        "Os casos em que organizações contra condenações injustas pediram a sua opinião. Esta página é pessoal: por favor, não compartilhe o link dela.",
      openTitle: "Aguardando sua opinião",
      noneOpen: "Nenhum pedido está esperando por você agora. Obrigado.",
      doneTitle: "Opiniões que você enviou",
      noneDone: "Você ainda não enviou nenhuma opinião.",
    },
    referral_partner: {
      title: "Casos encaminhados a você",
      intro:
        "Os casos que organizações contra condenações injustas ofereceram a você. Esta página é pessoal: por favor, não compartilhe o link dela.",
      openTitle: "Aguardando sua resposta",
      noneOpen: "Nenhum encaminhamento está esperando por você agora. Obrigado.",
      doneTitle: "Encaminhamentos que você respondeu",
      noneDone: "Você ainda não respondeu nenhum encaminhamento.",
    },
    answerBy: "Responder até",
    answeredOn: "Respondido em",
    accepted: "Você aceitou",
    declined: "Você recusou",
  },
  respond: {
    title: "Responder às perguntas",
    intro:
      "A pessoa que analisa o caso precisa de mais informações para decidir. Responda abaixo e anexe os documentos que possam ajudar.",
    questions: "As perguntas",
    answer: "Sua resposta",
    attachments: "Anexar documentos",
    submit: "Enviar resposta",
    thanksTitle: "Obrigado. Sua resposta foi enviada.",
    thanksBody: "A pessoa que analisa o caso vai ler. A organização vai escrever para você quando houver uma decisão.",
    errors: { answer: "Escreva uma resposta ou anexe um documento." },
  },

  consult: {
    title: "Pedido de opinião de especialista",
    intro:
      "Uma organização que ajuda pessoas condenadas injustamente pede a sua opinião sobre um caso. Os nomes e os contatos foram retirados.",
    question: "A pergunta",
    conviction: "A condenação",
    claim: "Por que a pessoa diz que é inocente",
    opinion: "Sua opinião",
    submit: "Enviar opinião",
    thanksTitle: "Obrigado. Sua opinião foi enviada.",
    thanksBody: "Ela vai para a pessoa que analisa o caso. Você pode fechar esta página.",
    errors: { opinion: "Escreva a sua opinião." },
    readOnlyIntro: "Você enviou sua opinião sobre este caso. Esta página é só para leitura.",
    yourOpinion: "Sua opinião",
    namesReplaced:
      "Os nomes do pedido foram trocados pelo papel de cada pessoa, entre colchetes, na pergunta, nos dados do caso e nos nomes dos arquivos.",
    documents: "Documentos que o revisor compartilhou com você",
    noDocuments: "O revisor não compartilhou documentos.",
    roles: {
      applicant: "[o requerente]",
      submitter: "[a pessoa que fez o pedido]",
      family: "[um familiar]",
      supporter: "[um apoiador]",
      trial_attorney: "[o advogado do julgamento]",
      appeal_attorney: "[o advogado da apelação]",
      current_attorney: "[o advogado atual]",
      co_defendant: "[um corréu]",
      person: "[uma pessoa citada no pedido]",
    },
  },

  referral: {
    title: "Encaminhamento de caso",
    intro:
      "Uma organização que ajuda pessoas condenadas injustamente encaminha este caso para você. Leia o material e diga se pode aceitar o caso.",
    note: "Nota de quem analisou o caso",
    response: "Você pode aceitar este caso?",
    accept: "Sim, vamos aceitar o caso",
    decline: "Não, não podemos aceitar",
    submit: "Enviar resposta",
    thanksTitle: "Obrigado. Sua resposta foi registrada.",
    thanksBody: "A organização foi avisada. Você pode fechar esta página.",
    errors: { response: "Escolha sim ou não." },
    readOnlyIntro: "Você respondeu a este encaminhamento. Esta página é só para leitura.",
    youAccepted: "Você aceitou o caso",
    youDeclined: "Você recusou o caso",
  },

  notFound: { title: "Página não encontrada", body: "Não existe nenhuma página neste endereço." },
  unauthorized: {
    title: "Faça login",
    body: "Esta página é para a equipe das organizações da rede. Entre com a sua conta e abra a página de novo.",
  },
  forbidden: {
    title: "Você não pode abrir esta página",
    body: "Você entrou na sua conta, mas ela não tem acesso a esta página.",
  },
  tooManyRequests: {
    title: "Pedidos demais",
    body: "Chegaram pedidos demais da sua rede em pouco tempo. Nada foi perdido: espere um minuto e tente de novo.",
  },
  serverError: {
    title: "Algo deu errado",
    body: "Nada do que você enviou foi perdido. Por favor, tente de novo daqui a alguns minutos.",
  },
  tooLarge: {
    title: "Os arquivos são grandes demais",
    body: (maxMb: number) =>
      `Todos os arquivos juntos podem ter até ${maxMb} MB. Volte e escolha arquivos menores ou menos arquivos.`,
  },

  errors: {
    required: "Preencha este campo.",
    too_long: "Está longo demais. Por favor, diminua.",
    too_many: "Há itens demais.",
    invalid_email: "Informe um e-mail como nome@exemplo.org.",
    invalid_date: "Informe a data como ano-mês-dia, por exemplo 1980-02-29.",
    invalid_choice: "Escolha uma das opções.",
    invalid_value: "Esta resposta não é válida.",
    human_check_failed:
      "A verificação de que você é uma pessoa não deu certo. Tente de novo; nada do que você digitou foi perdido.",
    invalid_jurisdiction: "Escolha um lugar da lista.",
    email_or_address: "Informe um e-mail ou um endereço postal, para a organização poder responder.",
    must_consent: "A organização só pode analisar o caso com esta autorização.",
    unknown_organization: "Escolha uma organização da lista.",
    no_organization_serves:
      "Nenhuma organização desta rede aceita casos desse lugar ainda. Veja a lista de organizações na página inicial.",
    type_not_allowed: (name: string) =>
      `“${name}” não foi anexado: só é possível enviar arquivos PDF, JPEG, PNG, HEIC, TIFF, de texto e Word (DOCX).`,
    file_too_large: (name: string, maxMb: number) =>
      `“${name}” não foi anexado: cada arquivo pode ter até ${maxMb} MB.`,
    too_many_files: (name: string, max: number) => `“${name}” não foi anexado: é possível enviar até ${max} arquivos.`,
    application_too_large: (name: string, maxMb: number) =>
      `“${name}” não foi anexado: todos os arquivos juntos podem ter até ${maxMb} MB.`,
  },

  declineReasons: {
    text: {
      outside_jurisdiction: "A condenação aconteceu num lugar que esta organização não atende.",
      no_innocence_claim:
        "Esta organização só aceita casos em que a pessoa diz que não cometeu o crime. O pedido não diz isso.",
      appeals_pending:
        "O caso ainda está na Justiça, por exemplo num recurso. Você pode pedir de novo quando isso terminar.",
      no_new_evidence:
        "Não encontramos provas novas, nem um jeito novo de mostrar a inocência, com que pudéssemos trabalhar.",
      case_type_excluded: "Esta organização não aceita este tipo de caso.",
      sentence_served: "Esta organização só aceita casos em que a pena ainda não terminou.",
      capacity: "Neste momento, esta organização não tem advogados nem tempo suficientes para aceitar mais casos.",
      other: "Existe outro motivo pelo qual não podemos aceitar o caso.",
    },
    label: {
      outside_jurisdiction: "Fora da nossa área de atuação",
      no_innocence_claim: "Sem alegação de inocência",
      appeals_pending: "Recursos ainda pendentes",
      no_new_evidence: "Sem provas novas",
      case_type_excluded: "Tipo de caso não aceito",
      sentence_served: "Pena já cumprida",
      capacity: "Sem capacidade no momento",
      other: "Outro motivo",
    },
  },

  emails: {
    greeting: {
      person: (name: string) => `Prezado(a) ${name},`,
      lawyer: (name: string) => `Prezado(a) Dr(a). ${name},`,
      organization: (name: string) => `À equipe de ${name},`,
    },
    referenceLabel: {
      yours: "Sua referência",
      plain: "Referência",
      case: "Referência do caso",
    },
    footer: {
      applicantSide: "Você recebe esta mensagem por causa de um pedido de ajuda por uma condenação injusta.",
      reviewer: "Você recebe esta mensagem porque analisa, como voluntário, pedidos de ajuda por condenações injustas.",
      expert:
        "Você recebe esta mensagem porque pediram a sua opinião de especialista sobre um pedido de ajuda por uma condenação injusta.",
      referralPartner: "Você recebe esta mensagem porque aceita encaminhamentos de casos de erro judiciário.",
      staff: "Mensagem automática do sistema de pedidos, enviada para o endereço de pedidos da organização.",
      custodian: "Você recebe esta carta porque ela trata de provas em um caso de possível condenação injusta.",
    },
    letter: {
      prisonNumber: (number: string) => `Nº ${number}`,
      writeBack: "Para nos escrever, use o endereço no alto desta carta. Coloque sua referência em todas as páginas.",
    },
    openCase: "Abrir o caso",
    personalLinkNote:
      "Este link é pessoal e funciona sem conta. Por favor, não encaminhe: qualquer pessoa que tiver o link pode ver o caso.",
    reviewSteps: "O que fazer: abra o link abaixo, leia o caso e escolha uma decisão na página.",
    decideBy: (date: string) => `Por favor, decida até ${date}.`,
    acknowledgement: {
      subject: (reference: string) => `Pedido recebido — ${reference}`,
      submitter: (organization: string) => `${organization} recebeu o seu pedido. Obrigado pela confiança.`,
      contact: (organization: string, applicant: string) =>
        `${organization} recebeu um pedido para ${applicant}. Seu nome foi indicado como alguém que deve receber notícias, então vamos escrever para você quando o caso andar.`,
      next: "O que acontece agora: uma pessoa da nossa equipe lê cada pedido. Isso pode levar vários meses, e vamos escrever quando algo mudar. Você não precisa enviar de novo.",
      button: "Ver como está",
      linkNote: "Este link é só seu. Não compartilhe: qualquer pessoa que tiver o link pode ver a situação do pedido.",
    },
    reviewRequest: {
      subject: {
        new: (reference: string) => `Caso para analisar — ${reference}`,
        answer_received: (reference: string) => `A pessoa respondeu — ${reference}`,
        opinion_received: (reference: string) => `Opinião do especialista recebida — ${reference}`,
        reassigned: (reference: string) => `Caso passado para você analisar — ${reference}`,
        returned: (reference: string) => `Caso de volta para análise — ${reference}`,
      },
      intro: {
        new: (organization: string) => `${organization} pede que você analise um caso novo. Obrigado pela ajuda.`,
        answer_received: (organization: string) =>
          `A pessoa que fez o pedido respondeu às suas perguntas. A resposta já está na página do caso. ${organization} pede que você continue a análise.`,
        opinion_received: (organization: string) =>
          `O especialista enviou a opinião. Ela já está na página do caso. ${organization} pede que você continue a análise.`,
        reassigned: (organization: string) =>
          `${organization} passou este caso para você porque a primeira pessoa não conseguiu terminar a análise. Obrigado por aceitar.`,
        returned: (organization: string) =>
          `${organization} devolveu este caso para análise. Por favor, leia de novo, com o que houver de novo na página do caso, e decida.`,
      },
      flags: (count: number) =>
        count === 1
          ? "A verificação dos critérios marcou 1 ponto para a sua atenção."
          : `A verificação dos critérios marcou ${count} pontos para a sua atenção.`,
    },
    ownPage: {
      line: {
        reviewer: "Todos os casos com você, com seus prazos, e os que você decidiu estão na sua página:",
        expert: "Todos os casos em que pediram sua opinião, com seus prazos, estão na sua página:",
        referral_partner: "Todos os casos oferecidos a você, com seus prazos, e suas respostas estão na sua página:",
      },
      note: "Esse link também é pessoal. Se você o perder, peça de novo em",
    },
    ownPageLink: {
      subject: {
        reviewer: "Sua página de revisor",
        expert: "Sua página de pedidos de opinião",
        referral_partner: "Sua página de casos encaminhados",
      },
      intro: {
        reviewer: (organization: string) =>
          `Você pediu o link da sua página de revisor em ${organization}. Ela mostra os casos com você, com seus prazos, e os casos que você decidiu.`,
        expert: (_organization: string) =>
          "Você pediu o link da sua página de pedidos de opinião. Ela mostra os casos em que pediram sua opinião, com seus prazos, e as opiniões que você enviou.",
        referral_partner: (_organization: string) =>
          "Você pediu o link da sua página de casos encaminhados. Ela mostra os casos oferecidos a você, com seus prazos, e suas respostas.",
      },
      button: "Abrir minha página",
      ignore:
        "Se você não pediu isto, pode ignorar esta mensagem: o link foi enviado só para você. Por favor, não o encaminhe; quem tiver o link pode ver seus casos.",
    },
    reviewReleased: {
      subject: (reference: string) => `Você não precisa mais analisar este caso — ${reference}`,
      intro: {
        staff: (organization: string) =>
          `${organization} passou este caso para outro revisor. Você não precisa fazer mais nada com ele.`,
        no_answer: (organization: string) =>
          `Não tivemos notícias suas sobre este caso, por isso ${organization} o passou para outro revisor, para que o requerente não espere mais. Sabemos que voluntários têm vidas ocupadas; você não precisa responder.`,
      },
      linkOff: "O link de análise que enviamos para este caso não funciona mais.",
      thanks: "Obrigado por dedicar seu tempo a este trabalho.",
    },
    reviewReminder: {
      subject: (reference: string) => `Lembrete: caso para analisar — ${reference}`,
      lastSubject: (reference: string) => `Último lembrete: caso para analisar — ${reference}`,
      intro: "Um caso ainda está esperando a sua decisão. Obrigado pelo seu tempo.",
      last: "Este é o último lembrete. Sem uma decisão, o caso vai passar para outra pessoa.",
    },
    staffAlert: {
      subject: (kind: string, reference: string) => `${kind} — ${reference}`,
      greeting: (organization: string) => `À equipe de ${organization},`,
      alerts: {
        reviewer_silent: {
          subject: "Quem analisa o caso não respondeu",
          what: "A pessoa que analisa este caso não decidiu a tempo, mesmo depois dos lembretes.",
          todo: "Por favor, confira o caso e passe para outra pessoa, se for preciso.",
        },
        no_reviewer: {
          subject: "Ninguém disponível para analisar",
          what: "Nenhum voluntário está disponível para analisar este caso.",
          todo: "Por favor, passe o caso para alguém manualmente, ou inclua voluntários na lista.",
        },
        quorum_split: {
          subject: "Opiniões divididas",
          what: "As pessoas que analisaram este caso não concordaram numa decisão.",
          todo: "Por favor, leia as opiniões e tome a decisão.",
        },
        referral_declined: {
          subject: "Encaminhamento recusado",
          what: "Um parceiro recusou este caso.",
          todo: "Por favor, confira o caso e escolha outro parceiro, se for preciso.",
        },
        referral_lapsed: {
          subject: "Encaminhamento sem resposta",
          what: "Um parceiro não respondeu até o prazo.",
          todo: "Por favor, entre em contato com o parceiro ou escolha outro.",
        },
        referrals_exhausted: {
          subject: "Nenhum parceiro aceitou o caso",
          what: "Todos os parceiros consultados recusaram ou não responderam.",
          todo: "Por favor, decida como continuar: procurar outro advogado ou outra organização, ou encerrar o caso.",
        },
        workflow_stuck: {
          subject: "O caso parou de andar",
          what: "As etapas automáticas deste caso falharam várias vezes, por isso ele não anda mais sozinho.",
          todo: "Por favor, abra o caso e faça-o andar manualmente. Se isso acontecer de novo, avise o seu contato técnico.",
        },
        mail_refused: {
          subject: "E-mail não entregue",
          what: "O serviço de e-mail recusou de vez um e-mail sobre este caso, por isso ele não foi reenviado.",
          todo: "Por favor, fale com a pessoa de outro jeito e confira o e-mail dela.",
        },
        mail_refused_letter: {
          subject: "E-mail não entregue: carta para imprimir",
          what: "O serviço de e-mail recusou de vez um e-mail sobre este caso. A mesma mensagem está esperando como carta.",
          todo: "Por favor, imprima e envie pelo correio na página de cartas, e confira o e-mail da pessoa.",
        },
        task_overdue: {
          subject: "Tarefa atrasada",
          what: "Uma tarefa deste caso passou do prazo e não está marcada como feita.",
          todo: "Por favor, faça a tarefa, ou dê a ela uma nova data na página do caso.",
        },
        preservation_due: {
          subject: "Carta de preservação de provas não enviada",
          what: "A carta que pede a preservação das provas biológicas deste caso deve ser enviada e não está marcada como enviada.",
          todo: "Imprima e envie pela página de cartas, ou marque a tarefa como feita se ela foi enviada de outro jeito. Vamos lembrar toda semana até lá.",
        },
      },
      detailLabel: "Nota",
      lookup: "Procure o caso pela referência para ver os detalhes.",
    },
    infoRequest: {
      subject: (reference: string) => `Perguntas sobre o pedido — ${reference}`,
      intro: (organization: string) =>
        `${organization} está lendo o pedido. Temos algumas perguntas. As suas respostas nos ajudam a entender o caso.`,
      questionsLabel: "Nossas perguntas",
      how: "Você pode responder na página abaixo. Lá você também pode anexar documentos, como papéis do processo ou cartas. Se não souber alguma resposta, tudo bem dizer que não sabe.",
      howByPost:
        "Escreva suas respostas no papel e envie para nós pelo correio. Coloque sua referência em todas as páginas. Você pode enviar cópias de papéis que ajudem, como papéis do processo ou cartas; guarde os originais. Se não souber alguma resposta, tudo bem dizer que não sabe.",
      due: (date: string) => `Por favor, responda até ${date}.`,
      button: "Responder às perguntas",
      linkNote:
        "Este link é só seu. Não compartilhe: qualquer pessoa que tiver o link pode ver as perguntas e responder.",
    },
    draftSaved: {
      subject: "Seu pedido salvo",
      greeting: "Olá,",
      intro: "Você salvou o seu pedido de ajuda por uma condenação injusta, para terminar depois.",
      how: "Para continuar de onde parou, abra o link abaixo. Você também pode digitar o código que anotou na página “Continuar um pedido salvo”.",
      keptUntil: (date: string) =>
        `Guardamos o que você escreveu até ${date}. Depois disso, tudo é apagado, com os documentos que você adicionou. Cada vez que você salva, fica guardado por mais tempo.`,
      button: "Continuar meu pedido",
      linkNote: "Este link é só seu. Não compartilhe: quem tiver o link pode ver e mudar o seu pedido.",
    },
    expertRequest: {
      subject: (reference: string) => `Pedido de opinião de especialista — ${reference}`,
      greeting: "Prezado(a) especialista,",
      intro: (organization: string) =>
        `${organization} ajuda pessoas que podem ter sido condenadas injustamente. Quem analisa um dos casos pede a sua opinião de especialista. Agradecemos se puder considerar o pedido.`,
      questionLabel: "A pergunta",
      how: "A página abaixo mostra o caso sem os dados pessoais. Por favor, leia e envie a sua opinião nessa mesma página.",
      due: (date: string) => `Por favor, envie a sua opinião até ${date}.`,
    },
    caseAccepted: {
      subject: (reference: string) => `Caso aceito para continuar o trabalho — ${reference}`,
      body: {
        submitter: (organization: string) => [
          `Temos uma boa notícia. ${organization} aceitou o seu caso para continuar trabalhando nele.`,
          "Agora vamos pedir a um advogado que assuma o seu caso. Isso pode demorar, às vezes muitos meses. Vamos escrever quando houver novidades.",
          "Este é um passo importante. Ainda não quer dizer que a condenação vai mudar. Você não precisa fazer nada agora.",
        ],
        contact: (organization: string, applicant: string) => [
          `${organization} aceitou o caso de ${applicant} para continuar trabalhando nele.`,
          "Vamos pedir a um advogado que assuma o caso. Isso pode demorar. Vamos escrever quando houver novidades.",
        ],
        attorney: (organization: string, applicant: string) => [
          `Após análise, ${organization} aceitou o caso de ${applicant} para uma investigação mais aprofundada.`,
          "Agora vamos buscar um advogado que assuma o caso pro bono. Isso pode levar algum tempo.",
          "Entraremos em contato para combinar os próximos passos, inclusive o acesso aos autos. Obrigado pelo seu trabalho neste caso.",
        ],
      },
    },
    referralRequest: {
      subject: (reference: string) => `Encaminhamento de caso: você pode aceitar? — ${reference}`,
      ask: {
        lawyer: (organization: string) =>
          `${organization} analisou um possível erro judiciário e aceitou o caso para continuar o trabalho. Gostaríamos de saber se você pode assumir o caso como advogado pro bono.`,
        organization: (organization: string) =>
          `${organization} analisou um possível erro judiciário e aceitou o caso para continuar o trabalho. Gostaríamos de saber se a sua organização, como membro da rede, pode assumir o caso.`,
      },
      steps: "O que fazer: abra o link abaixo e leia o material do caso. Depois, aceite ou recuse o caso na página.",
      due: (date: string) =>
        `Por favor, responda até ${date}. Se recusar, vamos pedir a outra pessoa, então uma resposta rápida ajuda.`,
      button: "Abrir o material do caso",
    },
    caseReferred: {
      subject: (reference: string) => `Caso encaminhado para continuar o trabalho — ${reference}`,
      body: {
        submitter: (organization: string, referredTo: string) => [
          `Temos notícias sobre o seu caso. ${organization} passou o caso para ${referredTo}, que aceitou trabalhar nele.`,
          `A partir de agora, ${referredTo} vai falar diretamente com você. Isso pode levar algum tempo.`,
          "Por favor, guarde o seu número de referência. Você não precisa fazer um novo pedido.",
        ],
        contact: (organization: string, referredTo: string, applicant: string) => [
          `${organization} passou o caso de ${applicant} para ${referredTo}, que aceitou trabalhar nele.`,
          `A partir de agora, ${referredTo} cuida do caso.`,
        ],
        attorney: (organization: string, referredTo: string, applicant: string) => [
          `${organization} encaminhou o caso de ${applicant} para ${referredTo}, que aceitou assumi-lo.`,
          `${referredTo} entrará em contato para combinar os próximos passos, inclusive a passagem dos autos. Obrigado pela colaboração.`,
        ],
      },
    },
    caseDeclined: {
      subject: (reference: string) => `Decisão sobre o pedido — ${reference}`,
      body: {
        submitter: (organization: string) => [
          `Sentimos muito. Depois de uma análise cuidadosa, ${organization} não pode aceitar o seu caso.`,
          "Esta decisão não quer dizer que achamos que você é culpado. Quer dizer apenas que não podemos ajudar neste caso.",
        ],
        contact: (organization: string, applicant: string) => [
          `Sentimos muito. Depois de uma análise cuidadosa, ${organization} não pode aceitar o caso de ${applicant}.`,
          `Esta decisão não quer dizer que achamos que ${applicant} é culpado.`,
        ],
        attorney: (organization: string, applicant: string) => [
          `Após análise, ${organization} decidiu que não pode assumir o caso de ${applicant}.`,
          "Esta decisão reflete os nossos critérios e a nossa capacidade. Não é uma conclusão de que o seu cliente seja culpado.",
        ],
      },
      reasonsLabel: "Por que não podemos aceitar o caso:",
      directoryLabel: "Estas organizações talvez possam ajudar:",
      takesCasesFrom: "Aceita casos de",
      elsewhere: {
        submitter:
          "Você pode pedir ajuda em outro lugar. Por favor, guarde os seus papéis. Obrigado por nos confiar o seu pedido.",
        contact: "Pode haver ajuda em outro lugar. Obrigado pelo seu apoio.",
        attorney: "O seu cliente pode buscar ajuda em outro lugar. Obrigado por nos apresentar o caso.",
      },
    },
    preservationRequest: {
      subject: (reference: string) => `Pedido de preservação de provas biológicas — ${reference}`,
      custodians: {
        court_clerk: "Ao Cartório do Tribunal",
        police_evidence_room: "Ao Depósito de Provas da Polícia",
        laboratory: "Ao Laboratório",
        other: "Ao responsável pela guarda das provas",
      },
      greeting: "Prezados Senhores,",
      intro: (organization: string, applicant: string) =>
        `${organization} está examinando a condenação de ${applicant}, que afirma ser inocente. As provas biológicas deste caso, como sangue, cabelo, células da pele ou outro material que possa conter DNA, podem mostrar quem cometeu o crime.`,
      ask: "Pedimos que preservem todas as provas biológicas e todos os outros objetos de prova deste caso que estejam com vocês. Por favor, não os destruam, não os consumam em exames nem os devolvam, e nos avisem antes de qualquer decisão sobre eles.",
      answer: (email: string) =>
        `Por favor, escrevam para nós dizendo quais provas guardam e que elas serão preservadas, citando a nossa referência. Também podem escrever para ${email}.`,
      caseTitle: "O caso",
      facts: {
        person: "Pessoa condenada",
        otherNames: "Outros nomes",
        dateOfBirth: "Data de nascimento",
        place: "Local da condenação",
        court: "Tribunal",
        caseNumber: "Número do processo",
        offenses: "Condenada por",
        convictionDate: "Data da condenação",
      },
      signOff: (organization: string) => `Atenciosamente,\n${organization}`,
    },
    staffMessage: {
      subject: (reference: string) => `Uma mensagem sobre o pedido — ${reference}`,
      signOff: (organization: string) => `Atenciosamente,\n${organization}`,
      reply: "Para responder, responda a este e-mail ou escreva para nós. Por favor, informe o número de referência.",
    },
    appliedForYou: {
      subject: (reference: string) => `Um pedido de ajuda para o seu caso — ${reference}`,
      who: (name: string, relation: string) => `${name} (${relation})`,
      roles: { family: "um familiar", supporter: "um amigo ou apoiador", defense_attorney: "seu advogado" },
      intro: (who: string, organization: string) =>
        `${who} pediu a ${organization} que analise a sua condenação. ${organization} ajuda pessoas que podem ter sido condenadas injustamente. É grátis.`,
      yourSay:
        "Você pode nos escrever sobre isso: para contar mais sobre o seu caso, para fazer uma pergunta ou para dizer que não quer que a gente analise o caso.",
      confirm:
        "Antes de começarmos a analisar o seu caso, precisamos que você concorde por escrito. Escreva para nós dizendo que quer que a gente analise o seu caso, assine a carta e coloque a sua referência nela.",
      next: (submitter: string) => `Vamos manter ${submitter} informado. Você pode nos escrever a qualquer momento.`,
    },
    caseRouted: {
      subject: (reference: string) => `Pedido enviado para outra organização — ${reference}`,
      body: {
        submitter: (from: string, to: string) => [
          `${from} recebeu o seu pedido. A condenação aconteceu num lugar que ${to} atende.`,
          `Por isso, ${from} enviou o seu pedido para ${to}. Eles vão ler e escrever para você.`,
          "Você não precisa fazer um novo pedido. A sua referência continua a mesma.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `O pedido para ${applicant} foi enviado de ${from} para ${to}, que atende o lugar da condenação.`,
          "Ninguém precisa fazer um novo pedido. A referência continua a mesma.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `O pedido referente a ${applicant} foi transferido de ${from} para ${to}, que atende a jurisdição da condenação.`,
          `Não é necessário um novo pedido, e a referência não muda. ${to} vai continuar a análise e entrará em contato se for preciso.`,
        ],
      },
      movedBody: {
        submitter: (from: string, to: string) => [
          `${from} passou o seu pedido para ${to}, que está em melhor posição para analisar o seu caso.`,
          `${to} vai ler o pedido e escrever para você.`,
          "Você não precisa fazer um novo pedido. A sua referência continua a mesma.",
        ],
        contact: (from: string, to: string, applicant: string) => [
          `${from} passou o pedido de ${applicant} para ${to}, que está em melhor posição para analisar o caso.`,
          "Ninguém precisa fazer um novo pedido. A referência continua a mesma.",
        ],
        attorney: (from: string, to: string, applicant: string) => [
          `${from} transferiu o pedido referente a ${applicant} para ${to}, que está em melhor posição para analisar o caso.`,
          `Não é necessário um novo pedido, e a referência não muda. ${to} dará continuidade à análise e entrará em contato se necessário.`,
        ],
      },
    },
  },

  staff: {
    nav: {
      label: "Equipe",
      queue: "Fila de casos",
      newCase: "Registrar um pedido recebido pelo correio",
      letters: "Cartas para imprimir",
      questionnaire: "Questionário",
      reports: "Relatórios",
      exports: "Exportações",
      partners: "Parceiros de encaminhamento",
      apiDocs: "Referência da API",
    },
    statuses: {
      submitted: "enviado",
      screening: "verificação de critérios",
      awaiting_confirmation: "aguardando confirmação",
      in_review: "em análise",
      awaiting_info: "esperando informações",
      awaiting_expert: "esperando especialista",
      accepted: "aceito",
      referred: "encaminhado",
      routed: "transferido",
      declined: "recusado",
      closed: "encerrado",
      withdrawn: "retirado",
    },
    notYet: "ainda não",
    formRefused: {
      title: "Este formulário foi recusado",
      body: "Ele não veio das páginas deste site, por isso nada foi alterado. Volte, recarregue a página e envie o formulário de novo.",
    },
    queue: {
      title: "Fila de casos",
      errorTitle: "Não foi possível usar estes filtros",
      filters: "Encontrar casos",
      status: "Situação",
      anyStatus: "Qualquer situação",
      organization: "Organização",
      anyOrganization: "Qualquer organização",
      reviewer: "Revisor consultado",
      anyReviewer: "Qualquer revisor",
      reviewerOption: (name: string, organization: string) => `${name} (${organization})`,
      inactiveReviewerOption: (name: string, organization: string) => `${name} (${organization}, inativo)`,
      submittedFrom: "Enviado a partir de",
      submittedTo: "Enviado até",
      overdueOnly: "Só atrasados (alguém que devia agir passou do prazo)",
      stuckOnly: "Só parados (não andam sozinhos: é preciso movê-los manualmente)",
      show: "Mostrar casos",
      clear: "Limpar busca e filtros",
      search: "Buscar",
      searchHint: (max: number) =>
        `Uma referência, um e-mail, um número de matrícula ou de processo, ou um nome: palavras inteiras, em qualquer ordem (no máximo ${max}). Os filtros abaixo restringem o resultado.`,
      captionFound: (query: string, shown: number, continued: boolean) =>
        `Casos encontrados para “${query}”, mais novos primeiro${continued ? " (continuação)" : ""}: ${shown} mostrados`,
      emptySearch: "Nenhum caso corresponde a esta busca e a estes filtros.",
      preservationOnly: "Carta de preservação de provas ainda não enviada",
      preservationDue: "Carta de preservação de provas até",
      exportCsv: "Exportar estes casos em CSV",
      caption: (shown: number) => `Casos, do mais recente: ${shown} mostrados`,
      captionContinued: (shown: number) => `Casos, do mais recente (continuação): ${shown} mostrados`,
      empty: "Nenhum caso corresponde a estes filtros.",
      columns: {
        reference: "Referência",
        organization: "Organização",
        applicant: "Requerente",
        status: "Situação",
        submitted: "Enviado",
        stageDue: "Prazo da etapa",
        possibleDuplicates: "Possíveis duplicados",
        nextTask: "Próxima tarefa",
      },
      nothingOpen: "nada pendente",
      overdue: "atrasado",
      stuck: "parado",
      firstPage: "Primeira página",
      nextPage: "Próxima página",
      errors: {
        status: (unknown: string) => `Situação desconhecida: ${unknown}.`,
        overdue: "“Atrasados” fica marcado (true) ou em branco.",
        stuck: "“Parados” fica marcado (true) ou em branco.",
        submittedFrom: "Informe o primeiro dia como data, por exemplo 2026-11-01.",
        submittedTo: "Informe o último dia como data, por exemplo 2026-11-30.",
        limit: "O número de casos por página (limit) deve ser um número inteiro de 1 a 200.",
        cursor: "Este link de página não é válido. Comece de novo pela primeira página.",
        myTasks: "“Minhas tarefas” fica marcado (true) ou de fora.",
        dueThisWeek: "“Tarefas desta semana” fica marcado (true) ou de fora.",
        preservation: "“Carta de preservação não enviada” fica marcada (true) ou em branco.",
      },
      myTasks: "Minhas tarefas (casos com uma tarefa minha em aberto)",
      dueThisWeek: "Tarefas desta semana (nos próximos sete dias, ou atrasadas)",
      noTask: "nenhuma",
      erased: "(apagada)",
    },
    case: {
      title: (reference: string) => `Caso ${reference}`,
      errorTitle: "Não foi possível fazer isso",
      done: {
        reassigned: "A análise foi passada para outra pessoa, que recebeu o link por e-mail.",
        withdrawn: "O pedido foi retirado. Os pedidos em aberto e os seus links foram cancelados.",
        closed: "O caso foi encerrado. Os pedidos em aberto e os seus links foram cancelados.",
        offered:
          "O caso está sendo oferecido. O parceiro ou a organização recebe o pacote do caso por e-mail em até um minuto.",
        returned:
          "O caso voltou para análise. Os pedidos em aberto foram cancelados; os revisores recebem um e-mail em até um minuto.",
        reopened: "O caso foi reaberto e está de novo em análise. Os revisores recebem um e-mail em até um minuto.",
        moved:
          "O caso foi transferido. Os revisores da outra organização e o lado do requerente recebem um e-mail em até um minuto.",
        emailed: "A mensagem foi enviada por e-mail.",
        letter: "A mensagem está esperando em “Cartas para imprimir”: imprima e envie pelo correio.",
        logged: "Foi registrado, com as digitalizações.",
        noted: "A nota foi adicionada.",
        task: "A tarefa foi adicionada.",
        taskChanged: "A tarefa foi alterada.",
        confirmed: "A confirmação foi registrada. Os revisores recebem um e-mail em até um minuto.",
        answered: "A resposta foi registrada, com as digitalizações. Os revisores recebem um e-mail em até um minuto.",
        entered:
          "O pedido recebido pelo correio foi salvo com as digitalizações, e a análise começou. Uma resposta para quem não tem e-mail espera em Cartas para imprimir.",
      },
      summary: {
        title: "Resumo",
        reference: "Referência",
        status: "Situação",
        organization: "Organização",
        source: "Origem",
        language: "Idioma",
        sentBy: "Enviado por",
        submitted: "Enviado",
        updated: "Última atualização",
      },
      sources: { web_form: "formulário na web", api: "API", paper_mail: "correio" },
      actions: {
        title: "Ações",
        nothingMore: (status: string) => `Este caso está ${status}: não há mais nada a fazer com ele aqui.`,
        reassignTitle: "Passar uma análise para outra pessoa",
        review: "Análise",
        reviewOption: (round: number, reviewer: string, due: string) => `Rodada ${round}: ${reviewer}, prazo ${due}`,
        newReviewer: "Novo revisor",
        leastLoaded: "O revisor com menos casos que ainda não viu este caso",
        reassign: "Passar a análise",
        withdrawTitle: "Retirar o pedido",
        withdrawBody: "A pedido da pessoa. Isso para a análise e cancela todos os links de pedidos em aberto.",
        withdrawConfirm: "A pessoa pediu para retirar o pedido",
        withdraw: "Retirar o pedido",
        closeTitle: "Encerrar o caso",
        closeBody:
          "Isso para a análise e cancela todos os links de pedidos em aberto. Um caso encerrado pode ser reaberto enquanto estiver guardado.",
        reason: "Motivo",
        chooseReason: "Escolha um motivo",
        close: "Encerrar o caso",
        closeReasons: {
          duplicate: "Duplicado de outro caso",
          no_reviewer: "Nenhum revisor disponível",
          referrals_exhausted: "Todos os encaminhamentos foram recusados",
          no_response: "A pessoa não respondeu",
          resolved_elsewhere: "Resolvido em outro lugar",
          other: "Outro",
        },
        chooseOne: "Escolha uma opção",
      },
      errors: {
        chooseReview: "Escolha a análise.",
        confirmWithdraw: "Marque a caixa para confirmar que a pessoa pediu para retirar o pedido.",
        chooseCloseReason: "Escolha por que o caso está sendo encerrado.",
        reviewNotFound: "Este caso não tem essa análise.",
        reviewNotOpen: (status: string) =>
          `Esta análise está “${status}”; só uma análise em aberto pode ser passada para outra pessoa.`,
        chooseAnotherReviewer: "Escolha outro revisor ativo da organização do caso.",
        noReviewerLeft: "Não sobrou nenhum outro revisor ativo para fazer esta análise.",
        alreadyEnded: (status: string, wanted: string) =>
          `Este caso já está “${status}”; não pode ficar “${wanted}”. Nada foi alterado.`,
        caseGone: "Este caso não existe mais.",
      },
      applicant: {
        title: "Requerente",
        name: "Nome",
        submittedBy: "Enviado por",
        submitter: (name: string, role: string) => `${name} (${role})`,
        relationship: "Relação",
      },
      contacts: {
        title: "Contatos",
        caption: "As pessoas do caso e como falar com elas",
        name: "Nome",
        role: "Papel",
        email: "E-mail",
        postalAddress: "Endereço postal",
        language: "Idioma",
        getsUpdates: "Recebe novidades",
        submitter: (role: string) => `${role} (enviou o pedido)`,
        roles: {
          applicant: "pessoa condenada",
          family: "familiar",
          supporter: "apoiador",
          defense_attorney: "advogado de defesa",
          trial_attorney: "advogado no julgamento",
          appeal_attorney: "advogado no recurso",
          referral_partner: "parceiro",
          evidence_custodian: "guarda das provas",
          expert: "especialista",
          staff: "equipe",
        },
      },
      documents: {
        title: "Documentos",
        none: "Nenhum documento foi enviado.",
        about: (type: string, kilobytes: number, from: string, day: string) =>
          `(${type}, ${kilobytes} KB, enviado por: ${from}, ${day})`,
      },
      screening: {
        title: "Verificação dos critérios",
        none: "Ainda não verificado.",
        label: (organization: string) => `Verificação em ${organization}`,
        at: (organization: string, version: string) => `Em ${organization}, versão dos critérios ${version}: `,
        noVersion: "nenhuma",
        outcomes: { pass: "atende", flagged: "pontos marcados", route: "transferir", decline: "recusar" },
        results: { pass: "atende", fail: "não atende", unknown: "a avaliar" },
        onFail: (what: string) => ` (se não atender: ${what})`,
        onFailActions: { decline: "recusar", route: "transferir", flag: "marcar" },
      },
      assignments: {
        title: "Solicitações",
        caption: "Quem foi chamado a agir, do mais antigo",
        empty: "Ninguém foi chamado a agir ainda.",
        nobody: "ninguém",
        asked: "Chamado",
        kind: "Tipo",
        round: "Rodada",
        status: "Situação",
        due: "Prazo",
        reminders: "Lembretes",
        created: "Criado",
        completed: "Concluído",
        kinds: {
          review: "análise",
          respond: "resposta",
          consult: "opinião de especialista",
          referral: "encaminhamento",
        },
        statuses: {
          open: "em aberto",
          done: "feito",
          lapsed: "vencido",
          reassigned: "passado adiante",
          revoked: "cancelado",
        },
      },
      decisions: {
        title: "Decisões",
        caption: "Decisões dos revisores, da mais antiga",
        reviewer: "Revisor",
        round: "Rodada",
        outcome: "Decisão",
        reasons: "Motivos",
        questions: "Perguntas",
        note: "Nota",
        decided: "Decidido",
        outcomes: {
          accept: "aceitar",
          decline: "recusar",
          request_info: "pedir informações",
          consult_expert: "consultar especialista",
          refer: "encaminhar",
        },
      },
      responses: {
        title: "Respostas, opiniões e retornos de encaminhamento",
        kinds: {
          answer: "Resposta da pessoa",
          opinion: "Opinião do especialista",
          referral: "Retorno do encaminhamento",
        },
        heading: (kind: string, round: number) => `${kind}, rodada ${round}`,
        accepted: "Aceitou o encaminhamento.",
        declined: "Recusou o encaminhamento.",
        received: "Recebido",
      },
      duplicates: {
        title: "Possíveis duplicados",
        caption: "Outros casos que podem ser da mesma pessoa",
        empty: "Nenhum outro caso cita a mesma pessoa.",
        organization: "Organização",
        submitted: "Enviado",
        matchedOn: "Coincide em",
        case: "Caso",
        elsewhere: "em outra organização",
        matches: { name_birth_date: "nome e data de nascimento", name_prison_number: "nome e número de matrícula" },
      },
      timeline: {
        title: "Histórico",
        caption: "Tudo o que aconteceu com o caso, do mais antigo",
        time: "Hora",
        event: "Acontecimento",
        by: "Por",
        details: "Detalhes",
        events: {
          submitted: "enviado",
          received: "recebido",
          screened: "critérios verificados",
          routed: "transferido",
          in_review: "em análise",
          awaiting_info: "esperando informações",
          awaiting_expert: "esperando especialista",
          accepted: "aceito",
          referred: "encaminhado",
          declined: "recusado",
          withdrawn: "retirado",
          closed: "encerrado",
          assigned: "atribuído",
          reminded: "lembrete enviado",
          escalated: "equipe avisada",
          reassigned: "passado adiante",
          decided: "decidido",
          answered: "respondido",
          opinion_given: "opinião enviada",
          request_lapsed: "pedido vencido",
          referral_offered: "encaminhamento oferecido",
          referral_accepted: "encaminhamento aceito",
          referral_refused: "encaminhamento não aceito",
          referral_declined: "encaminhamento recusado",
          referral_lapsed: "encaminhamento vencido",
          workflow_errored: "erro nas etapas automáticas",
          workflow_restarted: "etapas automáticas reiniciadas",
          notified: "mensagem enviada",
          message_failed: "mensagem com falha",
          viewed_by_staff: "visto pela equipe",
        },
        who: "Quem",
      },
      messages: {
        title: "Mensagens",
        caption: "Quem foi avisado de quê, do mais antigo",
        empty: "Ainda não há mensagens.",
        template: "Modelo",
        channel: "Canal",
        recipient: "Destinatário",
        status: "Situação",
        created: "Criada",
        sent: "Enviada",
        recipientKind: (kind: string, name: string) => `${kind}: ${name}`,
        recipientKinds: { contact: "contato", reviewer: "revisor", organization: "organização" },
        templates: {
          acknowledgement: "confirmação de recebimento",
          "review-request": "pedido de análise",
          "review-reminder": "lembrete de análise",
          "staff-alert": "aviso à equipe",
          "info-request": "pedido de informações",
          "expert-request": "pedido ao especialista",
          "case-accepted": "caso aceito",
          "referral-request": "pedido de encaminhamento",
          "case-referred": "caso encaminhado",
          "case-declined": "caso recusado",
          "case-routed": "caso transferido",
          "applied-for-you": "pedido feito por outra pessoa",
        },
        channels: { email: "e-mail", post: "correio" },
        statuses: { pending: "pendente", sent: "enviada", failed: "com falha" },
      },
    },
    letters: {
      title: "Cartas para imprimir",
      intro:
        "Estas pessoas deram só um endereço postal. Imprima cada carta e mande pelo correio; ela fica registrada como enviada. A impressão cria os links particulares da carta, então imprima cada carta uma só vez.",
      custodyNote:
        "Cartas para alguém preso não têm links: trazem a referência e o seu endereço para a resposta. O prazo para responder a uma carta com perguntas começa quando ela é impressa.",
      noAddressTitle: "Falta o endereço para resposta",
      noAddress: (organizations: string) =>
        `${organizations} não tem endereço postal, então as cartas não podem dizer para onde responder. Cadastre primeiro: PATCH /api/v1/organizations/<slug> com {"postalAddress": "…"}.`,
      none: "Nenhuma carta está esperando.",
      caption: "Cartas esperando, da mais antiga",
      columns: {
        print: "Imprimir",
        case: "Caso",
        letter: "Carta",
        to: "Para",
        organization: "Organização",
        since: "Desde",
      },
      printLabel: (letter: string, reference: string) => `Imprimir a carta “${letter}” de ${reference}`,
      paper: "Papel",
      paperOwn: "O de cada organização: US Letter na América do Norte, A4 nos outros lugares",
      paperA4: "A4",
      paperLetter: "US Letter",
      print: "Imprimir as cartas escolhidas",
      printedTitle: "Cartas",
      noneLeft: "Nenhuma das cartas escolhidas está mais esperando: elas já foram impressas.",
      printed: (count: number) =>
        count === 1
          ? "1 carta, agora marcada como enviada. Use o comando Imprimir do navegador."
          : `${count} cartas, agora marcadas como enviadas. Use o comando Imprimir do navegador; cada carta começa numa página nova.`,
      back: "Voltar para as cartas",
      letterLabel: (name: string, reference: string) => `Carta para ${name}, ${reference}`,
    },
    apiDocs: {
      title: "Referência da API",
      baseUrl: "URL base:",
      document: "O documento legível por máquina (OpenAPI 3.1) está em",
      auth: "As operações da equipe precisam de um token do Cloudflare Access (Cf-Access-Jwt-Assertion, definido pelo Access) ou Authorization: Bearer com o token da API da equipe.",
      sections: "Seções",
      staffOnly: "Só para a equipe.",
      parameters: "Parâmetros",
      name: "Nome",
      in: "Em",
      required: "Obrigatório",
      about: "Descrição",
      body: (types: string) => `Corpo: ${types}.`,
      fields: "Campos:",
      requiredField: "(obrigatório)",
      or: " ou ",
    },
    devSignIn: {
      link: "Entrar para desenvolvimento local",
      title: "Entrada da equipe (desenvolvimento)",
      heading: "Entrada da equipe para desenvolvimento local",
      intro:
        "Em produção, a equipe entra pelo Cloudflare Access. Aqui, em vez disso, o token da API da equipe abre as páginas da equipe.",
      pagesLink: "Abrir as páginas da equipe",
      token: "Token da API da equipe",
      tokenHint: "O valor de STAFF_API_TOKEN em .dev.vars.",
      wrongToken: "Este não é o token da API da equipe deste servidor.",
      submit: "Entrar",
    },
    mailbox: {
      title: "Caixa de correio de desenvolvimento",
      intro:
        "Todas as mensagens que o aplicativo enviou, da mais recente. Abra uma para ver como quem recebeu vê, e siga os links.",
      json: "Em JSON:",
      empty: "Ainda não há mensagens.",
      apply: "Enviar um pedido",
      sent: "Enviada",
      to: "Para",
      subject: "Assunto",
    },
    erased: "(apagado)",
    desk: {
      kinds: { letter: "Carta", call: "Telefonema", email: "E-mail", visit: "Visita" },
      channels: { email: "E-mail", post: "Carta" },
      incoming: (kind: string) => `Recebido: ${kind}`,
      outgoing: (kind: string) => `Enviado: ${kind}`,
      noScans: "sem digitalizações",
      messageStatuses: {
        sent: "enviado",
        printed: "impresso",
        waitingToPrint: "esperando impressão",
        pending: "pendente",
        failed: "falhou",
      },
      title: "Correspondência",
      caption:
        "Cartas, telefonemas, e-mails e visitas recebidos, e mensagens escritas pela equipe, dos mais antigos aos mais novos",
      empty: "Ainda não há correspondência.",
      columns: { day: "Dia", person: "Pessoa", says: "O que diz", scans: "Digitalizações ou situação" },
      writeTitle: "Escrever para alguém",
      snippetTitle: "Começar com um texto pronto",
      snippet: "Texto pronto",
      useSnippet: "Usar este texto",
      messageTitle: "Mensagem",
      send: "Enviar",
      messageIntro:
        "A pessoa lê a mensagem no modelo do idioma dela: uma saudação, o seu texto, a despedida da organização e a referência. Vai por e-mail quando ela tem endereço; se não, espera em Cartas para imprimir.",
      to: "Para",
      contactOption: (name: string, role: string, language: string) => `${name} (${role}, ${language})`,
      postOnlyOption: (name: string, role: string, language: string) =>
        `${name} (${role}, só pelo correio, ${language})`,
      sendBy: "Enviar por",
      sendByDefault: "E-mail se a pessoa tiver endereço; se não, uma carta",
      heading: "Título (opcional; aparece na mensagem, nunca no assunto)",
      body: "Seu texto",
      logTitle: "Registrar correspondência, um telefonema, um e-mail ou uma visita",
      log: "Registrar",
      kind: "O que chegou",
      date: "Dia em que chegou ou aconteceu",
      from: "De",
      fromNobody: "Alguém que não está no caso",
      personOption: (name: string, role: string) => `${name} (${role})`,
      inAnswerTo: "Em resposta a",
      noTask: "Nenhuma tarefa",
      summary: "O que diz ou pede",
      scans: "Digitalizações (opcional; PDF, JPEG, PNG, HEIC, TIFF)",
      answerTitle: "Digitar a resposta que chegou pelo correio",
      recordAnswer: "Registrar a resposta",
      answerDue: (round: number, due: string) =>
        `Os revisores perguntaram na rodada ${round}; o prazo da resposta é ${due}. Registrá-la aqui é o mesmo que uma resposta enviada pela internet: os revisores são chamados a decidir de novo.`,
      questions: "As perguntas",
      answer: "A resposta, como está na carta",
      answerScans: "Digitalizações da carta e do que veio com ela (PDF, JPEG, PNG, HEIC, TIFF)",
    },
    tasks: {
      title: "Tarefas",
      caption: "Tarefas abertas primeiro, por dia do prazo",
      empty: "Ainda não há tarefas.",
      columns: { task: "Tarefa", due: "Prazo", assignee: "Responsável", done: "Feita", change: "Mudar" },
      overdue: "atrasada",
      whoeverMadeIt: "quem a criou",
      notDone: "Não",
      openAgain: "Abrir de novo",
      markDone: "Marcar como feita",
      changeLabel: (change: string, task: string) => `${change}: ${task}`,
      aTask: "tarefa",
      addTitle: "Adicionar uma tarefa",
      add: "Adicionar tarefa",
      what: "O que fazer",
      due: "Prazo",
      who: "Quem faz",
      me: "Eu",
    },
    notes: {
      title: "Notas",
      intro: "Só para a equipe: ninguém fora das páginas da equipe as vê.",
      caption: "Notas internas, das mais antigas às mais novas",
      empty: "Ainda não há notas.",
      columns: { written: "Escrita em", by: "Por", note: "Nota" },
      addTitle: "Adicionar uma nota",
      add: "Adicionar nota",
      note: "Nota",
    },
    preservation: {
      title: "Preservação de provas",
      intro:
        "Existem ou podem existir provas biológicas neste caso. Peça por escrito a quem as guarda que não as destrua. Até a carta ser marcada como enviada, o endereço de triagem recebe um lembrete toda semana a partir do prazo.",
      letterDue: "Prazo da carta",
      overdue: "atrasada",
      sent: "Enviada",
      notYet: "Ainda não",
      custodian: "Quem guarda as provas",
      noPostalAddress: "(sem endereço postal)",
      nobodyNamed: "O pedido não indica ninguém. Descubra quem guarda as provas e escreva para essa pessoa ou órgão.",
      letter: "Carta",
      noLetter: "Nenhuma preparada: não há endereço postal para onde enviá-la.",
      printed: "Impressa em",
      waiting: "Esperando impressão. Imprimir marca a carta como enviada:",
      waitingIn: (language: string) => `Esperando impressão, em ${language}. Imprimir marca a carta como enviada:`,
      answersCaption: "As respostas de quem guarda as provas, registradas como correspondência desta tarefa",
      answersEmpty: (form: string) =>
        `Nenhuma resposta registrada ainda. Registre em “${form}”, escolhendo esta tarefa.`,
      columns: { day: "Dia", how: "Como", says: "O que diz" },
    },
    person: {
      title: "Dados pessoais",
      noOtherCase:
        "Não foi encontrado outro caso desta pessoa (pelo nome com data de nascimento ou número de matrícula no presídio).",
      otherCases: (count: number) =>
        `Esta pessoa tem mais ${count} ${count === 1 ? "caso" : "casos"} aqui (encontrados pelo nome com data de nascimento ou número de matrícula no presídio).`,
      elsewhere: (count: number) =>
        `Mais ${count} ${count === 1 ? "está" : "estão"} com outras organizações, para a equipe delas.`,
      downloadCase: "Baixar este caso (ZIP)",
      downloadPerson: (count: number) =>
        `Baixar tudo sobre esta pessoa: ${count} ${count === 1 ? "caso" : "casos"} (ZIP)`,
      zipsMadeForYou:
        "O ZIP é preparado em segundo plano. A próxima página mostra o andamento, e ali você pode baixá-lo durante um dia.",
      eraseCase: "Apagar este caso",
      eraseCaseBody: "Apaga este caso, as pessoas, os arquivos, as mensagens e o histórico dele. Não dá para desfazer.",
      erasePerson: (count: number) => `Apagar todos os casos desta pessoa (${count})`,
      erasePersonBody: "Apaga cada caso da pessoa como acima. Não dá para desfazer.",
      typeReference: (reference: string) => `Digite a referência ${reference} para confirmar`,
      notErased: "Nada foi apagado",
      notConfirmed: (reference: string) =>
        `Nada foi apagado: a referência digitada não era ${reference}. Volte e digite exatamente para confirmar.`,
      caseErasedTitle: "Caso apagado",
      caseErased: (reference: string) => `O caso ${reference} e tudo sobre ele foi apagado.`,
      personErasedTitle: "Casos da pessoa apagados",
      personErased: (count: number) =>
        count === 1 ? "1 caso desta pessoa foi apagado." : `${count} casos desta pessoa foram apagados.`,
      leftElsewhere: (count: number) =>
        count === 1
          ? "1 caso em outra organização fica para a equipe dela."
          : `${count} casos em outras organizações ficam para a equipe delas.`,
      back: "Voltar para a fila de casos",
    },
    moves: {
      confirmTitle: "Registrar a confirmação por escrito",
      confirm: "Registrar: a análise começa",
      confirmBody:
        "Outra pessoa fez o pedido por esta pessoa presa, e a sua organização só analisa depois que ela concorda por escrito. Quando a carta assinada chegar, registre aqui: o caso vai para análise. Registre a própria carta em “Registrar correspondência” para guardar a digitalização.",
      receivedOn: "Dia em que a carta chegou",
      referPartnerTitle: "Oferecer a um parceiro de encaminhamento",
      referPartnerBody:
        "O parceiro recebe por e-mail o dossiê do caso e deve aceitar ou recusar dentro do prazo de sempre.",
      partner: "Parceiro de encaminhamento",
      referOrganizationTitle: "Oferecer a outra organização da rede",
      referOrganizationBody:
        "A equipe de triagem dela recebe por e-mail o dossiê do caso e deve aceitar ou recusar o caso.",
      memberOrganization: "Organização da rede",
      sendOffer: "Enviar a oferta",
      returnTitle: "Devolver para análise",
      return: "Devolver para análise",
      returnBody:
        "Os pedidos em aberto (perguntas, parecer de especialista, encaminhamento) são cancelados, e os revisores da última rodada são chamados a decidir de novo; outros revisores, se eles não estiverem mais ativos.",
      reopenTitle: "Reabrir o caso",
      reopen: "Reabrir caso",
      reopenBody: "O caso volta para análise, com os revisores da última rodada enquanto estiverem ativos.",
      reopenReason: "Por que está sendo reaberto",
      reopenReasons: {
        new_information: "Chegaram informações novas",
        applicant_asked: "A pessoa pediu que olhássemos de novo",
        decided_in_error: "Foi encerrado por engano",
        other: "Outro",
      },
      moveTitle: "Passar para outra organização",
      move: "Passar o caso",
      moveBody:
        "Os pedidos em aberto são cancelados; a outra organização verifica os critérios, os revisores dela assumem o caso e o lado de quem pediu é avisado. Você não verá mais o caso, a não ser que seja da equipe da rede.",
      organization: "Organização",
      errors: {
        choosePartner: "Escolha um parceiro de encaminhamento.",
        chooseOrganization: "Escolha uma organização.",
        chooseReopenReason: "Escolha por que o caso está sendo reaberto.",
        emptyAnswer: "Digite a resposta ou adicione as digitalizações dela.",
      },
    },
    formIssue: (field: string, problem: string) => `${field}: ${problem}`,
    formFields: {
      contactId: "Para",
      body: "Seu texto",
      subject: "Título",
      channel: "Enviar por",
      kind: "O que chegou",
      title: "O que fazer",
      dueOn: "Prazo",
      assigneeId: "Quem faz",
      date: "Dia",
      summary: "O que diz",
      receivedOn: "Dia em que a carta chegou",
      answer: "A resposta",
    },
    refusals: {
      noSuchCase: "Este caso não existe.",
      gone: "apagado",
      referred: "Este caso foi encaminhado: saiu da análise, então não pode mais avançar aqui.",
      endedReopenFirst: (status: string) => `Este caso está ${status}: reabra-o primeiro.`,
      endedReopenInstead: (status: string) => `Este caso está ${status}: reabra-o em vez disso.`,
      moving:
        "Este caso ainda está avançando sozinho (o processo automático dele está rodando): espere um minuto e tente de novo.",
      changed: (status: string) =>
        `Alguém ou algo mudou este caso agora há pouco (agora ele está ${status}); nada foi mudado. Recarregue e tente de novo.`,
      referralWaiting: (day: string) =>
        `Um encaminhamento espera resposta até ${day}: espere a resposta ou o fim do prazo.`,
      notReferable: (status: string) =>
        `Este caso está ${status}: só pode ser encaminhado um caso aceito, ou um cujos encaminhamentos a outros membros foram todos recusados ou venceram.`,
      choosePartner: "Escolha um parceiro de encaminhamento ativo da organização do caso.",
      chooseOtherOrganization: "Escolha outra organização da rede.",
      inReviewAlready: (day: string) =>
        `Este caso já está em análise: um revisor deve decidir até ${day}. Em vez disso, passe a análise para outra pessoa.`,
      notReopenable: (status: string) =>
        `Este caso está ${status}: só um caso retirado, recusado ou encerrado pode ser reaberto.`,
      retentionEnded: (day: string) =>
        `O prazo de guarda deste caso terminou em ${day}: ele está sendo apagado e não pode ser reaberto.`,
      notAwaitingConfirmation: (status: string) =>
        `Este caso está ${status}: não está esperando uma confirmação por escrito.`,
      notAwaitingAnswers: "Este caso não está esperando respostas: não há perguntas em aberto para a pessoa.",
      answeredJustNow: "As perguntas foram respondidas ou encerradas agora há pouco.",
      erasedNothingAdded: "Os dados deste caso foram apagados: não dá para adicionar nada.",
      erasedNothingWritten: "Os dados deste caso foram apagados: não dá para escrever nada.",
      chooseStaff: "Escolha alguém ativo da equipe que possa ver este caso.",
      taskChanged: "Alguém mudou esta tarefa agora há pouco; nada foi mudado. Recarregue.",
      choosePerson: "Escolha uma pessoa deste caso.",
      noEmail: "Esta pessoa não tem endereço de e-mail.",
      noPostalAddress: "Esta pessoa não tem endereço postal.",
      chooseTask: "Escolha uma tarefa deste caso.",
    },
    reports: {
      title: "Relatórios",
      errorTitle: "Confira os filtros",
      filters: "Filtros",
      from: "Recebidos a partir de",
      to: "Recebidos até (inclusive)",
      organization: "Organização",
      allOrganizations: "Todas que posso ver",
      show: "Mostrar",
      empty: "Nada neste período.",
      chartTitle: (caption: string) => `${caption}, em gráfico de barras; a tabela abaixo tem os mesmos números.`,
      exportTable: (caption: string) => `Exportar “${caption}” como CSV`,
      badDay: "Digite um dia como 2026-01-31; o último igual ou depois do primeiro.",
      chooseOrganization: "Escolha uma organização da lista.",
      tables: {
        months: { caption: "Pedidos por mês", columns: ["mês", "pedidos"] },
        sources: { caption: "Pedidos por canal", columns: ["canal", "pedidos"] },
        jurisdictions: { caption: "Pedidos por local da condenação", columns: ["local", "pedidos"] },
        organizations: { caption: "Pedidos por organização", columns: ["organização", "pedidos"] },
        outcomes: { caption: "Onde os casos estão agora", columns: ["situação", "casos"] },
        "decline-reasons": {
          caption: "Motivos de recusa (um caso pode ter vários)",
          columns: ["motivo", "casos"],
        },
        evidence: {
          caption: "Provas citadas nos pedidos (um caso pode citar várias)",
          columns: ["prova", "casos"],
        },
        timing: {
          caption: "Dias desde o recebimento",
          columns: ["até", "casos", "mediana de dias", "percentil 90 de dias"],
        },
        reviewers: {
          caption: "Carga atual dos revisores",
          columns: ["revisor", "organização", "análises abertas", "atrasadas"],
        },
      },
      sources: { web: "site", api: "API", post: "correio" },
      timing: { firstDecision: "primeira decisão", outcome: "resultado" },
    },
    partners: {
      title: "Parceiros de encaminhamento",
      intro:
        "Um caso aceito é oferecido ao primeiro parceiro ativo da organização. Quando um parceiro recusa ou não responde, você pode oferecer o caso a outro na página do caso. Um parceiro desativado não recebe casos novos.",
      errorTitle: "Não foi possível adicionar o parceiro",
      added: "O parceiro foi adicionado.",
      changed: "O parceiro foi alterado.",
      caption: (organization: string) => `Parceiros de encaminhamento de ${organization}`,
      empty: "Ainda não há parceiros de encaminhamento.",
      columns: { name: "Nome", email: "E-mail", language: "Idioma", active: "Ativo", change: "Mudar" },
      yes: "Sim",
      no: "Não",
      activate: (name: string) => `Ativar ${name}`,
      deactivate: (name: string) => `Desativar ${name}`,
      activateButton: "Ativar",
      deactivateButton: "Desativar",
      addTitle: "Adicionar um parceiro de encaminhamento",
      fields: { organization: "Organização", name: "Nome", email: "E-mail", language: "Idioma dos e-mails" },
      add: "Adicionar parceiro",
      errors: {
        organization: "Escolha uma organização.",
        name: "Digite o nome do parceiro (até 200 caracteres).",
        email: "Digite um e-mail como nome@exemplo.org.",
        language: "Escolha um idioma.",
      },
    },
    exports: {
      rows: (count: number) => `${count.toLocaleString("pt-BR")} ${count === 1 ? "linha" : "linhas"}`,
      cases: "Casos",
      files: (count: number) => `${count.toLocaleString("pt-BR")} ${count === 1 ? "arquivo" : "arquivos"}`,
      caseArchive: (file: string) => `Tudo o que está guardado sobre um caso, em ZIP (${file})`,
      personArchive: (file: string) =>
        `Tudo o que está guardado sobre uma pessoa, em todos os seus casos, em ZIP (${file})`,
      reportTable: (table: string) => `Tabela do relatório “${table}”`,
      withFilters: (what: string, filters: string) => `${what} (${filters})`,
      noFilters: (what: string) => `${what} (sem filtros)`,
      startTitle: "Exportar como CSV",
      startBody:
        "O arquivo é preparado em segundo plano com todas as linhas desses filtros. A próxima página mostra o andamento, e lá o arquivo pode ser baixado por um dia.",
      prepare: "Preparar o CSV",
      title: "Exportação",
      counting: "Contando as linhas…",
      listingFiles: "Listando os arquivos…",
      preparing: (done: number, total: number) =>
        `Preparando: ${done.toLocaleString("pt-BR")} de ${total.toLocaleString("pt-BR")} ${total === 1 ? "linha escrita" : "linhas escritas"}.`,
      preparingFiles: (done: number, total: number) =>
        `Preparando: ${done.toLocaleString("pt-BR")} de ${total.toLocaleString("pt-BR")} ${total === 1 ? "arquivo escrito" : "arquivos escritos"}.`,
      ready: (rows: string, size: string) => `Pronto: ${rows}, ${size}.`,
      failed: "Esta exportação falhou e nada foi guardado. Peça de novo.",
      expired: "Este arquivo foi apagado um dia depois de ser criado. Peça de novo.",
      reloads: (seconds: number) => `Esta página recarrega a cada ${seconds} segundos.`,
      reloadNow: "Recarregar agora",
      download: "Baixar o CSV",
      downloadZip: "Baixar o ZIP",
      keptUntil: "Guardado até (depois é apagado):",
      again: "Exportar de novo",
      every: "Todas as exportações",
      listTitle: "Exportações",
      listIntro:
        "Os arquivos ficam guardados por um dia depois do pedido. Peça um novo na fila de casos, nos relatórios ou na página de um caso.",
      caption: "Exportações, das mais novas às mais antigas",
      empty: "Ainda não há exportações.",
      columns: { asked: "Pedida em", what: "O quê", by: "Por", status: "Situação", downloads: "Downloads" },
      running: (done: number, total: number) =>
        `em andamento: ${done.toLocaleString("pt-BR")} de ${total.toLocaleString("pt-BR")} ${total === 1 ? "linha" : "linhas"}`,
      runningFiles: (done: number, total: number) =>
        `em andamento: ${done.toLocaleString("pt-BR")} de ${total.toLocaleString("pt-BR")} ${total === 1 ? "arquivo" : "arquivos"}`,
      runningUncounted: (done: number) => `em andamento: ${done.toLocaleString("pt-BR")} de ?`,
      readyRows: (rows: string) => `pronta: ${rows}`,
      statuses: { failed: "falhou", expired: "expirada" },
    },
    intake: {
      intro:
        "Digite um pedido que chegou pelo correio, como a pessoa escreveu, e adicione as páginas digitalizadas. Antes de salvar, você verá qualquer outro pedido sobre a mesma pessoa.",
      questionnaire: "Quem escreveu sem usar o formulário pode receber o questionário para imprimir.",
      whoWrote: "Quem escreveu para vocês?",
      senders: {
        self: "A pessoa condenada (a maioria das cartas vindas da prisão)",
        family: "Um familiar",
        supporter: "Um amigo ou apoiador",
        defense_attorney: "O advogado ou a advogada da pessoa",
      },
      from: (sender: string) => `De: ${sender}`,
      changeWho: "Mudar quem escreveu",
      duplicatesTitle: "Este é um pedido novo?",
      duplicatesBody:
        "Outros pedidos citam a mesma pessoa. Nada foi salvo ainda, e as digitalizações ficam guardadas. Se esta carta é de um deles, registre-a naquele caso. Se é um pedido novo, marque a caixa no fim do formulário e salve de novo.",
      typeIn:
        "Digite o que a carta diz, com as palavras de quem escreveu. Os campos obrigatórios estão marcados; deixe os outros em branco quando a carta não disser.",
      letter: "A carta",
      language: "Idioma para responder",
      duplicatesSeen: "Conferi os pedidos listados no alto: este é novo. Salvar como um caso novo.",
      save: "Salvar o pedido",
    },
    questionnaire: {
      title: "Questionário para imprimir",
      intro:
        "O formulário de pedido em papel, para enviar pelo correio a quem escreve sem ele. Ele traz o endereço de retorno da sua organização. Quando voltar, digite aqui:",
      which: "Qual questionário",
      organization: "Organização",
      language: "Idioma",
      show: "Mostrar o questionário",
      error: "Escolha uma das suas organizações e um idioma nas listas.",
      pageTitle: (organization: string) => `Questionário — ${organization}`,
      heading: (organization: string, language: string) => `Questionário: ${organization}, ${language}`,
      noAddress:
        'Esta organização não tem endereço postal, então o questionário não pode dizer para onde devolvê-lo. Cadastre primeiro: PATCH /api/v1/organizations/<slug> com {"postalAddress": "…"}.',
      print: "Use o comando Imprimir do navegador.",
      another: "Escolher outro",
    },
  },
};
