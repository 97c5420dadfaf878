// @vitest-environment happy-dom
// Review s60 (panelread). HubSpot's "Number of times contacted" spans the contact's whole history;
// a timeline showing only its newest items above "Load more" gives Touchline fewer. The card named
// HubSpot's counting rules as the reason ("Touchline counts 1 inbound reply. HubSpot counts notes…"),
// while the reason Touchline knows is that it read nothing older.
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { COMPARISON_READ_IN_PART } from '../../../lib/metrics/timeline-read-in-part';
import { renderPanel } from '../components/render-panel';
import { extension } from './chain';
import { contactPage, ev, MARTA_URL, noteEv } from './hubspot-marta-page';
import { openPage } from './open-hand-written-page';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const MARTA = '<a href="/contacts/6612094/record/0-1/51001">Marta Kowalski</a>';
const LOAD_MORE = '<div><button type="button">Load more</button></div>';
const NEWEST_FIVE = [
  ev(
    '9502',
    'Email - Re: Cold-chain pilot pricing',
    'Nov 18, 2026 at 4:12 PM',
    ['from Marta Kowalski (marta@polarfresh.example) to Dana Whitfield'],
    'Email',
  ),
  ev('9503', 'Logged call - Connected', 'Nov 17, 2026 at 11:00 AM', [`Call with ${MARTA}`]),
  noteEv('9504', 'Nov 16, 2026 at 5:00 PM', 'Marta wants the depot list before the kickoff.'),
  ev('9506', 'Meeting - Discovery call', 'Nov 12, 2026 at 2:00 PM', [
    'Outcome: Completed',
    `Attendees: Dana Whitfield, ${MARTA}`,
  ]),
  ev('9508', 'Logged call - No answer', 'Nov 9, 2026 at 9:30 AM', [`Call with ${MARTA}`]),
].join('');
const FIGURES = `<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Last contacted</span><div>11/17/2026 11:00 AM</div></div>
<div data-deferred-property-input-mode="display"><span data-selenium-test="property-label">Number of times contacted</span><div>14</div></div>`;

async function comparison(items: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
  const html = contactPage('Marta Kowalski', 'marta@polarfresh.example', items).replace(
    '</div></div>\n<div data-test-id="middle-pane">',
    `${FIGURES}</div></div>\n<div data-test-id="middle-pane">`,
  );
  const { reading, view } = await openPage(extension('UTC'), html, MARTA_URL);
  const { container } = renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead: reading.notRead } },
  );
  const card = container.querySelector('section[aria-label="CRM figures compared"]');
  const said = (label: string) =>
    [...(card?.querySelectorAll('dt') ?? [])].find((dt) => dt.textContent === label)?.nextElementSibling?.textContent;
  return { times: said('Times contacted') ?? '', last: said('Last contacted') ?? '' };
}

it('"CRM says 14 · Touchline 4" above "Load more" names the part not read first', async () => {
  const { times, last } = await comparison(NEWEST_FIVE + LOAD_MORE);
  // By hand: Touchline's 4 are the calls of 9 and 17 Nov, the meeting of 12 Nov and Marta's reply of 18 Nov.
  expect(times).toContain(`CRM says 14 · Touchline 4${COMPARISON_READ_IN_PART}`);
  // The last contact is the same day on both sides: nothing to explain.
  expect(last).not.toContain(COMPARISON_READ_IN_PART);
});

it('the whole timeline read: the card names no part not read', async () => {
  const { times } = await comparison(NEWEST_FIVE);
  expect(times).toContain('CRM says 14 · Touchline 4');
  expect(times).not.toContain(COMPARISON_READ_IN_PART);
});
