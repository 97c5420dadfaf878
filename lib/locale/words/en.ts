import type { LocaleWords } from './schema';

export const en: LocaleWords = {
  outOfOffice: [
    'out of office',
    'out of the office',
    'automatic reply',
    'auto-reply',
    'autoreply',
    'on vacation',
    'on leave',
    'away from the office',
  ],
  outOfOfficeOpening: ['OOO', 'Out-of-Office', 'Auto Reply'],
  readReceipt: ['Read:'],
};
