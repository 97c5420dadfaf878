import type { Crm } from '../../schema/activity';
import type { ExportWords } from './schema';

/**
 * Spanish export wording of the three CRMs. Cited: HubSpot's Spanish names of the activity kinds
 * and of deals ("Negocios", "Actividades (llamadas, correos, reuniones, notas, tareas)",
 * https://developers.hubspot.es/beta-docs/guides/api/crm/properties); Salesforce's task as "tarea"
 * (https://trailhead.salesforce.com/es/content/learn/modules/to-do-list-for-task-management/discover-the-to-do-list);
 * Pipedrive's deal as "trato", "persona de contacto"
 * (https://support.pipedrive.com/hc/es/articles/360000106249-Vista-de-detalles). Assumed: every
 * column label (no Spanish export or translated field list was found) and the other value words;
 * an assumed label maps a column only when it matches exactly.
 */
export const ES_EXPORT_WORDS: Record<Crm, ExportWords> = {
  hubspot: {
    headers: {
      sourceId: ['ID de registro', 'ID de actividad'],
      date: ['Fecha de actividad', 'Fecha de la actividad', 'Hora de inicio de la reunión', 'Fecha de vencimiento'],
      owner: ['Actividad asignada a', 'Asignado a', 'Propietario de la actividad', 'Propietario'],
      type: ['Tipo de actividad', 'Tipo'],
      subject: [
        'Título de la llamada',
        'Asunto del correo',
        'Asunto del correo electrónico',
        'Nombre de la reunión',
        'Título de la tarea',
        'Asunto',
        'Título',
      ],
      direction: ['Dirección de la llamada', 'Dirección del correo', 'Dirección del correo electrónico', 'Dirección'],
      outcome: ['Resultado de la llamada', 'Resultado de la reunión', 'Resultado'],
      status: ['Estado de la tarea', 'Estado'],
      contactName: ['Contacto asociado', 'Contactos asociados', 'Contacto'],
      contactId: ['ID de contactos asociados', 'ID del contacto asociado', 'ID de contacto'],
      contactEmail: ['Correo del contacto asociado', 'Correo electrónico del contacto', 'Correo electrónico'],
      dealName: ['Negocio asociado', 'Negocios asociados', 'Negocio'],
      dealId: ['ID de negocios asociados', 'ID del negocio asociado', 'ID de negocio'],
    },
    typedHeaders: {
      'Título de la llamada': 'call',
      'Dirección de la llamada': 'call',
      'Resultado de la llamada': 'call',
      'Asunto del correo': 'email',
      'Asunto del correo electrónico': 'email',
      'Dirección del correo': 'email',
      'Dirección del correo electrónico': 'email',
      'Nombre de la reunión': 'meeting',
      'Resultado de la reunión': 'meeting',
      'Hora de inicio de la reunión': 'meeting',
      'Título de la tarea': 'task',
      'Estado de la tarea': 'task',
    },
    types: {
      call: ['Llamada', 'Llamadas'],
      email: ['Correo', 'Correos', 'Correo electrónico', 'Correos electrónicos', 'Correo entrante', 'Correo reenviado'],
      meeting: ['Reunión', 'Reuniones'],
      social: ['Mensaje de LinkedIn', 'LinkedIn'],
      sms: ['SMS', 'Mensaje de WhatsApp', 'WhatsApp'],
      note: ['Nota', 'Notas'],
      task: ['Tarea', 'Tareas'],
    },
    directions: {
      inbound: ['Entrante', 'Correo entrante', 'Recibido'],
      outbound: ['Saliente', 'Correo', 'Correo electrónico', 'Enviado', 'Correo reenviado'],
    },
    outcomes: {
      connected: ['Conectado'],
      'no-answer': ['Sin respuesta', 'Número equivocado'],
      voicemail: ['Mensaje de voz dejado', 'Mensaje en vivo dejado'],
      busy: ['Ocupado'],
      held: ['Completada', 'Completado'],
      'no-show': ['No se presentó'],
      rescheduled: ['Reprogramada', 'Reprogramado'],
      cancelled: ['Cancelada', 'Cancelado'],
    },
    status: {
      done: ['Completada', 'Completado', 'Hecho'],
      planned: ['No iniciada', 'No iniciado', 'En curso', 'En espera', 'Aplazada', 'Programada'],
    },
  },
  salesforce: {
    headers: {
      sourceId: ['ID de actividad', 'ID de tarea', 'ID de evento'],
      date: [
        'Fecha',
        'Fecha de vencimiento',
        'Inicio',
        'Fecha/hora de inicio',
        'Fecha/hora de finalización',
        'Fecha de actividad',
      ],
      time: ['Hora', 'Hora de inicio'],
      owner: ['Asignado', 'Asignado a', 'Asignado a: Nombre completo', 'Propietario'],
      type: ['Tipo', 'Tipo de actividad', 'Tarea/Evento'],
      subtype: ['Subtipo de tarea', 'Subtipo de evento'],
      subject: ['Asunto'],
      direction: ['Tipo de llamada'],
      outcome: ['Resultado de llamada', 'Resultado de la llamada'],
      status: ['Estado'],
      contactName: ['Contacto', 'Nombre', 'Contacto: Nombre completo', 'Candidato', 'Prospecto'],
      contactId: ['ID de contacto', 'ID de nombre'],
      leadId: ['ID de candidato', 'ID de prospecto'],
      contactEmail: ['Correo electrónico', 'Contacto: Correo electrónico'],
      dealName: ['Oportunidad', 'Nombre de la oportunidad', 'Relacionado con'],
      dealId: ['ID de oportunidad', 'ID de relacionado con'],
    },
    typedHeaders: {},
    types: {
      call: ['Llamada', 'Registrar una llamada', 'Llamada telefónica'],
      email: ['Correo electrónico', 'Correo electrónico de lista'],
      meeting: ['Reunión', 'Evento'],
      task: ['Tarea', 'Otro', 'Por hacer', 'Enviar carta'],
    },
    automatedTypes: ['Correo electrónico de lista'],
    directions: { inbound: ['Entrante'], outbound: ['Saliente'] },
    outcomes: {
      connected: ['Conectado', 'Contactado'],
      'no-answer': ['Sin respuesta', 'Llamada sin éxito'],
      voicemail: ['Mensaje de voz dejado', 'Buzón de voz'],
      busy: ['Ocupado'],
    },
    status: {
      done: ['Completada', 'Completado', 'Cerrada'],
      planned: ['No iniciada', 'No iniciado', 'En curso', 'En espera de otra persona', 'Aplazada', 'Abierta'],
    },
  },
  pipedrive: {
    headers: {
      sourceId: ['ID', 'ID de actividad', 'Actividad - ID'],
      date: ['Fecha de vencimiento', 'Fecha', 'Actividad - Fecha de vencimiento'],
      doneAt: ['Marcado como hecho el', 'Actividad - Marcado como hecho el'],
      time: ['Hora de vencimiento', 'Hora', 'Actividad - Hora de vencimiento'],
      owner: ['Asignado al usuario', 'Asignado a', 'Propietario', 'Actividad - Asignado al usuario'],
      type: ['Tipo', 'Tipo de actividad', 'Actividad - Tipo'],
      subject: ['Asunto', 'Actividad - Asunto'],
      status: ['Hecho', 'Estado', 'Actividad - Hecho'],
      contactName: [
        'Persona de contacto',
        'Persona',
        'Participantes',
        'Actividad - Persona',
        'Actividad - Persona de contacto',
        'Persona - Nombre',
      ],
      contactId: ['ID de persona', 'Persona - ID'],
      contactEmail: ['Correo electrónico de la persona', 'Correo electrónico', 'Persona - Correo electrónico'],
      dealName: ['Trato', 'Título del trato', 'Actividad - Trato', 'Trato - Título'],
      dealId: ['ID del trato', 'Trato - ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Llamada'],
      email: ['Correo electrónico', 'Correo'],
      meeting: ['Reunión', 'Almuerzo'],
      task: ['Tarea', 'Fecha límite', 'Plazo'],
    },
    directions: { inbound: [], outbound: [] },
    outcomes: {},
    status: {
      done: ['Hecho', 'Realizado', 'Sí', 'Verdadero'],
      planned: ['Por hacer', 'Pendiente', 'No hecho', 'No', 'Falso'],
    },
  },
};
