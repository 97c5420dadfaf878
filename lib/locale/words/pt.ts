import type { LocaleWords } from './schema';

export const pt: LocaleWords = {
  outOfOffice: ['fora do escritório', 'resposta automática', 'ausente', 'de férias', 'ausência temporária'],
  outOfOfficeOpening: [],
  readReceipt: ['Lida:', 'Lido:'],
};
