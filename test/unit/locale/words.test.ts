import { describe, expect, it } from 'vitest';
import { fold } from '../../../lib/locale/fold';
import {
  addressLabel,
  directionFromWords,
  isOutOfOffice,
  outcomeFromWords,
  plannedFromWords,
  typeFromWords,
} from '../../../lib/locale/words/find-words';
import { allLanguages, wordsFor } from '../../../lib/locale/words/index';

describe('activity words per language', () => {
  it('covers the seven page locales', () => {
    expect([...allLanguages].sort()).toEqual(['de', 'en', 'es', 'fr', 'nl', 'pt']);
    for (const tag of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'nl-NL'])
      expect(wordsFor(tag)).toBeDefined();
    expect(wordsFor('ja-JP')).toBeUndefined();
  });

  it('gives every language words for each type but social, every outcome, and out-of-office phrases', () => {
    for (const lang of allLanguages) {
      const w = wordsFor(lang);
      for (const type of ['call', 'email', 'meeting', 'note', 'task', 'sms'] as const)
        expect(w?.types[type], `${lang} ${type}`).not.toEqual([]);
      for (const outcome of ['connected', 'no-answer', 'voicemail', 'busy'] as const)
        expect(w?.outcomes[outcome], `${lang} ${outcome}`).not.toEqual([]);
      expect(w?.outOfOffice.length, lang).toBeGreaterThan(2);
    }
  });

  it('never gives one word two types, in one language or across them', () => {
    const typeOf = new Map<string, string>();
    for (const lang of allLanguages) {
      for (const [type, words] of Object.entries(wordsFor(lang)?.types ?? {})) {
        for (const word of words) {
          const seen = typeOf.get(fold(word));
          expect(seen === undefined || seen === type, `${lang} "${word}" is ${type} and ${seen}`).toBe(true);
          typeOf.set(fold(word), type);
        }
      }
    }
  });
});

describe('typeFromWords', () => {
  it.each([
    ['Anruf', 'de', 'call'],
    ['Telefonat mit Anna Schmidt', 'de', 'call'],
    ['Appel - Connecté passé par Marie', 'fr', 'call'],
    ['Llamada saliente', 'es', 'call'],
    ['Ligação registrada', 'pt-BR', 'call'],
    ['Gesprek met Jan', 'nl', 'call'],
    ['E-Mail gesendet', 'de', 'email'],
    ['Courriel reçu', 'fr', 'email'],
    ['Correo electrónico enviado', 'es', 'email'],
    ['Réunion planifiée', 'fr', 'meeting'],
    ['Notiz', 'de', 'note'],
    ['Notitie toegevoegd', 'nl', 'note'],
    ['Aufgabe', 'de', 'task'],
    ['Tâche à faire', 'fr', 'task'],
    ['Tarefa', 'pt', 'task'],
    ['Taak', 'nl', 'task'],
    ['SMS', 'fr', 'sms'],
    ['LinkedIn message', 'en', 'social'],
    ['Logged call', 'en', 'call'],
  ])('"%s" (%s) is a %s', (text, lang, type) => {
    expect(typeFromWords(text, lang)).toBe(type);
  });

  it('tries every language when the page language has no word for it', () => {
    expect(typeFromWords('Anruf', 'en')).toBe('call');
    expect(typeFromWords('Call', 'de')).toBe('call');
    expect(typeFromWords('Llamada')).toBe('call');
  });

  it('takes the word that comes first, and only whole words', () => {
    expect(typeFromWords('Call about the email you sent', 'en')).toBe('call');
    expect(typeFromWords('Email about the call', 'en')).toBe('email');
    expect(typeFromWords('Callback scheduling', 'en')).toBeUndefined();
    expect(typeFromWords('Quarterly review', 'en')).toBeUndefined();
  });
});

describe('direction, tense and outcome words', () => {
  it.each([
    ['Sent', 'outbound'],
    ['E-Mail gesendet', 'outbound'],
    ['Courriel envoyé', 'outbound'],
    ['Correo recibido', 'inbound'],
    ['E-mail recebido', 'inbound'],
    ['E-mail ontvangen', 'inbound'],
    ['Note', undefined],
  ])('"%s" is %s', (text, direction) => {
    expect(directionFromWords(text)).toBe(direction);
  });

  it.each([
    ['Upcoming', 'en', true],
    ['Anstehend', 'de', true],
    ['À venir', 'fr', true],
    ['Próximo', 'es', true],
    ['Gepland', 'nl', true],
    ['Completed', 'en', false],
    ['Erledigt', 'de', false],
    ['Terminé', 'fr', false],
    ['Concluída', 'pt', false],
    ['Afgerond', 'nl', false],
    ['Anna Schmidt', 'de', undefined],
  ])('"%s" (%s) planned: %s', (text, lang, planned) => {
    expect(plannedFromWords(text, lang)).toBe(planned);
  });

  it.each([
    ['Connected', 'en', 'connected'],
    ['Not answered', 'en', 'no-answer'],
    ['Left voicemail', 'en', 'voicemail'],
    ['Besetzt', 'de', 'busy'],
    ['Nicht erreicht', 'de', 'no-answer'],
    ['Appel - Connecté passé par Marie', 'fr', 'connected'],
    ['Pas de réponse', 'fr', 'no-answer'],
    ['Buzón de voz', 'es', 'voicemail'],
    ['Caixa postal', 'pt', 'voicemail'],
    ['Geen antwoord', 'nl', 'no-answer'],
    ['Bezet', 'nl', 'busy'],
  ])('"%s" (%s) is %s', (text, lang, outcome) => {
    expect(outcomeFromWords(text, lang)).toBe(outcome);
  });

  it.each([
    ['Automatic reply: Out of Office until 3 December', 'en'],
    ['Abwesenheitsnotiz: Ich bin nicht im Büro', 'de'],
    ['Réponse automatique : absent du bureau', 'fr'],
    ['Respuesta automática: fuera de la oficina', 'es'],
    ['Resposta automática: estou de férias', 'pt'],
    ['Automatisch antwoord: niet op kantoor', 'nl'],
  ])('"%s" (%s) is an out-of-office reply', (text, lang) => {
    expect(isOutOfOffice(text, lang)).toBe(true);
  });

  it('does not take an ordinary reply for an out-of-office one', () => {
    expect(isOutOfOffice('Re: pricing for the office move', 'en')).toBe(false);
    expect(isOutOfOffice('Danke für das Angebot', 'de')).toBe(false);
  });

  it.each([
    ['From: anna@example.com', 'en', 'from'],
    ['To:', 'en', 'to'],
    ['Von: Anna Schmidt', 'de', 'from'],
    ['An: Max', 'de', 'to'],
    ['De : Marie', 'fr', 'from'],
    ['Para: Juan', 'es', 'to'],
    ['Aan: Jan', 'nl', 'to'],
    ['Subject: hello', 'en', undefined],
  ])('"%s" (%s) is a %s line', (text, lang, label) => {
    expect(addressLabel(text, lang)).toBe(label);
  });
});
