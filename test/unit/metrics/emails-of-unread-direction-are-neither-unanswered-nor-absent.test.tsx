// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActivityReading } from '../../../lib/schema/activity';
import type { NotRead, ReadResult } from '../../../lib/schema/read-result';
import { metric, renderPanel } from '../components/render-panel';
import { extension } from '../page-to-panel/chain';

afterEach(cleanup);

// A HubSpot contact page in Swedish, a language Touchline has no word table for (README: "what
// only wording tells (a call's direction …) is reported as not read rather than guessed"). An SMB
// rep (band 6–10) and Mara wrote back and forth about a cold-chain audit: 11 emails in 30 days,
// the contact's answers titled "Sv: …". The reader finds each email by its icon, but who sent it
// only the Swedish wording says, so every direction is `unknown` with a notRead entry.
const subjects = [
  ['2026-10-26T08:10:00.000Z', 'Kylkedjerevision Q1'],
  ['2026-10-28T13:40:00.000Z', 'Sv: Kylkedjerevision Q1'],
  ['2026-10-30T08:05:00.000Z', 'Offert: sensorer för 40 kylbilar'],
  ['2026-11-02T09:20:00.000Z', 'Sv: Offert: sensorer för 40 kylbilar'],
  ['2026-11-04T07:55:00.000Z', 'Uppföljning offert'],
  ['2026-11-06T14:30:00.000Z', 'Sv: Uppföljning offert'],
  ['2026-11-09T08:00:00.000Z', 'Referenskund Arla'],
  ['2026-11-11T12:15:00.000Z', 'Sv: Referenskund Arla'],
  ['2026-11-13T08:30:00.000Z', 'Pilotavtal utkast'],
  ['2026-11-17T10:45:00.000Z', 'Sv: Pilotavtal utkast'],
  ['2026-11-19T08:20:00.000Z', 'Pilotavtal v2'],
] as const;

const activities: ActivityReading[] = subjects.map(([timestamp, title], i) => ({
  type: 'email',
  channel: 'email',
  direction: 'unknown',
  timestamp,
  timePrecision: 'minute',
  title,
  automated: false,
  sourceId: String(41_880_200 + i),
}));

const because = 'the page is in "sv", a language Touchline has no words for';
const notRead: NotRead[] = activities.flatMap((_, i) => [
  { field: `activities[${i}].direction`, reason: `${because}: only its wording says who reached whom` },
  {
    field: `activities[${i}].automated`,
    reason: `${because}: only its wording says whether a sequence or workflow sent it`,
  },
]);

const page: ReadResult = {
  status: 'read',
  crm: 'hubspot',
  tenant: '7730145',
  kind: 'contact',
  recordId: '5101',
  record: { name: 'Mara Oyelaran', company: 'Nordkyl Logistik AB' },
  activities,
  crmFigures: {},
  notRead,
};

async function panel() {
  const touchline = extension('Europe/Stockholm', { motion: 'smb' });
  touchline.clock.now = new Date('2026-11-20T15:00:00Z');
  const view = await touchline.save(page);
  const capture = { testPage: { status: 'idle' as const }, onSaveTestPage: vi.fn(), notRead };
  return renderPanel({ status: 'ready', view }, { capture }).container;
}

describe('emails whose direction the page did not let Touchline read', () => {
  it('raise no "effort in the wrong place" flag: any of the 11 may be the reply that makes "no reply" untrue', async () => {
    // metrics.md: the vanity flag is "many touches (above the top of the band) with no reply,
    // connect or meeting". 11 touches > 10, but whether none is a reply is not known (the panel
    // already withholds the flag when a reply could not be dated).
    const container = await panel();
    expect(metric(container, 'touches-email').dataset.value).toBe('11');
    expect(container.textContent).not.toMatch(/effort in the wrong place/);
  });

  it('do not make the reply rate say "no outbound emails in period" beside 11 emails', async () => {
    // The rate cannot be computed (which emails were the rep's is not known), but not because there
    // were none: the reason must not contradict the email count shown just above it.
    const container = await panel();
    const reply = metric(container, 'reply-rate');
    expect(reply.dataset.value).toBe('');
    expect(reply.dataset.reason).not.toBe('no-outbound-email');
    expect(reply.parentElement?.textContent).not.toMatch(/no outbound emails/);
  });
});
