// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commentedCallOutcome } from './commented-call';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * metrics.md: a touch is "a real contact with the person"; "Connect rate: calls with a connected
 * outcome / call attempts". Comments saying the rep spoke with the contact's assistant, reached the
 * front desk or that the receptionist answered were read as connects (1 of 1 where the call reached
 * no contact: 0 of 1). HubSpot's own outcomes keep "Left live message" apart from "Connected", and
 * Touchline reads it as a voicemail (hubspot/words/en.ts): so is a call someone took in the
 * contact's stead, unless the comments say after it how the call ended ("no answer on her extension").
 *
 * Oracle, by hand: the outcome the comments say.
 */
const call = (comments: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Call',
    subject: 'Pricing follow-up',
    id: '00T5g00000DpQL4EAN',
    date: 'Nov 18',
    summary: 'You logged a call with Ana Ortiz',
    body: `<div class="showMore"><dl class="slds-list_horizontal"><dt class="slds-item_label">Comments</dt><dd class="slds-item--detail">${comments}</dd></dl></div>`,
  });

const outcomeOf = (comments: string) =>
  read(contactPage(timeline('', [{ heading: 'This Month', items: call(comments) }]))).activities.find(
    (a) => a.type === 'call',
  )?.outcome;

describe('a logged call whose comments say someone else came to the phone', () => {
  it.each([
    ['Spoke with her assistant; Ana is out until Monday.', 'voicemail'],
    ['Reached the front desk, Ana was in a meeting.', 'voicemail'],
    ['Receptionist answered, took a message for Ana.', 'voicemail'],
    ["Spoke with Ana's executive assistant, she will pass it on", 'voicemail'],
    ['Answered by reception, Ana in meetings all day', 'voicemail'],
    ['Connected with the switchboard, no answer on her extension.', 'no-answer'],
  ])('"%s" is %s, no connect', (comments, outcome) => {
    expect(outcomeOf(comments)).toBe(outcome);
  });

  it.each([
    'Spoke with Ana about pricing',
    'Reached Ana, she will sign Friday',
    'Connected - discussed renewal',
    'Spoke with her assistant and reached Ana, she will sign Friday',
    'The receptionist connected me to Ana, discussed pricing',
  ])('control: "%s" is a connect', (comments) => {
    expect(outcomeOf(comments)).toBe('connected');
  });

  it('"Reached Ana\'s voicemail" reaches a machine: a voicemail', () => {
    expect(outcomeOf("Reached Ana's voicemail, will try again Friday")).toBe('voicemail');
  });
});

describe("in the page's language", () => {
  it.each([
    [
      'de-DE',
      'Anruf',
      '12. Nov.',
      'Sie haben einen Anruf mit Lena Vogt protokolliert',
      'Kommentare',
      'Nur die Zentrale erreicht, Lena ist im Urlaub',
    ],
    [
      'fr-FR',
      'Appel',
      '12 nov.',
      'Vous avez consigné un appel avec Camille Durand',
      'Commentaires',
      'Parlé avec son assistante, Camille rappelle lundi',
    ],
    [
      'es-ES',
      'Llamada',
      '12 nov.',
      'Usted registró una llamada con Lucía Gómez',
      'Comentarios',
      'Hablé con su asistente, Lucía está de viaje',
    ],
    [
      'pt-BR',
      'Chamada',
      '12 de nov.',
      'Você registrou uma chamada com João Silva',
      'Comentários',
      'A secretária atendeu, João está em reunião',
    ],
    [
      'it-IT',
      'Chiamata',
      '12 nov',
      'Hai registrato una chiamata con Giulia Rossi',
      'Commenti',
      'Ha risposto la segretaria, Giulia è in ferie',
    ],
    [
      'nl-NL',
      'Gesprek',
      '12 nov.',
      'U hebt een gesprek met Sanne de Vries geregistreerd',
      'Opmerkingen',
      'Met de secretaresse gesproken, Sanne is op vakantie',
    ],
  ] as const)('%s "%s": a voicemail, no connect', (lang, subject, date, summary, label, text) => {
    expect(commentedCallOutcome(lang, subject, date, summary, label, text)).toBe('voicemail');
  });
});
