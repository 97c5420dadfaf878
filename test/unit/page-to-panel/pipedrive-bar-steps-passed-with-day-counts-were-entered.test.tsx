// @vitest-environment happy-dom
// Review s60 (panelread). A Pipedrive deal page written by hand (pd.ts) from crm-evidence-2.md:
// "Stage bar: button.cui5-stage-selector__stage; the current stage has aria-selected="true";
// aria-label holds the stage name; the visible text carries the days spent in that stage as a
// localised prefix ... That prefix is a time-in-stage source." The bar reads
// "16 d · Lead In", "19 d · Contact Made", "31 d · Proposal Made" (current), "Negotiations Started".
// The history feed holds the deal's activities (an email from Marta, a call with Jonas, a meeting,
// a note) but no changelog rows: nothing in the feed dates a stage move. Clock 2026-11-20 15:00 UTC,
// nothing else in Touchline's cache.
//
// metrics.md, Deal stages: "Stage conversion: of the deals that entered a stage, the share that moved
// to a later stage or were won - shown per stage on the deal view". "When a number cannot be computed
// ... shown as "—" with the reason".
//
// By hand: the page shows this deal spent 16 days in Lead In and 19 in Contact Made before its 31
// days in Proposal Made: it entered both and moved on. The one deal known entered Lead In and Contact
// Made and moved on from each: 1 of 1 (100 %), or at worst "not known" - never "no deals entered
// yet", which tells a manager no deal ever reached those stages while the deal on screen went
// through both. (zz-review-stage/first-seen-deals-hide-earlier-conversion covers Salesforce
// opportunities whose page shows no history at all; here the page shows the stays.)
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { renderPanel } from '../components/render-panel';
import { extension } from './chain';
import { openPage } from './open-hand-written-page';
import { dealPage, dealUrl, pdItem } from './pipedrive-polarfresh-deal-page';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const MA: [string, string] = ['7701', 'Marta Kowalski'];
const JO: [string, string] = ['7702', 'Jonas Berg'];
const AI: [string, string] = ['7703', 'Aiko Tan'];
const FOCUS = pdItem({
  icon: 'Call',
  href: '/activities/6101',
  subject: 'Security review call',
  when: 'November 25, 2026 at 4:00 PM',
  done: false,
  person: AI,
});
const HISTORY = [
  pdItem({
    icon: 'Email',
    href: '/mail/thread/6102',
    subject: 'Re: Cold-chain pilot pricing',
    when: 'November 18, 2026 at 4:12 PM',
    person: MA,
    lines: [
      'From: Marta Kowalski &lt;marta@polarfresh.example&gt;',
      'To: Dana Whitfield &lt;dana@coldline.example&gt;',
    ],
    text: 'Thanks Dana, the figures look right.',
  }),
  pdItem({
    icon: 'Call',
    href: '/activities/6103',
    subject: 'Call with Jonas',
    when: 'November 16, 2026 at 11:00 AM',
    done: true,
    person: JO,
    text: 'Outcome: Connected',
  }),
  pdItem({
    icon: 'Meeting',
    href: '/activities/6105',
    subject: 'Discovery call',
    when: 'November 12, 2026 at 2:00 PM',
    done: true,
    person: MA,
  }),
  pdItem({ icon: 'Note', when: 'November 11, 2026 at 9:00 AM', text: 'Budget confirmed by Jonas.' }),
  pdItem({
    icon: 'Call',
    href: '/activities/6108',
    subject: 'Call with Aiko',
    when: 'October 5, 2026 at 10:00 AM',
    done: true,
    person: AI,
    text: 'Outcome: Left voicemail',
  }),
].join('');
const BAR: [string, string][] = [
  ['Lead In', '16 d'],
  ['Contact Made', '19 d'],
  ['Proposal Made', '31 d'],
  ['Negotiations Started', ''],
];

it('Lead In and Contact Made, passed with 16 d and 19 d on the bar, are not "no deals entered yet"', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
  const html = dealPage(
    '4401',
    'PolarFresh cold-chain pilot',
    BAR,
    'Proposal Made',
    [MA, JO, AI],
    'September 15, 2026',
    FOCUS,
    HISTORY,
  );
  const { reading, view } = await openPage(extension('UTC'), html, dealUrl('4401'));
  if (reading.status !== 'read') throw new Error('not read');
  const { container } = renderPanel({ status: 'ready', view });
  // The current stage's 31 days are read from the bar (control):
  expect(container.querySelector('[data-metric="days-in-stage"]')?.getAttribute('data-value')).toBe('31');
  const rows = Object.fromEntries(
    [...container.querySelectorAll('section[aria-label="Stage conversion"] tr')].map((tr) => [
      tr.querySelector('th')?.textContent ?? '',
      tr.textContent ?? '',
    ]),
  );
  // One deal known: it entered both and moved on from each.
  expect(rows['Lead In']).toContain('1 of 1');
  expect(rows['Contact Made']).toContain('1 of 1');
  expect(rows['Negotiations Started']).toContain('no deals entered yet');
});
