import { describe, expect, it } from 'vitest';
import { readPd } from './read-written-page';

/**
 * Review s59 (pdgen). A new contact's History holds one item: the rep's first mail, synced by Sales
 * Inbox, with its open and click tracking lines under it, each dated ("Lena Vogt opened your email ·
 * Nov 18 at 9:30 AM"). Each entry carries one date (find-items.ts), so the two dated tracking lines
 * were taken for the feed's entries, then dropped as tracking events: the mail was never read and
 * notRead said no timeline item was found. The tracking lines are the mail's; one email went out.
 * Review s59 (regd): the same where the lines name nobody ("Opened 3 times · last Nov 18 at 9:30 AM").
 */
const icon = (label: string) => `<span class="cui5-icon" role="img" aria-label="${label}"></span>`;
const mail = (tracking: string) => `<li class="Item_item__a1">
 <div class="Item_icon__a1">${icon('Email')}</div>
 <div class="Item_body__a1">
  <div class="Item_head__a1"><a href="/mail/thread/7001">Pilot pricing</a> <span>Nov 16 at 10:00 AM</span></div>
  <div><div>From: Sam Ortiz &lt;sam@acme.example&gt;</div><div>To: Lena Vogt &lt;lena.vogt@harbor.example&gt;</div></div>
  <div>Hi Lena, the pilot price is attached.</div>${tracking}
 </div></li>`;
const page = (history: string) => `<main>
 <header><div data-testid="header-title"><h1>Lena Vogt</h1></div></header>
 <aside><div><div data-testid="field-name">Email</div><div data-testid="fields-list-row-field-components"><a href="mailto:lena.vogt@harbor.example">lena.vogt@harbor.example</a></div></div><div><div data-testid="field-name">Owner</div><div data-testid="fields-list-row-field-components">Sam Ortiz</div></div></aside>
 <section>
  <section><h2>Focus</h2><ul></ul></section>
  <section><h2>History</h2><div><button data-testid="filter-button-all" aria-pressed="true">All</button></div><ul>${history}</ul></section>
 </section></main>`;
const opened = '<div>Lena Vogt opened your email · Nov 18 at 9:30 AM</div>';
const clicked = '<div>Lena Vogt clicked a link · Nov 18 at 9:31 AM</div>';
const read = (history: string) => {
  const r = readPd('/person/5120', page(history), { title: 'Lena Vogt - Persons' });
  if (r.status !== 'read') throw new Error(r.status);
  return r;
};

describe('a History of one synced mail with its open and click lines', () => {
  it.each([
    ['opened and clicked', opened + clicked],
    ['clicked twice', clicked + clicked.replace('9:31', '9:40')],
    ['wrapped together', `<div>${opened}${clicked}</div>`],
    ['naming nobody', '<div>Opened 3 times · last Nov 18 at 9:30 AM</div><div>Link clicked · Nov 18 at 9:31 AM</div>'],
  ])('%s: the mail is read as one outbound email', (_, tracking) => {
    const r = read(mail(tracking));
    expect(r.activities.map((a) => [a.type, a.direction, a.timestamp])).toEqual([
      ['email', 'outbound', '2026-11-16T10:00:00.000Z'],
    ]);
    expect(r.notRead.map((n) => n.field)).not.toContain('activities');
  });

  it('an open listed as an entry of its own beside the mail stays no email touch', () => {
    const event = `<li class="Item_item__a1"><div class="Item_icon__a1">${icon('Email')}</div><div class="Item_body__a1"><div>Lena Vogt opened your email <a href="/mail/thread/7001">Pilot pricing</a> · Nov 18 at 9:30 AM</div></div></li>`;
    const r = read(event + mail(''));
    expect(r.activities.filter((a) => a.type === 'email').map((a) => a.timestamp)).toEqual([
      '2026-11-16T10:00:00.000Z',
    ]);
  });
});
