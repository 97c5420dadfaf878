import type { DateWords } from './schema';

export const en: DateWords = {
  now: ['just now', 'now', 'a few seconds ago', 'few seconds ago', 'moments ago', 'a moment ago'],
  days: { today: 0, yesterday: -1, tomorrow: 1 },
  ago: { before: [], after: ['ago'] },
  ahead: { before: ['in'], after: ['from now'] },
  one: ['a', 'an', 'one'],
  units: {
    second: ['second', 'seconds', 'sec', 'secs', 's'],
    minute: ['minute', 'minutes', 'min', 'mins', 'm'],
    hour: ['hour', 'hours', 'hr', 'hrs', 'h'],
    day: ['day', 'days', 'd'],
    week: ['week', 'weeks', 'wk', 'wks', 'w'],
    month: ['month', 'months', 'mo', 'mos'],
    year: ['year', 'years', 'yr', 'yrs', 'y'],
  },
  previous: ['last'],
  connectors: ['at', 'on', 'the', 'of'],
  months: {},
};
