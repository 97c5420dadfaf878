import type { LocaleWords } from './schema';

export const pt: LocaleWords = {
  types: {
    call: ['Ligação', 'Ligações', 'Chamada', 'Chamada telefônica', 'Telefonema'],
    email: ['E-mail', 'E-mails', 'Email'],
    meeting: ['Reunião', 'Compromisso', 'Evento', 'Almoço'],
    note: ['Nota', 'Notas', 'Anotação', 'Comentário'],
    task: ['Tarefa', 'Tarefas', 'Prazo'],
    sms: ['SMS', 'Mensagem de texto'],
    social: [],
  },
  direction: {
    sent: ['enviado', 'enviada', 'de saída'],
    received: ['recebido', 'recebida', 'de entrada'],
    from: ['de'],
    to: ['para'],
  },
  planned: ['próximo', 'próxima', 'próximas', 'agendado', 'agendada', 'atrasado', 'atrasada', 'pendente'],
  done: ['concluído', 'concluída', 'feito', 'feita', 'realizado', 'realizada', 'registrado', 'registrada'],
  outcomes: {
    connected: ['conectado', 'conectada', 'atendida', 'atendeu'],
    'no-answer': ['sem resposta', 'não atendeu', 'não atendida', 'perdida'],
    voicemail: ['caixa postal', 'correio de voz', 'mensagem de voz', 'deixou mensagem'],
    busy: ['ocupado', 'ocupada'],
  },
  outOfOffice: ['fora do escritório', 'resposta automática', 'ausente', 'de férias', 'ausência temporária'],
};
