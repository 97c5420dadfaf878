import type { LocaleWords } from './schema';

export const es: LocaleWords = {
  outOfOffice: ['fuera de la oficina', 'fuera de oficina', 'respuesta automática', 'ausente', 'de vacaciones'],
  outOfOfficeOpening: [],
  readReceipt: ['Leído:'],
};
