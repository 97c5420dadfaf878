// @vitest-environment happy-dom
// The deal "Northwind — Fleet telematics" (HubSpot) has three contacts: Priya Nair, Tom Becker and
// Lena Ortiz. Today (Fri 20 Nov 2026, 15:00 UTC) its page shows its newest items, 14–20 Nov (Priya's
// call of 17 Nov, Tom's email of 16 Nov and his reply of 19 Nov among notes), and "Load more" below
// them: the deal's items of 21 Oct – 13 Nov, inside its 30-day period, were not loaded and may be
// touches with Lena. metrics.md "Multi-threading: the number of the deal's contacts with a touch in
// the period": "at least 2 of 3", and Lena's row says "in what was read".
//
// How far back the deal page was loaded is its own feed's oldest item (NotRead.olderThan), never a
// touch stored from another page (Priya's contact page reaching back to June), from an earlier
// reading of the deal page, or a pinned copy above the feed (crm-evidence-2.md HubSpot: "Pinned
// items sit above the feed in pinned-activity-section (a second copy of an item)").
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { metric, renderPanel } from '../components/render-panel';
import { asDeal, type Extension, extension } from './chain';
import {
  contactPage,
  DEAL_URL,
  dealPage,
  note,
  PRIYA,
  PRIYA_URL,
  pinned,
  preview,
  TOM,
  TOM_URL,
} from './hubspot-northwind-day';
import { openPage } from './open-hand-written-page';

afterEach(cleanup);

const priyaCall = preview(
  'Call',
  'Call - Connected made by Alex Moreno',
  'Nov 17, 2026 at 4:30 PM',
  'Pilot scope',
  `<span>Call with ${PRIYA}</span>`,
);
const tomEmail = preview(
  'Email',
  'Email sent by Alex Moreno',
  'Nov 16, 2026 at 9:05 AM',
  'Telematics install windows',
  `<span>From: alex.moreno@cobaltfleet.example</span> <span>To: ${TOM}</span>`,
);
const priyaIntro = preview(
  'Email',
  'Email sent by Alex Moreno',
  'Jun 3, 2026 at 10:12 AM',
  'Intro: fleet telematics for Northwind',
  `<span>From: alex.moreno@cobaltfleet.example</span> <span>To: ${PRIYA}</span>`,
);

/** The deal's newest ten items (14–20 Nov), newest first. */
const NEWEST_TEN = [
  note('Nov 20, 2026 at 9:10 AM', 'Procurement wants the pilot price held until January.'),
  note('Nov 19, 2026 at 5:40 PM', 'Tom confirmed the depot list.'),
  preview(
    'Email',
    'Email reply from Tom Becker',
    'Nov 19, 2026 at 11:02 AM',
    'Re: Telematics install windows',
    `<span>From: ${TOM}</span> <span>To: alex.moreno@cobaltfleet.example</span>`,
  ),
  note('Nov 18, 2026 at 2:00 PM', 'Legal review booked for next week.'),
  priyaCall,
  tomEmail,
  note('Nov 16, 2026 at 8:30 AM', 'Install windows: two depots first.'),
  note('Nov 15, 2026 at 6:15 PM', 'Pricing sheet v3 attached.'),
  note('Nov 14, 2026 at 11:00 AM', 'Priya asked for the security questionnaire.'),
  note('Nov 14, 2026 at 9:20 AM', 'Internal: check van count with ops.'),
].join('');

async function contactsWorked(ext: Extension, items = NEWEST_TEN) {
  const { reading, view } = await openPage(ext, dealPage('Contract sent', items, true), DEAL_URL);
  expect(reading.notRead.filter((n) => n.field === 'activities')).toEqual([
    expect.objectContaining({ part: 'older', olderThan: '2026-11-14T09:20:00.000Z' }),
  ]);
  const { container } = renderPanel(
    { status: 'ready', view: asDeal(view) },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: reading.notRead } },
  );
  const worked = metric(container, 'contacts-touched');
  const lena = [...container.querySelectorAll('.tl-contact-row')].find((row) =>
    row.textContent?.includes('Lena Ortiz'),
  );
  return { text: worked.textContent, lowerBound: worked.dataset.lowerBound, lena: lena?.textContent ?? '' };
}

describe('a HubSpot deal page loaded from 14 Nov, "Load more" under it', () => {
  it('says "at least 2 of 3" contacts worked though Priya\'s contact page, read whole, reaches back to June', async () => {
    const ext = extension();
    const priyaPage = contactPage(PRIYA_URL, 'Priya Nair', 'priya.nair@northwind.example', priyaCall + priyaIntro);
    await openPage(ext, priyaPage, PRIYA_URL);
    await openPage(ext, contactPage(TOM_URL, 'Tom Becker', 'tom.becker@northwind.example', tomEmail), TOM_URL);
    const { text, lowerBound, lena } = await contactsWorked(ext);
    expect(text).toBe('at least 2 of 3');
    expect(lowerBound).toBeDefined();
    expect(lena).toContain('no touches in period in what was read');
  });

  it('says "at least 2 of 3" though the same page, read whole on 1 Jul, showed the June intro', async () => {
    const ext = extension();
    ext.clock.now = new Date('2026-07-01T15:00:00Z');
    await openPage(ext, dealPage('Contract sent', priyaIntro, false), DEAL_URL);
    ext.clock.now = new Date('2026-11-20T15:00:00Z');
    expect((await contactsWorked(ext)).text).toBe('at least 2 of 3');
  });

  it('says "at least 2 of 3" with the June intro pinned above the feed', async () => {
    const { text, lowerBound, lena } = await contactsWorked(extension(), pinned(priyaIntro) + NEWEST_TEN);
    expect(text).toBe('at least 2 of 3');
    expect(lowerBound).toBeDefined();
    expect(lena).toContain('no touches in period in what was read');
  });

  it('(control) says "at least 2 of 3" with nothing read before and nothing pinned', async () => {
    expect((await contactsWorked(extension())).text).toBe('at least 2 of 3');
  });
});
