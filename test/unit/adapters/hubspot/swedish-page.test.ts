import { describe, expect, it } from 'vitest';
import { TOUCH_TYPES } from '../../../../lib/schema/activity';
import { contactPage, previewItem, readContact } from './contact-page';

/**
 * README: "On a page in another language (Italian, say), what only wording tells (a call's
 * direction, what a task was) is reported as not read rather than guessed." HubSpot has no Swedish
 * word table (Italian has one now). Headers in HubSpot's Swedish UI style (a guess, as the README's own
 * example is).
 */
const isTouch = (type: string) => (TOUCH_TYPES as readonly string[]).includes(type);
const page = contactPage({
  lang: 'sv-SE',
  feed: [
    previewItem({
      header: 'E-post skickat av Alex Morgan',
      date: '18 nov. 2026 kl. 11:53',
      body: 'Förslag',
      icon: 'E-post',
    }),
    previewItem({ header: 'Lena Vogt öppnade e-postmeddelandet «Förslag»', date: '18 nov. 2026 kl. 12:10', body: '' }),
    previewItem({
      header: 'Samtal - Inget svar gjort av Alex Morgan',
      date: '17 nov. 2026 kl. 09:00',
      body: 'Priser 2027',
    }),
  ].join('\n'),
});

describe('HubSpot contact page in Swedish (no word table)', () => {
  it('does not count an email open as an email touch', () => {
    const { activities } = readContact(page);
    const open = activities.find((a) => /öppnade/.test(a.title));
    expect(open && isTouch(open.type)).toBeFalsy();
  });

  it('a call told only by Swedish wording is read as a call or reported, never silently dropped', () => {
    const { activities, notRead } = readContact(page);
    const call = activities.find((a) => /Samtal|Priser/.test(a.title));
    const reported = notRead.some((n) => n.field.startsWith('activities'));
    expect(call?.type === 'call' || reported).toBe(true);
  });
});
