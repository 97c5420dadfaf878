import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemFacts } from '../../../../lib/adapters/pipedrive/classify-activity';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';

const call = (note: string): ItemFacts => ({
  kind: 'activity',
  typeName: 'Call',
  text: `Call ${note}`,
  title: 'Call',
  done: true,
  inFocus: false,
  lines: ['Call', note],
});

const outcomeOf = (note: string, lang = 'en') => classifyItem(call(note), wordingFor(lang))?.outcome;

/**
 * metrics.md: a touch is "a real contact with the person"; "Connect rate: calls with a connected
 * outcome / call attempts". Pipedrive has no call outcome field: the rep writes it in the note, and a
 * note opening "Spoke with her assistant" or "Connected with the switchboard" was read as a connect
 * (1 of 1 where the call reached no contact: 0 of 1). HubSpot's own outcomes keep "Left live
 * message" apart from "Connected", and Touchline reads it as a voicemail (hubspot/words/en.ts): so
 * is a call someone took in the contact's stead, unless the note says after it how the call ended.
 *
 * Oracle, by hand: the outcome the note says.
 */
describe('a done Pipedrive call whose note says someone else came to the phone', () => {
  it.each([
    ['Spoke with her assistant; Ana is out until Monday.', 'voicemail'],
    ['Reached the front desk, Ana was in a meeting.', 'voicemail'],
    ["Spoke with Ana's assistant, she will pass it on", 'voicemail'],
    ['Connected with the switchboard, no answer on her extension.', 'no-answer'],
    ['Reached the main switchboard, put through to her voicemail', 'voicemail'],
  ])('"%s" is %s, no connect', (note, outcome) => {
    expect(outcomeOf(note)).toBe(outcome);
  });

  it.each([
    'Spoke with Ana about pricing',
    'Reached Ana, she will sign Friday',
    'Connected - discussed renewal',
    'Connected – spoke with her assistant to book the signing',
  ])('control: "%s" is a connect', (note) => {
    expect(outcomeOf(note)).toBe('connected');
  });

  it.each([
    ['de', 'Verbunden mit der Zentrale, keine Antwort unter ihrer Durchwahl', 'no-answer'],
    ['fr', 'Connecté au standard, Camille est en réunion', 'voicemail'],
    ['es', 'Conectado con la centralita, Lucía está de viaje', 'voicemail'],
    ['it', 'Raggiunto il centralino, Giulia è in ferie', 'voicemail'],
    ['nl', 'Verbonden met de receptie, Sanne is op vakantie', 'voicemail'],
    ['pt', 'Conectado com a recepção, João está em reunião', 'voicemail'],
  ])('%s "%s" is %s, no connect', (lang, note, outcome) => {
    expect(outcomeOf(note, lang)).toBe(outcome);
  });

  it.each([
    ['de', 'Verbunden, Lena möchte eine Demo'],
    ['fr', 'Connecté, Camille veut une démo'],
  ])('control: %s "%s" is a connect', (lang, note) => {
    expect(outcomeOf(note, lang)).toBe('connected');
  });
});

/**
 * The gatekeeper rule lost real connects (review rg64a): a call where the front desk put the rep
 * through and they talked with the contact is a connect, as is one naming the contact by her own
 * job title ("the office manager Ana"). A name of several words before the possessive ("Reached
 * Ana Ortiz's voicemail") still reaches a machine or someone in her stead.
 */
describe('put through to the contact, or the contact by her job title', () => {
  it.each([
    ['en', 'Connected with the operator, transferred to Ana, discussed pricing'],
    ['en', 'Spoke with her assistant, who put me through to Ana; we agreed on a demo Friday'],
    ['en', 'Spoke with the office manager Ana, she approved the quote'],
    ['en', 'Spoke with Assistant Principal Ana Ortiz about the pilot, she will take it to the board'],
    ['de', 'Verbunden mit der Zentrale, zu Lena durchgestellt, Angebot besprochen'],
    ['fr', 'Connecté au standard, transféré à Camille, démo vendredi'],
  ])('%s "%s" is a connect', (lang, note) => {
    expect(outcomeOf(note, lang)).toBe('connected');
  });

  it.each([
    ['en', "Reached Ana Ortiz's voicemail, will try again Friday", 'voicemail'],
    ['en', "Spoke with Siobhan O'Brien's assistant, she will pass it on", 'voicemail'],
    ['en', 'Spoke with her assistant Maria; Ana is out until Monday', 'voicemail'],
    ['en', 'Spoke with her assistant, who could not put me through; Ana is out', 'voicemail'],
    ['en', 'Reached the front desk, transferred to her assistant', 'voicemail'],
    ['en', 'Reached the front desk, transferred to Ana, no answer on her extension', 'no-answer'],
    ['de', 'Verbunden mit der Zentrale, an die Assistentin weitergeleitet', 'voicemail'],
  ])('%s "%s" is %s, no connect', (lang, note, outcome) => {
    expect(outcomeOf(note, lang)).toBe(outcome);
  });
});

// Review rg64d: another person's voicemail or a machine named as the topic of the talk is no machine reached.
describe('a possessive or "machine" in the topic of a talk with the contact', () => {
  it.each([
    "Spoke with Ana about Tom's voicemail setup, she wants a quote.",
    "Spoke with Ana about Bob's voicemail greeting, demo booked.",
  ])('"%s" is connected', (note) => {
    expect(outcomeOf(note)).toBe('connected');
  });
});

describe('"machine" as an ordinary word', () => {
  it('"Spoke with the machine learning lead, Ana, about the pilot; demo booked." is connected', () => {
    expect(outcomeOf('Spoke with the machine learning lead, Ana, about the pilot; demo booked.')).toBe('connected');
  });
});
