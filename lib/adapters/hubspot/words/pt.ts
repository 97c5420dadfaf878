import { NO_OWNER } from './no-owner';
import type { HubSpotWords } from './types';

/** HubSpot in Brazilian Portuguese: type, outcome and label words of its UI; sentence shapes are guesses. */
export const pt: HubSpotWords = {
  leadingTypes: [
    // A task named after its task type ("Tarefa de chamada atribuída a …") is a task, not the call.
    [/^tarefa\b/, 'task'],
    // A logged touch's type row on HubSpot's older record ("E-mail registrado", "Chamada registrada"),
    // the participle after the noun (review sfhsgen).
    [/^e-?mail registrado\b/, 'email'],
    [/^(?:chamada|ligacao) registrada\b/, 'call'],
    [/^reuniao registrada\b/, 'meeting'],
    [/^(?:conectad[oa]|sem resposta|nao (?:respondeu|atendeu)|correio de voz|ocupado|numero errado)\b/, 'call'],
  ],
  anywhereTypes: [
    [/\breuniao\b/, 'meeting'],
    [/\b(?:ligacao|chamada)\b/, 'call'],
    // "Sem resposta" is a call's outcome, not a reply.
    [/\be-?mail\b/, 'email'],
    [/\b(?:linkedin|inmail)\b/, 'social'],
    [/\b(?:sms|mensagem de texto|whatsapp)\b/, 'sms'],
    // A reply is an email unless it names its channel ("Resposta à sua mensagem do LinkedIn");
    // denied ("Não respondeu") it is a call's outcome: the contact did not answer.
    [/\b(?:(?<!sem )resposta|(?<!nao )respondeu)\b/, 'email'],
    [/\bnota\b/, 'note'],
    [/\btarefa\b/, 'task'],
  ],
  iconTypes: [],
  callOutcomes: [
    [/\bnao conectad[oa]\b/, 'no-answer'],
    [/\bconectad[oa]\b/, 'connected'],
    [/\bsem resposta\b|\bnao (?:respondeu|atendeu)\b|\bperdida\b/, 'no-answer'],
    [/\bcorreio de voz\b|\bmensagem de voz\b/, 'voicemail'],
    [/\bocupado\b/, 'busy'],
    [/\bnumero errado\b/, 'no-answer'],
  ],
  negations: ['nunca', 'nao', 'sem', 'ainda'],
  meetingOutcomes: [
    [/\bnao compareceu\b/, 'no-show'],
    [/\bcancelad[oa]\b/, 'cancelled'],
    [/\bconcluid[oa]\b|\brealizad[oa]\b/, 'held'],
    [/\breagendad[oa]\b/, 'rescheduled'],
    [/\bagendad[oa]\b/, 'unknown'],
  ],
  // A missed call is the contact's call nobody took (guess: the usual Portuguese words, as en "Missed call").
  inbound: /\b(?:resposta de e-mail|respondeu|recebid[oa]|entrada)\b|^(?:chamada|ligacao) perdida\b/,
  outbound: /\b(?:enviad[oa]|saida|sequencia)\b/,
  logged: /\bregistrad[oa]\b/,
  // Guess, written by hand: HubSpot's Portuguese (Brazil) email event wording is not in the evidence.
  emailEvents:
    /\b(?:cancelou a (?:inscricao|assinatura)|descadastrad[oa]|status de assinatura|devolvid[oa]|bounce|abriu|clicou|e-?mail (?:aberto|clicado)|marcad[oa] como spam)\b/,
  automated: /\b(?:sequencias?|fluxo de trabalho|automatizad[oa])\b/,
  // A marketing email goes to a list without a person writing it, as en "Marketing email".
  automatedTypes: /\be-?mail de marketing\b/,
  from: ['de'],
  to: ['para', 'com'],
  // Guess, as Portuguese mail clients label the rows: no HubSpot Portuguese email preview is in the evidence.
  emailRows: ['de', 'para', 'cc', 'cco'],
  by: ['por', 'atribuida a'],
  noOwner: NO_OWNER.pt,
  didVerbs: ['moveu', 'criou', 'registrou'],
  eventFirst:
    /\b(?:atualizad[oa]|alterad[oa]|enviad[oa]|formulario|visualizac(?:ao|oes) de pagina|ciclo de vida|status do lead|atribuid[oa]|associad[oa]|mesclad[oa]|importad[oa]|inscrit[oa]|ticket)\b/,
  systemEvents:
    /\b(?:atualizad[oa]|alterad[oa]|enviad[oa]|formulario|visualizac(?:ao|oes) de pagina|ciclo de vida|status do lead|propriedade|atribuid[oa]|associad[oa]|mesclad[oa]|importad[oa]|inscrit[oa]|ticket)\b/,
  actedFirst: ['agendou uma reuniao', 'ligou'],
  // Guesses, as the booking and calling sentences: the contact's email said as her act ("Ana Costa
  // enviou um e-mail para …"), or named after the type's dash ("E-mail - Enviado por …").
  sentFirst: ['enviou'],
  sentBy: ['enviado por', 'enviada por'],
  upcoming: /^(?:proxim[oa]s?|atrasad[oa]s?)\b/,
  completed: /\bconcluid[oa]\b/,
  stageChanges: [/\bcriou este negocio em (?:a etapa )?(.+)$/],
  // The default pipeline's "Qualificado para comprar": "de Qualificado para comprar para …".
  stageMoves: [/\bmoveu o negocio de (.+)$/],
  stageTo: ['para'],
  dateEntered: /^data de entrada em ["«“']?(.+?)["»”']?$/,
  contactsHeading: /^contatos?\b/,
  // Guess: HubSpot's object names (Contatos, Empresas, Negócios, Tickets, Cotações): no source shows the cards' headings.
  associations: /^(?:contatos?|empresas?|negocios?|tickets?|cotac(?:ao|oes))$/,
  // pt-BR words "show" as "exibir" too ("Exibir mais").
  olderActivity: /^(?:carregar|mostrar|exibir|ver) (?:\d+ )?(?:mais(?: atividades?)?|(?:as )?atividades? anteriores?)$/,
  // Guess, as `olderActivity`.
  allActivity: /^(?:ver|mostrar|visualizar) (?:todas as|as \d+) atividades$/,
  // Guess: a count of replies folded into an email thread.
  foldedReplies: /^\d+ (?:respostas?|respostas? a mais)$/,
  // Guess: a meeting booked through a meetings link, as its header says it.
  booked: /\breservad[oa]s?\b/,
  controls: /^(?:detalhes|ver(?: detalhes)?|visualizar|editar|abrir|pre-visualizar|mais|mostrar|ocultar|acoes|copiar)$/,
  labels: {
    email: ['E-mail'],
    phone: ['Número de telefone'],
    company: ['Nome da empresa'],
    contactOwner: ['Proprietário do contato'],
    createDate: ['Data de criação'],
    lastContacted: ['Último contato'],
    timesContacted: ['Número de vezes contatado'],
    salesActivities: ['Número de atividades de vendas'],
    dealStage: ['Etapa do negócio', 'Etapa'],
    pipeline: ['Pipeline'],
    amount: ['Valor'],
    closeDate: ['Data de fechamento'],
    dealOwner: ['Proprietário do negócio'],
    // The meeting outcome and call direction labels are HubSpot's property names (Meeting outcome,
    // Call direction) in this language as the CRM likely words them: no page in it is in the evidence.
    outcome: ['Resultado', 'Resultado da chamada', 'Resultado da reunião'],
    direction: ['Direção', 'Direção da chamada'],
  },
};
