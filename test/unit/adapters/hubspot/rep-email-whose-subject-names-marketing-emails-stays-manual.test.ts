/**
 * metrics.md: automated = "a touch sent by a sequence/cadence tool without a person writing it".
 * A rep's own email whose SUBJECT talks about marketing emails ("Correos de marketing para 2027",
 * an agency's pitch) is a person's email; the header's type part ("Correo electrónico") says nothing
 * of a tool. crm-evidence-2.md: header is "{type} - {subject/event}".
 */
import { describe, expect, it } from 'vitest';
import { contactPage, previewItem, readContact } from './contact-page';

describe('a rep email whose subject opens with a plural email word', () => {
  it.each([
    ['es', 'Correo electrónico - Correos de marketing para 2027', '12 nov 2026 a las 10:15'],
    ['pt-BR', 'E-mail - E-mails de marketing para 2027', '12 de nov. de 2026 às 10:15'],
  ])('on a %s page, "%s" is a manual email', (lang, header, date) => {
    const read = readContact(
      contactPage({ lang, feed: previewItem({ header, date, body: '<p>Hola Tomás, te envío la propuesta.</p>' }) }),
    );
    expect(read.activities).toHaveLength(1);
    expect(read.activities[0]).toMatchObject({
      type: 'email',
      automated: false,
      timestamp: '2026-11-12T10:15:00.000Z',
    });
  });
});
