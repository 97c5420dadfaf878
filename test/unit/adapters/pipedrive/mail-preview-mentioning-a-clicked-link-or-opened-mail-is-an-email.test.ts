import { describe, expect, it } from 'vitest';
import { date, entry, readPerson } from './person-page-with-focus-and-history';

/**
 * A Pipedrive person page: the History lists Lena Vogt's synced reply as a mail preview, under the
 * Email icon with its thread's subject link, its date and sender, and the opening of her text, no
 * From/To lines (crm-evidence-2.md: type only in the icon's label; the API's `mailMessage` feed
 * items are shown in the History). Her text: "I clicked a link in your proposal but it 404s",
 * or "Opened the email on my phone, will reply properly tomorrow". Each is a mail she sent, an
 * email touch (metrics.md: replies decide the reply rate).
 *
 * Review s52 (fixed): isMailTrackingEvent (mail-tracking.ts) looked for its tracking phrases
 * ("clicked a link in", "opened the email") in any line outside links, whenever the entry showed
 * no From line: the contact's reply became a 'change' and her reply was lost. A
 * tracking event is its own sentence, who did it heading the entry ("Lena Vogt opened your email"):
 * "I opened the email…" heading a preview is her writing.
 */
const preview = (id: number, subject: string, text: string) =>
  entry(
    'Email',
    `<div><a href="/mail/thread/${id}">${subject}</a></div><div>${date('November 18, 2026 at 9:30 AM')} · Lena Vogt</div><div>${text}</div>`,
  );

describe('a synced mail preview whose text mentions a clicked link or an opened email', () => {
  it.each([
    'I clicked a link in your proposal but it 404s, can you resend?',
    'Opened the email on my phone, will reply properly tomorrow.',
  ])('is an email: "%s"', (text) => {
    const r = readPerson(preview(7002, 'Re: Pilot pricing', text));
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.filter((a) => a.type === 'email')).toHaveLength(1);
  });

  it('is an email where her text heads the preview above its subject link', () => {
    const r = readPerson(
      entry(
        'Email',
        `<div>I opened the email on my phone, will reply properly tomorrow.</div><div><a href="/mail/thread/7003">Re: Pilot pricing</a></div><div>${date('November 18, 2026 at 9:40 AM')} · Lena Vogt</div>`,
      ),
    );
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.filter((a) => a.type === 'email')).toHaveLength(1);
  });
});
