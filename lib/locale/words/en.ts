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
    // The common abbreviation, whole word only ("OOO until Mon 23 Nov: Pallet pricing").
    'ooo',
  ],
};
