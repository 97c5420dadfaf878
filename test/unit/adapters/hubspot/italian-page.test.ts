import { describe, expect, it } from 'vitest';
import { TOUCH_TYPES } from '../../../../lib/schema/activity';
import { contactPage, previewItem, readContact } from './contact-page';

/**
 * README: "On a page in another language (Italian, say), what only wording tells (a call's
 * direction, what a task was) is reported as not read rather than guessed." HubSpot has no Italian
 * word table. Headers in HubSpot's Italian UI style (a guess, as the README's own example is).
 */
const isTouch = (type: string) => (TOUCH_TYPES as readonly string[]).includes(type);
const page = contactPage({
  lang: 'it-IT',
  feed: [
    previewItem({
      header: 'E-mail inviata da Alex Morgan',
      date: '18 nov 2026 alle 11:53',
      body: 'Proposta',
      icon: 'E-mail',
    }),
    previewItem({ header: "Lena Vogt ha aperto l'e-mail «Proposta»", date: '18 nov 2026 alle 12:10', body: '' }),
    previewItem({
      header: 'Chiamata - Nessuna risposta effettuata da Alex Morgan',
      date: '17 nov 2026 alle 09:00',
      body: 'Prezzi 2027',
    }),
  ].join('\n'),
});

describe('HubSpot contact page in Italian (no word table)', () => {
  it('does not count an email open as an email touch', () => {
    const { activities } = readContact(page);
    const open = activities.find((a) => /aperto/.test(a.title));
    expect(open && isTouch(open.type)).toBeFalsy();
  });

  it('a call told only by Italian wording is read as a call or reported, never silently dropped', () => {
    const { activities, notRead } = readContact(page);
    const call = activities.find((a) => /Chiamata|Prezzi/.test(a.title));
    const reported = notRead.some((n) => n.field.startsWith('activities'));
    expect(call?.type === 'call' || reported).toBe(true);
  });
});
