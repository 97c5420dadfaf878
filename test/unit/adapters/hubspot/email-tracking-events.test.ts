import { describe, expect, it } from 'vitest';
import { TOUCH_TYPES } from '../../../../lib/schema/activity';
import { contactPage, previewItem, readContact } from './contact-page';

/**
 * metrics.md: a touch is a real contact with the person; an email open or link click is HubSpot's
 * tracking of an email already sent (its Email Events API types OPEN and CLICK), nobody's touch. The
 * reader already treats "Email opened", "E-mail ouvert", "E-Mail geöffnet" and "E-mail geopend" so;
 * the same events worded slightly differently, or shown with the email icon HubSpot gives them,
 * must not add an email touch either.
 */
const isTouch = (type: string) => (TOUCH_TYPES as readonly string[]).includes(type);

describe('HubSpot email tracking events on a contact page are not touches', () => {
  it.each([
    ['en-US', 'Email clicked', 'Nov 18, 2026 at 10:07 AM', undefined],
    ['en-US', 'Lena Vogt opened Proposal follow-up', 'Nov 18, 2026 at 10:00 AM', 'Email'],
    ['en-US', 'Lena Vogt clicked Proposal follow-up', 'Nov 18, 2026 at 10:05 AM', 'Email'],
    ['es-ES', 'Correo electrónico abierto', '18 nov 2026 a las 10:00', undefined],
    ['pt-BR', 'E-mail aberto', '18 de nov. de 2026 às 10:00', undefined],
    ['pt-BR', 'E-mail clicado', '18 de nov. de 2026 às 10:05', undefined],
    ['nl-NL', 'E-mail aangeklikt', '18 nov 2026 om 10:05', undefined],
  ])('%s "%s" adds no touch', (lang, header, date, icon) => {
    const sent = previewItem({
      header: lang.startsWith('en') ? 'Email sent by Alex Morgan' : 'Email',
      date,
      body: 'Proposal follow-up',
      icon: 'Email',
    });
    const event = previewItem({ header, date, body: '', icon });
    const { activities } = readContact(contactPage({ lang, feed: `${event}\n${sent}` }));
    // The sent email is one touch; its open or click adds none.
    expect(activities.filter((a) => isTouch(a.type))).toHaveLength(1);
  });
});
