import type { LocaleWords } from './schema';

/** Italian automatic replies as mail clients word them ("Risposta automatica: fuori ufficio"); a guess, no CRM source. */
export const it: LocaleWords = {
  outOfOffice: [
    "fuori dall'ufficio",
    'fuori ufficio',
    'risposta automatica',
    "assente dall'ufficio",
    'messaggio di assenza',
    'in ferie',
  ],
  outOfOfficeOpening: ['Fuori sede:', 'Assente:'],
  readReceipt: ['Letto:'],
};
