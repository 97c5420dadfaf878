import { describe, expect, it } from 'vitest';
import { readSubjectTask } from './subject-task-page';

/**
 * Texts, WhatsApp and LinkedIn messages reach the Salesforce timeline as Tasks that messaging
 * integrations (or the rep) log against the contact, told apart by their subject; a message the
 * contact sent says so in that subject ("Inbound SMS from …", "SMS received: …", "WhatsApp reply
 * from …"). A logged call without a "Call Type" detail says it came in the same way ("Missed call
 * from …", "Inbound call"); its comments stay unread for direction (inbound-call-words.test.ts).
 * metrics.md: "Direction: outbound (rep to contact), inbound (contact to rep)"; an inbound reply
 * ends the cadence and is no touch the rep made. The direction words are each language's
 * (words' `messageSubject.inbound`), only at the subject's head once its channel words are set
 * aside: "Reply to inbound SMS" is the rep's. Oracle, by hand.
 */
const read = readSubjectTask;

describe('Salesforce: a message Task whose subject says the contact sent it', () => {
  it.each([
    ['Inbound SMS from Dana Whitfield', 'sms'],
    ['SMS received: running 10 min late', 'sms'],
    ['WhatsApp reply from Dana Whitfield', 'sms'],
    ['LinkedIn InMail reply from Dana Whitfield', 'social'],
  ])('"%s" is an inbound %s touch', (subject, type) => {
    expect(read(subject)).toEqual([type, 'inbound']);
  });

  it.each([
    ['Outbound SMS to Dana Whitfield', 'sms'],
    ['Reply to inbound SMS about the pilot', 'sms'],
    ['LinkedIn InMail', 'social'],
  ])('(control) "%s" is the rep’s outbound %s', (subject, type) => {
    expect(read(subject)).toEqual([type, 'outbound']);
  });

  it.each([
    ['de', 'Eingehende SMS von Dana Whitfield', 'sms'],
    ['de', 'WhatsApp-Antwort von Dana Whitfield', 'sms'],
    ['fr', 'SMS reçu : en retard de 10 min', 'sms'],
    ['fr', 'Réponse WhatsApp de Dana Whitfield', 'sms'],
  ] as const)('on a %s page, "%s" is an inbound %s touch', (language, subject, type) => {
    expect(read(subject, 'task', language)).toEqual([type, 'inbound']);
  });
});

describe('Salesforce: a logged call whose subject says it came in, with no Call Type detail', () => {
  it.each([
    ['Missed call from Dana Whitfield', 'en'],
    ['Inbound call', 'en'],
    ['Verpasster Anruf von Dana Whitfield', 'de'],
    ['Appel entrant', 'fr'],
  ] as const)('"%s" is inbound', (subject, language) => {
    expect(read(subject, 'call', language)).toEqual(['call', 'inbound']);
  });

  it.each(['Return missed call', 'Call'])('(control) "%s" is outbound', (subject) => {
    expect(read(subject, 'call')).toEqual(['call', 'outbound']);
  });
});
