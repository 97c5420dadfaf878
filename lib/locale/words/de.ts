import type { LocaleWords } from './schema';

export const de: LocaleWords = {
  outOfOffice: ['Abwesenheitsnotiz', 'nicht im Büro', 'außer Haus', 'automatische Antwort', 'Abwesenheit', 'im Urlaub'],
  outOfOfficeOpening: ['Abwesend:'],
  readReceipt: ['Gelesen:'],
};
