/**
 * Review s43 (pdread). crm-evidence-2.md: no source shows a history item's markup, the API's feed
 * kinds differ (activity, mailMessage, note, …), classes are build-hashed. A generation whose synced
 * mail is drawn by another component than the activities (`MailMessage_*` beside `FlowItem_*`) still
 * shows those mails: they are read, or the activities are reported as partial, never dropped in
 * silence; and no other entry takes a mail's subject as its title.
 */
import { describe, expect, it } from 'vitest';
import { fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed');

/**
 * Each feed entry linking a mail thread is drawn with `MailMessage_*` classes instead of
 * `FlowItem_*`; `around` wraps it (the deal's mails are not the last entry of their list).
 */
function mailAsOtherComponent(html: string, around: [string, string] = ['', '']): string {
  const parts = html.split('<div class="FlowItem_item__t7Kq2"');
  return parts
    .map((part, i) => {
      if (i === 0) return part;
      if (!part.slice(0, 400).includes('/mail/thread/')) return `<div class="FlowItem_item__t7Kq2"${part}`;
      return `${around[0]}<div class="MailMessage_item__t7Kq2"${part.replaceAll('FlowItem_', 'MailMessage_')}${around[1]}`;
    })
    .join('<!-- -->');
}

const OTHER_TITLES = [
  'Demo with the operations team',
  'Stage: Contact Made → Demo Scheduled',
  'Call with Maya',
  'Stage: Qualified → Contact Made',
  'Lunch at the Ferry Building',
];

describe('Pipedrive: mail entries drawn by another component than the activities', () => {
  const html = mailAsOtherComponent(deal.html);
  const r = readPage(html, deal.url);

  it('the edit applied (two mails drawn apart)', () => {
    expect(html.match(/class="MailMessage_item__t7Kq2"/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('beside the activities, the two mails are read with their direction and date', () => {
    expect(r.activities.filter((a) => a.type === 'email').map((a) => [a.title, a.direction, a.timestamp])).toEqual([
      ['Re: Pilot scope', 'inbound', '2026-11-19T11:20:00.000Z'],
      ['Pilot scope', 'outbound', '2026-11-12T08:45:00.000Z'],
    ]);
    expect(r.notRead).toEqual([]);
  });

  it('the call, meeting and stage changes keep their own titles, not the mail’s "Re: Pilot scope"', () => {
    expect(r.activities.filter((a) => a.type !== 'email').map((a) => a.title)).toEqual(OTHER_TITLES);
  });
});

describe('Pipedrive: mail entries drawn in lists of their own between the activities', () => {
  // Each mail closes the activities' list, sits alone in a mail list, and a new activities' list follows.
  const html = mailAsOtherComponent(deal.html, [
    '</div><div class="MailList_list__q8Rt2">',
    '</div><div class="FlowList_list__n4Vc7">',
  ]);
  const r = readPage(html, deal.url);

  it('the edit applied (the mails sit in lists of their own)', () => {
    expect(html.match(/class="MailList_list__q8Rt2"><div class="MailMessage_item__t7Kq2"/g)?.length).toBe(3);
  });

  it('the activities are reported as not wholly read', () => {
    expect(r.notRead).toContainEqual({
      field: 'activities',
      reason: "2 synced mails shown outside the feed's entries could not be read",
    });
  });

  it('no other entry takes a mail’s subject as its title', () => {
    expect(r.activities.map((a) => a.title)).toEqual(OTHER_TITLES);
  });
});
