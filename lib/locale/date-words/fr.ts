import type { DateWords } from './schema';

export const fr: DateWords = {
  now: ["à l'instant", 'maintenant', 'il y a quelques secondes', 'il y a un instant'],
  days: { "aujourd'hui": 0, hier: -1, demain: 1, 'avant-hier': -2, 'après-demain': 2 },
  ago: { before: ['il y a'], after: [] },
  ahead: { before: ['dans'], after: [] },
  one: ['un', 'une'],
  units: {
    second: ['seconde', 'secondes', 's'],
    minute: ['minute', 'minutes', 'min'],
    hour: ['heure', 'heures', 'h'],
    day: ['jour', 'jours', 'j'],
    week: ['semaine', 'semaines'],
    month: ['mois'],
    year: ['an', 'ans', 'année', 'années'],
  },
  previous: ['dernier'],
  connectors: ['à', 'le'],
  months: {},
};
