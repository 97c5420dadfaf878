import type { DateWords } from './schema';

export const nl: DateWords = {
  now: ['zojuist', 'nu', 'net', 'een paar seconden geleden', 'enkele seconden geleden'],
  days: { vandaag: 0, gisteren: -1, morgen: 1, eergisteren: -2, overmorgen: 2 },
  ago: { before: [], after: ['geleden'] },
  ahead: { before: ['over', 'binnen'], after: [] },
  one: ['een', 'één'],
  units: {
    // "sec.", "min.", "dgn" as Intl's short style prints them: "5 min. geleden", "2 dgn geleden".
    second: ['seconde', 'seconden', 'sec.', 'sec'],
    minute: ['minuut', 'minuten', 'min.', 'min'],
    hour: ['uur', 'uren', 'u'],
    day: ['dag', 'dagen', 'dgn', 'd'],
    week: ['week', 'weken', 'w'],
    month: ['maand', 'maanden'],
    year: ['jaar', 'jaren'],
  },
  previous: ['vorige', 'afgelopen'],
  connectors: ['om', 'op', 'uur'],
  months: {},
};
