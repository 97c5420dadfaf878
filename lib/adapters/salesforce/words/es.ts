import { AUTOMATION } from './tool-actors';
import type { SalesforceWords } from './types';

/** Who comes to the phone in the contact's stead: an assistant, a secretary, reception, the switchboard, a colleague. */
const ES_GATEKEEPER =
  '(?:asistente|secretari[oa]|recepcionista|recepcion|centralita|conmutador|telefonista|colega|companer[oa])s?';

/** Spanish as Lightning's translation labels it (Etapa, Importe, Fecha de cierre); sentence wording is a guess in that style (trust C). */
export const es: SalesforceWords = {
  typeWords: {
    call: ['Llamada', 'Llamada registrada', 'Registrar una llamada'],
    email: ['Correo electrónico', 'Email'],
    meeting: ['Evento', 'Reunión'],
    task: ['Tarea'],
  },
  subjectType: { call: ['Llamada'], email: ['Correo electrónico', 'Email'] },
  sentenceType: {
    call: ['registró una llamada', 'una llamada'],
    email: ['envió un correo', 'un correo electrónico'],
    meeting: ['un evento'],
  },
  // Outlook's label before a cancelled meeting's subject (cancelled-subject.ts).
  cancelledPrefix: ['Cancelado'],
  upcoming: ['próxima', 'próximo'],
  overdueSentence: ['vencida'],
  done: ['tuvo', 'tuviste', 'registró', 'envió'],
  inboundEmail: ['le envió un correo', 'te envió un correo'],
  sentenceShapes: [
    '{actor} registró una llamada con {other}',
    '{actor} registró un correo electrónico con {other}',
    '{actor} envió un correo electrónico a {other}',
    '{actor} le envió un correo electrónico',
    '{actor} te envió un correo electrónico',
    '{actor} tiene un próximo evento con {other}',
    '{actor} tuvo un evento con {other}',
    '{actor} tiene una próxima tarea con {other}',
    '{actor} tuvo una tarea con {other}',
  ],
  actorVerbs: ['registró', 'tuvo', 'tiene', 'envió', 'le'],
  you: ['Usted', 'Tú'],
  // A guess rendering English's "and {n} others" (trust C): no capture shows this language's wording.
  othersTail: ['y {n} más', 'y {n} otros', 'y {n} otro'],
  // A guess in the sentences' style (trust C).
  relatedRecord: ['sobre {record}'],
  automation: AUTOMATION.es,
  from: ['De'],
  to: ['Para', 'A'],
  overdue: ['Vencida', 'Vencido'],
  noDueDate: ['Sin fecha de vencimiento'],
  upcomingSection: ['Próximas y vencidas', 'Actividades abiertas', 'Próximos pasos'],
  // A guess in the style of "This Month" (trust C): no capture shows these groups in this language.
  // A yearless group in other wording is still read as this month, else behind it (timeline-date.ts).
  monthGroups: {
    previous: ['El mes pasado', 'Mes pasado'],
    current: ['Este mes'],
    next: ['El próximo mes', 'Próximo mes', 'Mes próximo'],
  },
  currentStep: ['Etapa actual'],
  closedPlaceholder: ['Cerrada', 'Cerrado'],
  closedWon: ['Cerrada ganada'],
  closedLost: ['Cerrada perdida'],
  // Guess, written by hand in the style of reps' comments (no source gives them, trust C): the words a
  // comment says a call connected, went to voicemail, was not answered or found the line busy with.
  callComments: {
    connect: /\b(?:conectad[oa]s?|hable con|hablamos|contesto|atendio)\b/,
    negation: /\b(?:no|nunca|nadie|sin)\b/,
    earlier: /\b(?:ultima vez|previamente|anteriormente|antes|ya)\b/,
    dated:
      /\b(?:el|en|desde) (?:\d{1,2} de )?(?:ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)[a-z]*\b|\b(?:la semana|el mes|el ano|el trimestre) pasad[oa]\b|\bhace \d+ (?:dias?|semanas?|mes(?:es)?|anos?)\b|\bayer\b/,
    noPerson:
      /^(?:(?:a|al|en|por|via|con)\s+)?(?:(?:el|la|su|mi|un|una)\s+)?(?:buzon|contestador|correo|e-?mail|mensaje|sms|linkedin|inmail)\b/,
    resultFailure:
      /\b(?:salto|fue|entro) (?:al |el )?(?:buzon|contestador)\b|\bdeje (?:un )?mensaje\b|\bsin respuesta\b|\bno (?:contesto|contestan|respondio|atendio)\b|\bnadie (?:contesto|respondio|atendio)\b|\b(?:linea|telefono) ocupad[oa]\b|\bcomunicando\b|^\s*(?:buzon(?: de voz)?|ocupad[oa])\s*$/,
    // "Hablé con su asistente", "contestó la recepcionista", "la secretaria me atendió".
    gatekeeper: {
      reached: new RegExp(
        String.raw`^(?:(?:con|a|al|por)\s+)?(?:(?:el|la|los|las|su|sus|mi|un|una)\s+)?${ES_GATEKEEPER}\b`,
      ),
      answered: new RegExp(String.raw`\b${ES_GATEKEEPER} (?:me |nos )?(?:contesto|atendio)$`),
      owned: /\b(?:su|sus|mi)\s/,
      titleBeforeName: true,
    },
    putThrough: /\b(?:transferid[oa](?: (?:a|al|con))?|me (?:paso|pasaron) con|pasad[oa] con)\b/,
    failures: [
      [
        /\bbuzon(?: de voz)?\b|\bcorreo de voz\b|\bmensaje de voz\b|\bcontestador\b|\bdeje (?:un )?mensaje\b/,
        'voicemail',
      ],
      [
        /\bsin respuesta\b|\bno (?:contesto|contestan|respondio|atendio)\b|\bnadie (?:contesto|respondio|atendio)\b|\bno conectad[oa]\b/,
        'no-answer',
      ],
      [/\b(?:linea|telefono) ocupad[oa]\b|\bcomunicando\b|^\s*ocupad[oa]\s*$/, 'busy'],
    ],
  },
  inboundCall: ['Entrante'],
  messageSubject: {
    names: { social: [], sms: [] },
    messages: {
      social: ['mensaje de LinkedIn', 'respuesta de LinkedIn', 'solicitud de conexión'],
      sms: ['mensaje de WhatsApp', 'respuesta de WhatsApp', 'mensaje de texto'],
    },
    messageWords: ['mensaje', 'respuesta'],
    sentVerbs: ['enviado', 'enviada', 'envié'],
    via: ['via', 'vía', 'por'],
    research: ['ver perfil', 'ver el perfil', 'investigar'],
    topic: { before: [], after: [], orders: [] },
    inbound: ['entrante', 'recibido', 'recibida', 'respuesta de', 'perdida'],
    from: ['de', 'del'],
  },
  // Timeline controls and filter line: a guess from the translation's style, no capture found (trust C);
  // the last load words stand for "View More".
  loadMore: ['Cargar más actividades pasadas', 'Cargar más actividades', 'Cargar más', 'Ver más'],
  showAll: ['Mostrar todas las actividades'],
  filtersLabel: ['Filtros', 'Filtro'],
  allFilters: ['Todas las fechas', 'Todo el tiempo', 'Todas las actividades', 'Todos los tipos'],
  labels: {
    contactName: ['Nombre', 'Nombre completo'],
    dealName: ['Nombre de la oportunidad', 'Nombre'],
    email: ['Correo electrónico', 'Email'],
    phone: ['Teléfono', 'Móvil'],
    company: ['Nombre de la cuenta', 'Empresa'],
    contactOwner: ['Propietario del contacto', 'Propietario del candidato', 'Propietario'],
    dealOwner: ['Propietario de oportunidad', 'Propietario'],
    lastActivity: ['Última actividad'],
    created: ['Creado por', 'Fecha de creación'],
    stage: ['Etapa'],
    amount: ['Importe'],
    closeDate: ['Fecha de cierre'],
    lastStageChange: ['Fecha del último cambio de etapa'],
    stageDuration: ['Días en la etapa', 'Duración de la etapa'],
    stageHistory: ['Historial de etapas'],
    contactRoles: ['Funciones de contacto', 'Roles de contacto'],
    historyStage: ['Etapa'],
    historyDate: ['Última modificación', 'Fecha de última modificación', 'Fecha'],
    roleContact: ['Nombre del contacto', 'Nombre', 'Contacto'],
    notes: ['Notas', 'Notas y archivos adjuntos'],
    noteTitle: ['Título', 'Nombre'],
    noteDate: ['Fecha de creación', 'Última modificación', 'Fecha'],
    noteOwner: ['Creado por', 'Propietario'],
    fieldHistory: ['Historial de contacto', 'Historial de candidato', 'Historial de campos de oportunidad'],
    historyField: ['Campo', 'Acción'],
    historyNewValue: ['Valor nuevo'],
    historyUser: ['Usuario'],
    historyWhen: ['Fecha'],
    callResult: ['Resultado de la llamada'],
    // An activity's Description (a Task shows it as "Comments"): a logged email's own text (logged-mail-header.ts).
    description: ['Descripción', 'Comentarios'],
    /** No documented translation found: the English label and the row's user link are read instead. */
    assignedTo: [],
    fromAddress: [],
    toAddress: [],
  },
};
