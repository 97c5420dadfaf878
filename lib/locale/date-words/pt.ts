import type { DateWords } from './schema';

export const pt: DateWords = {
  now: ['agora', 'agora mesmo', 'há poucos segundos', 'há alguns segundos', 'há um momento'],
  days: { hoje: 0, ontem: -1, amanhã: 1, anteontem: -2, 'depois de amanhã': 2 },
  ago: { before: ['há'], after: ['atrás'] },
  ahead: { before: ['daqui a', 'em'], after: [] },
  one: ['um', 'uma'],
  units: {
    second: ['segundo', 'segundos', 'seg'],
    minute: ['minuto', 'minutos', 'min'],
    hour: ['hora', 'horas', 'h'],
    day: ['dia', 'dias', 'd'],
    week: ['semana', 'semanas'],
    month: ['mês', 'meses'],
    year: ['ano', 'anos'],
  },
  previous: ['passado', 'passada'],
  connectors: ['às', 'à', 'de', 'do', 'em'],
  months: {},
};
