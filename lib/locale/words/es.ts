import type { LocaleWords } from './schema';

export const es: LocaleWords = {
  types: {
    call: ['Llamada', 'Llamadas', 'Llamada telefónica'],
    email: ['Correo', 'Correos', 'Correo electrónico', 'Email', 'E-mail'],
    meeting: ['Reunión', 'Cita', 'Evento', 'Almuerzo'],
    note: ['Nota', 'Notas', 'Comentario'],
    task: ['Tarea', 'Tareas', 'Fecha límite'],
    sms: ['SMS', 'Mensaje de texto'],
    social: [],
  },
  direction: {
    sent: ['enviado', 'enviada', 'saliente'],
    received: ['recibido', 'recibida', 'entrante'],
    from: ['de'],
    to: ['para', 'a'],
  },
  planned: ['próximo', 'próxima', 'próximos', 'pendiente', 'programado', 'programada', 'vencido', 'vencida'],
  done: ['completado', 'completada', 'hecho', 'realizado', 'realizada', 'registrado', 'registrada'],
  outcomes: {
    connected: ['conectado', 'conectada', 'contestada', 'respondida'],
    'no-answer': ['sin respuesta', 'no contesta', 'no contestó', 'perdida'],
    voicemail: ['buzón de voz', 'mensaje de voz', 'dejó un mensaje', 'dejó mensaje'],
    busy: ['ocupado', 'ocupada'],
  },
  outOfOffice: ['fuera de la oficina', 'fuera de oficina', 'respuesta automática', 'ausente', 'de vacaciones'],
};
