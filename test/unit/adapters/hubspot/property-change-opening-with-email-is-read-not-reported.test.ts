// @vitest-environment happy-dom
/**
 * A HubSpot property-change item whose
 * body opens with the property's name, "Email subscription status changed to …" or "Email changed
 * from … to …" (the contact's Email property), is a record event (metrics.md: no touch): `system`
 * with nothing reported. Reported as not read (review s53, a regression), the panel warned of an
 * unread activity on every contact whose email or subscription changed.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

const when = 'Nov 18, 2026 at 10:02 AM EST';
function read(html: string) {
  const r = readHubSpot(contactRecord({ name: 'Lena Vogt', middle: timeline(`<h4>November 2026</h4>${html}`) }));
  return {
    types: r.activities.map((a) => a.type),
    typeNotRead: r.notRead.some((n) => n.field === 'activities[0].type'),
  };
}

describe('a property change whose body opens with the property "Email"', () => {
  it('a subscription status change is a record event, nothing reported', () => {
    const r = read(
      previewEvent('Contact property changed', when, 'Email subscription status changed to Opted out of all email'),
    );
    expect(r).toEqual({ types: ['system'], typeNotRead: false });
  });

  it("a change of the contact's Email property is a record event, nothing reported", () => {
    const r = read(
      previewEvent('Jordan Lee updated a property', when, 'Email changed from lena@old.de to lena.vogt@fabrikam.de'),
    );
    expect(r).toEqual({ types: ['system'], typeNotRead: false });
  });
});
