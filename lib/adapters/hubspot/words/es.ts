import { NO_OWNER } from './no-owner';
import type { HubSpotWords } from './types';

/** HubSpot in Spanish: type, outcome and label words of its Spanish UI; sentence shapes are guesses. */
export const es: HubSpotWords = {
  leadingTypes: [
    // A task named after its task type ("Tarea de llamada asignada a …") is a task, not the call.
    [/^tarea\b/, 'task'],
    // A logged touch's type row on HubSpot's older record ("Correo registrado", "Llamada registrada"),
    // the participle after the noun (review sfhsgen).
    [/^(?:correo(?: electronico)?|e-?mail) registrado\b/, 'email'],
    [/^llamada registrada\b/, 'call'],
    [/^reunion registrada\b/, 'meeting'],
    [/^(?:conectad[oa]|sin respuesta|no (?:respondio|contesto)|mensaje de voz|ocupado|numero equivocado)\b/, 'call'],
  ],
  anywhereTypes: [
    [/\breunion\b/, 'meeting'],
    [/\bllamada\b/, 'call'],
    // "Sin respuesta" and "correo de voz" are a call's outcomes, not a reply or an email.
    [/\b(?:correo(?! de voz)|e-?mail)\b/, 'email'],
    [/\b(?:linkedin|inmail)\b/, 'social'],
    [/\b(?:sms|mensaje de texto|whatsapp)\b/, 'sms'],
    // A reply is an email unless it names its channel ("Respuesta a su mensaje de LinkedIn");
    // denied ("No respondió") it is a call's outcome: the contact did not answer.
    [/\b(?:(?<!sin )respuesta|(?<!no )respondio)\b/, 'email'],
    [/\bnota\b/, 'note'],
    [/\btarea\b/, 'task'],
  ],
  iconTypes: [],
  callOutcomes: [
    [/\bno conectad[oa]\b/, 'no-answer'],
    [/\bconectad[oa]\b/, 'connected'],
    [/\bsin respuesta\b|\bno (?:respondio|contesto)\b|\bperdida\b/, 'no-answer'],
    [/\bmensaje de voz\b|\bbuzon de voz\b|\bcorreo de voz\b/, 'voicemail'],
    [/\bocupado\b/, 'busy'],
    [/\bnumero equivocado\b/, 'no-answer'],
  ],
  negations: ['nunca', 'no', 'sin', 'todavia', 'aun'],
  meetingOutcomes: [
    [/\bno se presento\b|\bausente\b/, 'no-show'],
    [/\bcancelad[oa]\b/, 'cancelled'],
    [/\bcompletad[oa]\b|\brealizad[oa]\b/, 'held'],
    [/\breprogramad[oa]\b/, 'rescheduled'],
    [/\bprogramad[oa]\b/, 'unknown'],
  ],
  // A missed call is the contact's call nobody took (guess: the usual Spanish words, as en "Missed call").
  inbound: /\b(?:respuesta de correo|respondio|recibid[oa]|entrante)\b|^llamada perdida\b/,
  outbound: /\b(?:enviad[oa]|saliente|secuencia)\b/,
  logged: /\bregistrad[oa]\b/,
  // Guess, written by hand: HubSpot's Spanish email event wording is not in the evidence.
  emailEvents:
    /\b(?:se dio de baja|dad[oa] de baja|cancelo la suscripcion|estado de suscripcion|rebotad[oa]|reboto|rebote|abrio|hizo clic|(?:correo electronico|correo|e-?mail) (?:abierto|clicado)|marcado como spam)\b/,
  automated: /\b(?:secuencias?|flujo de trabajo|automatizad[oa])\b/,
  // A marketing email goes to a list without a person writing it, as en "Marketing email".
  automatedTypes: /\b(?:correo(?: electronico)? de marketing|e-?mail de marketing)\b/,
  from: ['de'],
  to: ['a', 'para', 'con'],
  // Guess, as Spanish mail clients label the rows: no HubSpot Spanish email preview is in the evidence.
  emailRows: ['de', 'para', 'cc', 'cco'],
  by: ['por', 'asignada a'],
  noOwner: NO_OWNER.es,
  didVerbs: ['movio', 'creo', 'registro'],
  eventFirst:
    /\b(?:actualizad[oa]|cambiad[oa]|enviad[oa]|formulario|vistas? de pagina|ciclo de vida|estado del lead|asignad[oa]|asociad[oa]|combinad[oa]|importad[oa]|inscrit[oa]|ticket)\b/,
  systemEvents:
    /\b(?:actualizad[oa]|cambiad[oa]|enviad[oa]|formulario|vistas? de pagina|ciclo de vida|estado del lead|propiedad|asignad[oa]|asociad[oa]|combinad[oa]|importad[oa]|inscrit[oa]|ticket)\b/,
  actedFirst: ['reservo una reunion', 'llamo'],
  // Guess, as the booking and calling sentences: the contact's email said as her act ("Lucía Romero envió un correo a …").
  sentFirst: ['envio'],
  // Guess, as "Correo electrónico enviado por …": the sender named after the type's dash ("Correo electrónico - Enviado por …").
  sentBy: ['enviado por'],
  upcoming: /^(?:proxim[oa]s?|vencid[oa]s?)\b/,
  completed: /\bcompletad[oa]\b/,
  stageChanges: [/\bcreo este negocio en (?:la etapa )?(.+)$/],
  stageMoves: [/\bmovio (?:el|este) negocio de (.+)$/],
  stageTo: ['a'],
  dateEntered: /^fecha de entrada en ["«“']?(.+?)["»”']?$/,
  contactsHeading: /^contactos?\b/,
  // Guess: HubSpot's object names (Contactos, Empresas, Negocios, Tickets, Cotizaciones): no source shows the cards' headings.
  associations: /^(?:contactos?|empresas?|negocios?|tickets?|cotizacion(?:es)?)$/,
  // Guess: no public source gives this label.
  contactsViewAll: /^(?:ver|mostrar) (?:todos los|los \d+) contactos(?: asociados)?(?: \(\d+\))?$/,
  olderActivity:
    /^(?:cargar|mostrar|ver) (?:\d+ )?(?:mas(?: actividad(?:es)?)?|(?:las )?actividad(?:es)? anterior(?:es)?)$/,
  // Guess, as `olderActivity`.
  allActivity: /^(?:ver|mostrar) (?:todas las|las \d+) actividades$/,
  // Guess: a count of replies folded into an email thread.
  foldedReplies: /^\d+ (?:respuestas?|respuestas? mas)$/,
  // Guess: a meeting booked through a meetings link, as its header says it.
  booked: /\breservad[oa]s?\b/,
  controls: /^(?:detalles|ver(?: detalles)?|editar|abrir|vista previa|mas|mostrar|ocultar|acciones|copiar)$/,
  labels: {
    email: ['Correo', 'Correo electrónico'],
    phone: ['Número de teléfono'],
    company: ['Nombre de la empresa'],
    contactOwner: ['Propietario del contacto'],
    createDate: ['Fecha de creación'],
    lastContacted: ['Último contacto'],
    timesContacted: ['Número de veces contactado'],
    salesActivities: ['Número de actividades de ventas'],
    dealStage: ['Etapa del negocio', 'Etapa'],
    pipeline: ['Pipeline'],
    amount: ['Importe', 'Cantidad'],
    closeDate: ['Fecha de cierre'],
    dealOwner: ['Propietario del negocio'],
    // The meeting outcome and call direction labels are HubSpot's property names (Meeting outcome,
    // Call direction) in this language as the CRM likely words them: no page in it is in the evidence.
    outcome: ['Resultado', 'Resultado de la llamada', 'Resultado de la reunión'],
    direction: ['Dirección', 'Dirección de la llamada'],
  },
};
