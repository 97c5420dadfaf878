import type { DateWords } from './schema';

export const es: DateWords = {
  now: ['ahora', 'ahora mismo', 'hace un momento', 'hace unos segundos'],
  days: { hoy: 0, ayer: -1, mañana: 1, anteayer: -2, 'antes de ayer': -2, 'pasado mañana': 2 },
  ago: { before: ['hace'], after: [] },
  ahead: { before: ['dentro de', 'en'], after: [] },
  one: ['un', 'una', 'uno'],
  units: {
    second: ['segundo', 'segundos', 'seg'],
    minute: ['minuto', 'minutos', 'min'],
    hour: ['hora', 'horas', 'h'],
    day: ['día', 'días', 'd'],
    week: ['semana', 'semanas'],
    month: ['mes', 'meses'],
    year: ['año', 'años'],
  },
  previous: ['pasado'],
  connectors: ['a las', 'a la', 'el', 'de', 'del'],
  months: {},
};
