import type { LocaleWords } from './schema';

export const fr: LocaleWords = {
  outOfOffice: [
    'absent du bureau',
    'absente du bureau',
    'hors du bureau',
    'réponse automatique',
    "message d'absence",
    'en congé',
    'absent(e) du bureau',
  ],
  outOfOfficeOpening: [],
  readReceipt: ['Lu :', 'Lu:'],
};
