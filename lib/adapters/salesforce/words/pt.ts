import { AUTOMATION } from './tool-actors';
import type { SalesforceWords } from './types';

/** Who comes to the phone in the contact's stead: an assistant, a secretary, reception, the operator, a colleague. */
const PT_GATEKEEPER = '(?:assistente|secretari[oa]|recepcionista|rececionista|recepcao|rececao|telefonista|colega)s?';

/** Brazilian Portuguese as Lightning's translation labels it (Fase, Valor, Data de fechamento); sentence wording is a guess in that style (trust C). */
export const pt: SalesforceWords = {
  typeWords: {
    call: ['Ligação', 'Chamada', 'Registrar uma chamada'],
    email: ['Email', 'E-mail'],
    meeting: ['Evento', 'Reunião'],
    task: ['Tarefa'],
  },
  subjectType: { call: ['Ligação', 'Chamada'], email: ['Email', 'E-mail'] },
  sentenceType: {
    call: ['registrou uma ligação', 'registrou uma chamada', 'uma ligação', 'uma chamada'],
    email: ['enviou um email', 'um email', 'um e-mail'],
    meeting: ['um evento'],
  },
  // Outlook's label before a cancelled meeting's subject (cancelled-subject.ts).
  cancelledPrefix: ['Cancelado'],
  upcoming: ['futura', 'futuro', 'próxima'],
  overdueSentence: ['atrasada'],
  done: ['teve', 'tinha', 'registrou', 'enviou'],
  inboundEmail: ['enviou um email para você', 'enviou um e-mail para você'],
  sentenceShapes: [
    '{actor} registrou uma ligação com {other}',
    '{actor} registrou uma chamada com {other}',
    '{actor} registrou um email com {other}',
    '{actor} enviou um email para {other}',
    '{actor} enviou um e-mail para {other}',
    '{actor} tem um evento futuro com {other}',
    '{actor} teve um evento com {other}',
    '{actor} tem uma tarefa futura com {other}',
    '{actor} teve uma tarefa com {other}',
  ],
  actorVerbs: ['registrou', 'teve', 'tem', 'enviou'],
  you: ['Você'],
  // A guess rendering English's "and {n} others" (trust C): no capture shows this language's wording.
  othersTail: ['e mais {n}', 'e {n} outros', 'e {n} outro'],
  // A guess in the sentences' style (trust C).
  relatedRecord: ['sobre {record}'],
  automation: AUTOMATION.pt,
  from: ['De'],
  to: ['Para'],
  overdue: ['Atrasada', 'Atrasado'],
  noDueDate: ['Sem data de vencimento'],
  upcomingSection: ['Próximas e atrasadas', 'Atividades abertas', 'Próximas etapas'],
  // A guess in the style of "This Month" (trust C): no capture shows these groups in this language.
  // A yearless group in other wording is still read as this month, else behind it (timeline-date.ts).
  monthGroups: {
    previous: ['Mês passado', 'O mês passado'],
    current: ['Este mês'],
    next: ['Próximo mês', 'O próximo mês'],
  },
  currentStep: ['Fase atual'],
  closedPlaceholder: ['Fechado', 'Fechada'],
  closedWon: ['Fechado/Ganho', 'Fechada ganha'],
  closedLost: ['Fechado/Perdido', 'Fechada perdida'],
  // Guess, written by hand in the style of reps' comments (no source gives them, trust C): the words a
  // comment says a call connected, went to voicemail, was not answered or found the line busy with.
  callComments: {
    connect: /\b(?:conectad[oa]s?|conectou|falei com|falamos|conversamos|atendeu)\b/,
    negation: /\b(?:nao|nunca|ninguem|sem)\b/,
    earlier: /\b(?:ultima vez|anteriormente|antes|ja)\b/,
    dated:
      /\b(?:em|desde) (?:\d{1,2} de )?(?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)[a-z]*\b|\b(?:semana|mes|ano|trimestre) passad[oa]\b|\bha \d+ (?:dias?|semanas?|mes(?:es)?|anos?)\b|\bontem\b/,
    noPerson:
      /^(?:(?:a|ao|na|no|por|via|com|pelo|pela)\s+)?(?:(?:o|a|seu|sua|meu|minha|um|uma)\s+)?(?:caixa postal|correio de voz|secretaria|e-?mail|mensagem|sms|linkedin|inmail)\b/,
    resultFailure:
      /\bcaiu (?:na|no) (?:caixa postal|correio de voz|secretaria)\b|\bdeixei (?:uma )?mensagem\b|\bsem resposta\b|\bnao (?:atendeu|atende|respondeu)\b|\bninguem (?:atendeu|respondeu)\b|\blinha ocupada\b|^\s*(?:caixa postal|ocupad[oa])\s*$/,
    // "Falei com a sua assistente", "atendeu a recepcionista", "a secretária atendeu".
    gatekeeper: {
      reached: new RegExp(
        String.raw`^(?:(?:com|a|ao|pela|pelo|por)\s+)?(?:(?:o|a|os|as|seu|sua|seus|suas|meu|minha|um|uma)\s+){0,2}${PT_GATEKEEPER}\b`,
      ),
      answered: new RegExp(String.raw`\b${PT_GATEKEEPER} (?:me )?atendeu$`),
      owned: /\b(?:seu|sua|seus|suas|meu|minha)\s/,
      titleBeforeName: true,
    },
    putThrough: /\b(?:transferid[oa](?: (?:para|a|ao|com))?|transferiu(?: para)?|me passou para)\b/,
    failures: [
      [/\bcaixa postal\b|\bcorreio de voz\b|\bmensagem de voz\b|\bdeixei (?:uma )?mensagem\b/, 'voicemail'],
      [
        /\bsem resposta\b|\bnao (?:atendeu|atende|respondeu)\b|\bninguem (?:atendeu|respondeu)\b|\bnao conectad[oa]\b/,
        'no-answer',
      ],
      [/\blinha ocupada\b|^\s*ocupad[oa]\s*$/, 'busy'],
    ],
  },
  inboundCall: ['Entrada'],
  messageSubject: {
    names: { social: [], sms: [] },
    messages: {
      social: ['mensagem do LinkedIn', 'mensagem no LinkedIn', 'resposta do LinkedIn', 'solicitação de conexão'],
      sms: ['mensagem de WhatsApp', 'mensagem do WhatsApp', 'resposta do WhatsApp', 'mensagem de texto'],
    },
    messageWords: ['mensagem', 'resposta'],
    sentVerbs: ['enviado', 'enviada', 'enviei'],
    via: ['via', 'por', 'pelo'],
    research: ['ver perfil', 'visualizar perfil', 'pesquisar'],
    topic: { before: [], after: [], orders: [] },
    inbound: ['entrada', 'recebido', 'recebida', 'resposta de', 'perdida'],
    from: ['de', 'do', 'da'],
  },
  // Timeline controls and filter line: a guess from the translation's style, no capture found (trust C).
  // "Exibir mais" for "View More": a guess from Lightning's pt-BR "Exibir" for "View" ("Exibir tudo"), no capture.
  loadMore: [
    'Carregar mais atividades anteriores',
    'Carregar mais atividades passadas',
    'Carregar mais',
    'Exibir mais',
  ],
  showAll: ['Mostrar todas as atividades'],
  filtersLabel: ['Filtros', 'Filtro'],
  allFilters: ['Todo o período', 'Todas as datas', 'Todas as atividades', 'Todos os tipos'],
  labels: {
    contactName: ['Nome', 'Nome completo'],
    dealName: ['Nome da oportunidade', 'Nome'],
    email: ['Email', 'E-mail'],
    phone: ['Telefone', 'Celular'],
    company: ['Nome da conta', 'Empresa'],
    contactOwner: ['Proprietário do contato', 'Proprietário do lead', 'Proprietário'],
    dealOwner: ['Proprietário da oportunidade', 'Proprietário'],
    lastActivity: ['Última atividade'],
    created: ['Criado por', 'Data de criação'],
    stage: ['Fase'],
    amount: ['Valor'],
    closeDate: ['Data de fechamento'],
    lastStageChange: ['Data da última alteração de fase'],
    stageDuration: ['Dias na fase', 'Duração da fase'],
    stageHistory: ['Histórico de fases'],
    contactRoles: ['Funções de contato', 'Papéis de contato'],
    historyStage: ['Fase'],
    historyDate: ['Última modificação', 'Data da última modificação', 'Data'],
    roleContact: ['Nome do contato', 'Nome', 'Contato'],
    notes: ['Anotações', 'Notas'],
    noteTitle: ['Título', 'Nome'],
    noteDate: ['Data de criação', 'Última modificação', 'Data'],
    noteOwner: ['Criado por', 'Proprietário'],
    fieldHistory: ['Histórico do contato', 'Histórico do lead', 'Histórico de campos da oportunidade'],
    historyField: ['Campo', 'Ação'],
    historyNewValue: ['Novo valor'],
    historyUser: ['Usuário'],
    historyWhen: ['Data'],
    callResult: ['Resultado da chamada'],
    // An activity's Description (a Task shows it as "Comments"): a logged email's own text (logged-mail-header.ts).
    description: ['Descrição', 'Comentários'],
    /** No documented translation found: the English label and the row's user link are read instead. */
    assignedTo: [],
    fromAddress: [],
    toAddress: [],
  },
};
