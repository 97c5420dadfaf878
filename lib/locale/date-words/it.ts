import type { DateWords } from './schema';

/**
 * Italian as CRMs print it ("Oggi alle 14:26", "19 nov 2026", "2 giorni fa"). Italian has no word
 * table for activity types yet: only its dates are read; what only wording could tell stays not read.
 */
export const it: DateWords = {
  now: ['adesso', 'proprio ora', 'in questo momento', 'pochi secondi fa', 'qualche secondo fa', 'un attimo fa'],
  days: { oggi: 0, ieri: -1, domani: 1, "l'altro ieri": -2, altroieri: -2, dopodomani: 2 },
  ago: { before: [], after: ['fa'] },
  ahead: { before: ['tra', 'fra'], after: [] },
  one: ['un', 'una', 'uno', "un'"],
  units: {
    second: ['secondo', 'secondi', 'sec.', 'sec', 's'],
    minute: ['minuto', 'minuti', 'min'],
    hour: ['ora', 'ore', 'h'],
    // "gg" as Intl's short style prints it: "2 gg fa".
    day: ['giorno', 'giorni', 'gg', 'g'],
    // "sett." with its dot as Intl's short style prints it: "2 sett. fa", "tra 2 sett.".
    week: ['settimana', 'settimane', 'sett.', 'sett'],
    month: ['mese', 'mesi'],
    year: ['anno', 'anni'],
  },
  previous: ['scorso', 'scorsa'],
  // "alle ore 16:15" is how Intl itself prints an it-IT date with its time ("16 novembre 2026 alle ore 16:15").
  connectors: ['alle ore', 'alle', "all'", 'ore', 'il', 'di', 'del'],
  months: {},
};
