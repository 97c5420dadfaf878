import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { en } from '../../../../lib/adapters/hubspot/words/en';

/**
 * README "manual versus automated": a sequence step is no manual touch. On a Danish page (no word
 * table) HubSpot words a sequence step in Danish ("Sekvens-e-mail sendt af Alex Morgan"): only that
 * wording says a tool sent it, so whether one did is reported as not read (as the Salesforce
 * reader does), never a silent `automated: false` that counts it as the rep's own touch. An email
 * whose icon shows HubSpot's sequence icon is read as automated, and one from the contact is no
 * sequence step (its From line names her address): neither has anything to report.
 */
const danish = (header: string, hints: Parameters<typeof classifyActivity>[1] = {}) =>
  classifyActivity(header, { icon: 'E-mail', words: [en], noWordsFor: 'da', ...hints });
const automationUnread = (c: ReturnType<typeof classifyActivity>) =>
  (c.unread ?? []).filter((u) => u.field === 'automated');

describe('an email on a page in a language without a word table', () => {
  it('worded as a Danish sequence step, reports whether a tool sent it as not read', () => {
    const email = danish('Sekvens-e-mail sendt af Alex Morgan');
    expect(email).toMatchObject({ type: 'email', automated: false });
    expect(automationUnread(email)).toHaveLength(1);
  });

  it("shown with HubSpot's sequences icon, is automated with nothing to report", () => {
    const email = danish('E-mail', { icon: 'sequences E-mail' });
    expect(email.automated).toBe(true);
    expect(automationUnread(email)).toEqual([]);
  });

  it('from the contact, has no automation to report', () => {
    const email = danish('E-mail - Tilbud', {
      description: 'From: lena@vogt.dk To: alex@acme.example',
      contactNames: ['Lena Vogt', 'lena@vogt.dk'],
    });
    expect(email.direction).toBe('inbound');
    expect(automationUnread(email)).toEqual([]);
  });
});

describe('an email on a page in a language with a word table', () => {
  it('reports nothing about automation: its wording is read', () => {
    const email = classifyActivity('Email - Proposal', { icon: 'Email', words: [en] });
    expect(automationUnread(email)).toEqual([]);
  });
});
