import type { Crm } from '../../schema/activity';
import type { ExportWords } from './schema';

/**
 * Brazilian Portuguese export wording of the three CRMs. Cited: HubSpot's names of the activity
 * kinds and of deals ("Negócios", "Atividades (Chamadas, E-mails, Reuniões, Observações,
 * Tarefas)", https://br.developers.hubspot.com/docs/api/crm/properties); HubSpot properties in
 * pt-BR print dates "dd/mm/yyyy" (../shared/docs/crm-evidence-2.md, trust B); Salesforce's task
 * as "tarefa"
 * (https://trailhead.salesforce.com/pt-BR/content/learn/modules/to-do-list-for-task-management/discover-the-to-do-list).
 * Assumed: every column label (no Portuguese export or translated field list was found), all of
 * Pipedrive's wording and the other value words; an assumed label maps a column only when it
 * matches exactly.
 */
export const PT_BR_EXPORT_WORDS: Record<Crm, ExportWords> = {
  hubspot: {
    headers: {
      sourceId: ['ID do registro', 'ID da atividade'],
      date: ['Data da atividade', 'Hora de início da reunião', 'Data de vencimento'],
      owner: ['Atividade atribuída a', 'Atribuído a', 'Proprietário da atividade', 'Proprietário'],
      type: ['Tipo de atividade', 'Tipo'],
      subject: ['Título da chamada', 'Assunto do e-mail', 'Nome da reunião', 'Título da tarefa', 'Assunto', 'Título'],
      direction: ['Direção da chamada', 'Direção do e-mail', 'Direção'],
      outcome: ['Resultado da chamada', 'Resultado da reunião', 'Resultado'],
      status: ['Status da tarefa', 'Status'],
      contactName: ['Contato associado', 'Contatos associados', 'Contato'],
      contactId: ['IDs de contatos associados', 'ID do contato associado', 'ID do contato'],
      contactEmail: ['E-mail do contato associado', 'E-mail do contato', 'E-mail'],
      dealName: ['Negócio associado', 'Negócios associados', 'Negócio'],
      dealId: ['IDs de negócios associados', 'ID do negócio associado', 'ID do negócio'],
    },
    typedHeaders: {
      'Título da chamada': 'call',
      'Direção da chamada': 'call',
      'Resultado da chamada': 'call',
      'Assunto do e-mail': 'email',
      'Direção do e-mail': 'email',
      'Nome da reunião': 'meeting',
      'Resultado da reunião': 'meeting',
      'Hora de início da reunião': 'meeting',
      'Título da tarefa': 'task',
      'Status da tarefa': 'task',
    },
    types: {
      call: ['Chamada', 'Chamadas', 'Ligação'],
      email: ['E-mail', 'E-mails', 'E-mail recebido', 'E-mail encaminhado'],
      meeting: ['Reunião', 'Reuniões'],
      social: ['Mensagem do LinkedIn', 'LinkedIn'],
      sms: ['SMS', 'Mensagem do WhatsApp', 'WhatsApp'],
      note: ['Observação', 'Observações', 'Nota', 'Notas'],
      task: ['Tarefa', 'Tarefas'],
    },
    directions: {
      inbound: ['Entrada', 'Recebida', 'Recebido', 'E-mail recebido'],
      outbound: ['Saída', 'Enviada', 'Enviado', 'E-mail', 'E-mail encaminhado'],
    },
    outcomes: {
      connected: ['Conectado'],
      'no-answer': ['Sem resposta', 'Número errado'],
      voicemail: ['Deixou mensagem de voz', 'Deixou mensagem ao vivo'],
      busy: ['Ocupado'],
      held: ['Concluída', 'Concluído'],
      'no-show': ['Não compareceu'],
      rescheduled: ['Reagendada', 'Reagendado'],
      cancelled: ['Cancelada', 'Cancelado'],
    },
    status: {
      done: ['Concluída', 'Concluído', 'Feito'],
      planned: ['Não iniciada', 'Não iniciado', 'Em andamento', 'Aguardando', 'Adiada', 'Agendada'],
    },
  },
  salesforce: {
    headers: {
      sourceId: ['ID da atividade', 'ID da tarefa', 'ID do evento'],
      date: [
        'Data',
        'Data de vencimento',
        'Início',
        'Data/hora de início',
        'Data/hora de conclusão',
        'Data da atividade',
      ],
      time: ['Hora', 'Hora de início'],
      owner: ['Atribuído', 'Atribuído a', 'Atribuído a: Nome completo', 'Proprietário'],
      type: ['Tipo', 'Tipo de atividade', 'Tarefa/Evento'],
      subtype: ['Subtipo da tarefa', 'Subtipo do evento'],
      subject: ['Assunto'],
      direction: ['Tipo de chamada'],
      outcome: ['Resultado da chamada'],
      status: ['Status'],
      contactName: ['Contato', 'Nome', 'Contato: Nome completo', 'Lead'],
      contactId: ['ID do contato', 'ID do nome'],
      leadId: ['ID do lead'],
      contactEmail: ['Email', 'E-mail', 'Contato: Email'],
      dealName: ['Oportunidade', 'Nome da oportunidade', 'Relativo a'],
      dealId: ['ID da oportunidade', 'ID de relativo a'],
    },
    typedHeaders: {},
    types: {
      call: ['Chamada', 'Registrar uma chamada', 'Ligação'],
      email: ['Email', 'E-mail', 'Email de lista', 'E-mail de lista'],
      meeting: ['Reunião', 'Evento'],
      task: ['Tarefa', 'Outro', 'A fazer', 'Enviar carta'],
    },
    automatedTypes: ['Email de lista', 'E-mail de lista'],
    directions: { inbound: ['Entrada', 'Recebida'], outbound: ['Saída', 'Efetuada'] },
    outcomes: {
      connected: ['Conectado', 'Contatado'],
      'no-answer': ['Sem resposta', 'Chamada sem sucesso'],
      voicemail: ['Deixou mensagem de voz', 'Correio de voz'],
      busy: ['Ocupado'],
    },
    status: {
      done: ['Concluída', 'Concluído', 'Fechada'],
      planned: ['Não iniciada', 'Não iniciado', 'Em andamento', 'Aguardando outra pessoa', 'Adiada', 'Aberta'],
    },
  },
  pipedrive: {
    headers: {
      sourceId: ['ID', 'ID da atividade', 'Atividade - ID'],
      date: ['Data de vencimento', 'Data', 'Atividade - Data de vencimento'],
      doneAt: ['Marcada como concluída em', 'Atividade - Marcada como concluída em'],
      time: ['Hora de vencimento', 'Hora', 'Atividade - Hora de vencimento'],
      owner: ['Atribuído ao usuário', 'Atribuído a', 'Proprietário', 'Atividade - Atribuído ao usuário'],
      type: ['Tipo', 'Tipo de atividade', 'Atividade - Tipo'],
      subject: ['Assunto', 'Atividade - Assunto'],
      status: ['Concluída', 'Feito', 'Status', 'Atividade - Concluída', 'Atividade - Feito'],
      contactName: [
        'Pessoa de contato',
        'Pessoa',
        'Participantes',
        'Atividade - Pessoa',
        'Atividade - Pessoa de contato',
        'Pessoa - Nome',
      ],
      contactId: ['ID da pessoa', 'Pessoa - ID'],
      contactEmail: ['E-mail da pessoa', 'E-mail', 'Pessoa - E-mail'],
      dealName: ['Negócio', 'Título do negócio', 'Atividade - Negócio', 'Negócio - Título'],
      dealId: ['ID do negócio', 'Negócio - ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Chamada', 'Ligação'],
      email: ['E-mail'],
      meeting: ['Reunião', 'Almoço'],
      task: ['Tarefa', 'Prazo'],
    },
    directions: { inbound: [], outbound: [] },
    outcomes: {},
    status: {
      done: ['Concluída', 'Concluído', 'Feito', 'Sim', 'Verdadeiro'],
      planned: ['A fazer', 'Pendente', 'Não concluída', 'Não', 'Falso'],
    },
  },
};
