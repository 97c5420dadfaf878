import type { DateWords } from './schema';

export const de: DateWords = {
  now: ['gerade eben', 'soeben', 'jetzt', 'vor wenigen Sekunden', 'vor ein paar Sekunden'],
  days: { heute: 0, gestern: -1, morgen: 1, vorgestern: -2, übermorgen: 2 },
  ago: { before: ['vor'], after: [] },
  ahead: { before: ['in'], after: [] },
  one: ['ein', 'eine', 'einem', 'einer', 'einen'],
  units: {
    second: ['Sekunde', 'Sekunden', 'Sek.'],
    minute: ['Minute', 'Minuten', 'Min.'],
    hour: ['Stunde', 'Stunden', 'Std.'],
    day: ['Tag', 'Tage', 'Tagen', 'T'],
    week: ['Woche', 'Wochen'],
    month: ['Monat', 'Monate', 'Monaten'],
    year: ['Jahr', 'Jahre', 'Jahren'],
  },
  previous: ['letzten', 'letzter', 'letztes', 'vergangenen'],
  connectors: ['um', 'am', 'Uhr'],
  months: { mrz: 3 },
};
