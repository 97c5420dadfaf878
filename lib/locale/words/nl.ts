import type { LocaleWords } from './schema';

export const nl: LocaleWords = {
  outOfOffice: ['afwezig', 'niet op kantoor', 'buiten kantoor', 'automatisch antwoord', 'met vakantie'],
  outOfOfficeOpening: [],
  readReceipt: ['Gelezen:'],
};
