import type { LocaleWords } from './schema';

export const en: LocaleWords = {
  outOfOffice: [
    'out of office',
    'out of the office',
    'automatic reply',
    'auto-reply',
    'auto reply',
    'out-of-office',
    'autoreply',
    'on vacation',
    'on leave',
    'away from the office',
    // The common abbreviation as auto-replies put it ("OOO: …", "OOO until Mon 23 Nov"), never alone:
    // "OOO Vostok Logistics" is a Russian company's legal form, "OOO from Friday" a person's own answer.
    'ooo:',
    'ooo until',
    'ooo till',
  ],
};
