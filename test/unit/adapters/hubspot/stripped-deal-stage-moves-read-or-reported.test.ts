// @vitest-environment happy-dom
/**
 * HubSpot's preview feed (crm-evidence-2.md): an event is a header message and its timestamp in one
 * header line; a stage change shows nothing more. Without classes and test ids (README: "Every field
 * has two ways in"; decisions.md: ARIA, title, style and hidden survive), the shape path
 * (lib/adapters/hubspot/find-items.ts kindOf) takes a line with text before its date and nothing
 * after it for a property row: `after.every(isControlLabel)` is true for an empty `after`, and the
 * item is dropped without a word. The stage moves vanish, and notRead says "no stage changes in the
 * timeline", which the page contradicts. Expected: the moves are read (the header wording is the
 * same as with test ids, where they are read), or reported as lines not read.
 */
import { expect, it } from 'vitest';
import { hsDeal, hsHighlight, hsProp, readHs } from './built-deal-page';

const NOW = new Date('2026-11-20T15:00:00Z');

const page = hsDeal({
  lang: 'en-US',
  highlights: hsHighlight('dealstage', 'Deal stage', 'Contract sent'),
  sidebar: hsProp('Pipeline', 'Sales Pipeline'),
  items: [
    {
      header: 'Alex Morgan moved the deal from Presentation scheduled to Contract sent',
      date: 'Nov 3, 2026 at 9:15 AM',
    },
    { header: 'Logged call with Lena Vogt', date: 'Oct 28, 2026 at 2:00 PM', body: 'Connected. Discussed pricing.' },
    {
      header: 'Alex Morgan moved the deal from Appointment scheduled to Presentation scheduled',
      date: 'Oct 20, 2026 at 3:30 PM',
    },
    {
      header: 'Email sent to Lena Vogt',
      date: 'Oct 12, 2026 at 10:00 AM',
      body: 'Re: licences — here is the proposal',
    },
  ],
});

it('reads (or reports) the stage moves of a stripped HubSpot deal timeline', () => {
  const whole = readHs(page, { now: NOW });
  expect(whole.record.stageHistory).toContainEqual({ stage: 'Contract sent', enteredAt: '2026-11-03T09:15:00.000Z' });

  const stripped = readHs(page, { now: NOW, strip: true });
  const read = stripped.record.stageHistory.some(
    (e) => e.stage === 'Contract sent' && e.enteredAt === '2026-11-03T09:15:00.000Z',
  );
  const reported = stripped.notRead.some((n) => n.reason.includes('moved the deal'));
  expect(read || reported).toBe(true);
});

it('reads a stripped stage move line, with nothing after its date, as the move it words', () => {
  const stripped = readHs(page, { now: NOW, strip: true });
  expect(stripped.record.stageHistory).toEqual(readHs(page, { now: NOW }).record.stageHistory);
  expect(stripped.notRead.filter((n) => n.field === 'record.stageHistory')).toEqual([]);
});
