import { describe, expect, it } from 'vitest';
import { isOutOfOffice, receiptSubject } from '../../../lib/locale/words/find-words';
import { allLanguages, wordsFor } from '../../../lib/locale/words/index';

describe('activity words per language', () => {
  it('covers the eight page locales', () => {
    expect([...allLanguages].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    for (const tag of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'nl-NL', 'it-IT'])
      expect(wordsFor(tag)).toBeDefined();
    expect(wordsFor('ja-JP')).toBeUndefined();
  });

  it('gives every language out-of-office phrases', () => {
    for (const lang of allLanguages) expect(wordsFor(lang)?.outOfOffice.length, lang).toBeGreaterThan(2);
  });
});

describe('out-of-office words', () => {
  it.each([
    ['Automatic reply: Out of Office until 3 December', 'en'],
    ['Abwesenheitsnotiz: Ich bin nicht im Büro', 'de'],
    ['Réponse automatique : absent du bureau', 'fr'],
    ['Respuesta automática: fuera de la oficina', 'es'],
    ['Resposta automática: estou de férias', 'pt'],
    ['Automatisch antwoord: niet op kantoor', 'nl'],
    ['Risposta automatica: fuori ufficio fino al 3 dicembre', 'it'],
    ["Sono fuori dall'ufficio, rientro lunedì", 'it'],
  ])('"%s" (%s) is an out-of-office reply', (text, lang) => {
    expect(isOutOfOffice(text, lang)).toBe(true);
  });

  it.each([
    'Out-of-Office: Re: Dock schedule',
    'Auto Reply: Dock schedule',
    'OOO until Mon 23 Nov: Pallet pricing',
    'OOO: Pallet pricing',
  ])('"%s" (the other spellings, and "OOO" opening the subject) is an out-of-office reply', (text) => {
    expect(isOutOfOffice(text, 'en')).toBe(true);
  });

  // Review s60 (pdlang, regc): Exchange's French notice and Italian and German subjects a user sets
  // ("Abwesend: …", with its colon: "Abwesend am Freitag – …" is a person's answer).
  it.each([
    ['Absent(e) du bureau : Offre licence 2027', 'fr'],
    ['Fuori sede: Offerta licenza 2027', 'it'],
    ['Assente: Offerta licenza 2027', 'it'],
    ['Abwesend: Angebot Lizenz 2027', 'de'],
  ])('"%s" (%s) is an automatic reply', (text, lang) => {
    expect(isOutOfOffice(text, lang)).toBe(true);
  });

  it.each([
    ['Abwesend am Freitag – können wir Montag telefonieren?', 'de'],
    ['Assente giovedì: possiamo spostare la demo a venerdì?', 'it'],
    ['Fuori sede il 3 dicembre, spostiamo la demo?', 'it'],
    ['Read: your proposal, three questions before we sign', 'en'],
    ['Lido: menu for the Dec 12 team dinner', 'en'],
  ])('"%s" (%s) is a person\'s email', (text, lang) => {
    expect(isOutOfOffice(text, lang)).toBe(false);
  });

  it.each([
    ['Read: Licence offer 2027', 'en'],
    ['Gelesen: Lizenz 2027', 'de'],
    ['Lu : Licence 2027', 'fr'],
    ['Leído: Licencia 2027', 'es'],
    ['Gelezen: Licentie 2027', 'nl'],
    ['Letto: Licenza 2027', 'it'],
  ])('"%s" (%s) is a read receipt of the subject after its opening', (text, lang) => {
    expect(receiptSubject(text, lang)).toBe(
      text
        .slice(text.indexOf(':') + 1)
        .trim()
        .toLowerCase(),
    );
  });

  it("does not take a person's answer naming her own absence further on for an out-of-office reply", () => {
    expect(isOutOfOffice('Re: Pallet pricing, OOO until Monday after', 'en')).toBe(false);
    expect(isOutOfOffice('Re: OOO schedule for the warehouse', 'en')).toBe(false);
    expect(isOutOfOffice('Goodwood order', 'en')).toBe(false);
  });

  it('does not take an ordinary reply for an out-of-office one', () => {
    expect(isOutOfOffice('Re: pricing for the office move', 'en')).toBe(false);
    expect(isOutOfOffice('Danke für das Angebot', 'de')).toBe(false);
    expect(isOutOfOffice('Re: preventivo per il nuovo ufficio', 'it')).toBe(false);
  });
});
