import { describe, expect, it } from 'vitest';
import { entry, feedGaps, page, readAt, readDirect, strip } from './hand-written-feed-page';

const meta = (date: string, owner = 'Jonas Keller') =>
  `<span class="FlowItem_date__Zq81a">${date}</span> · <span>${owner}</span> · <a href="/person/5120">Ines Bauer</a>`;
const mail = (subject: string, date: string, extra: string) =>
  entry({ icon: 'Email', subject, meta: meta(date), extra });
const partial = (r: ReturnType<typeof readAt>) => r.notRead.filter((n) => n.field === 'activities');

describe('Pipedrive: mail bodies counting emails, notes saying loading', () => {
  it('an ordinary sent mail whose body snippet bolds "3 emails" is one email and the feed complete', () => {
    const html = page({
      lang: 'en',
      history: [
        mail(
          'Following up',
          'Nov 18, 2026 10:00 AM',
          '<div class="FlowItem_text__Zq81a">Hi Ines, I know you get <b>3 emails</b> a day from vendors, so just one line: does Tuesday work?</div>',
        ),
      ],
    });
    for (const h of [html, strip(html)]) {
      const r = readAt(h);
      expect(r.activities.filter((a) => a.type === 'email')).toHaveLength(1);
      expect(partial(r)).toEqual([]);
    }
  });

  it('German: a mail whose body has a line "2 E-Mails" (a list item) is complete', () => {
    const html = page({
      lang: 'de',
      historyTitle: 'Verlauf',
      history: [
        mail(
          'Angebot',
          '18. Nov. 2026 10:00',
          '<div class="FlowItem_text__Zq81a"><div>Hallo Frau Bauer, im Paket enthalten:</div><ul><li>5 Nutzer</li><li>2 E-Mails</li></ul></div>',
        ),
      ],
    });
    const r = readAt(html);
    expect(r.activities.filter((a) => a.type === 'email')).toHaveLength(1);
    expect(partial(r)).toEqual([]);
  });

  it('a sent mail is not planned nor automated because its subject is a single word "Scheduled"... (subject "Campaign" is automation by design, skip)', () => {
    const html = page({
      lang: 'en',
      history: [
        mail(
          'Scheduled',
          'Nov 18, 2026 10:00 AM',
          '<div class="FlowItem_text__Zq81a">Hi Ines, your demo is booked.</div>',
        ),
      ],
    });
    const r = readAt(html);
    expect(r.activities.find((a) => a.type === 'email')).not.toHaveProperty('planned', true);
  });

  it('a note whose text is "Loading…" and a note about the "Loading dock" leave the feed complete', () => {
    const html = page({
      lang: 'en',
      history: [
        entry({ icon: 'Call', done: true, subject: 'Site visit', meta: meta('Nov 18, 2026 10:00 AM') }),
        entry({
          icon: 'Note',
          subject: 'Loading dock',
          meta: meta('Nov 17, 2026 9:00 AM'),
          extra: '<div data-test="activity-note">Loading…</div>',
        }),
      ],
    });
    for (const h of [html, strip(html)]) expect(feedGaps(readDirect(h))).toEqual([]);
  });
});
