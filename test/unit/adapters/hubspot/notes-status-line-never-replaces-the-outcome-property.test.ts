/**
 * metrics.md: a meeting's outcome is what the CRM records for it (completed / no-show /
 * cancelled …). A HubSpot meeting card (2024+ preview, crm-evidence-2.md) headed "Meeting",
 * whose body shows the rep's notes first, written in the rich-text editor with a bold word
 * ("Status: <b>waiting on legal</b> before the pilot"), then the card's "Meeting outcome" row:
 * label, value "Completed". By hand: the meeting was held, outcome completed.
 */
import { expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

it('a notes line "Status: <b>…</b>" does not replace the Meeting outcome row', () => {
  const body =
    '<div><p>Status: <b>waiting on legal</b> before the pilot</p></div>' +
    '<div><span>Meeting outcome</span><span>Completed</span></div>';
  const middle = timeline(previewEvent('Meeting - Pilot review', 'Nov 16, 2026 at 3:45 PM', body));
  const a = readHubSpot(contactRecord({ name: 'Ivo Brandt', middle })).activities[0];
  expect(a).toMatchObject({ type: 'meeting', outcome: 'held' });
});

it('a call whose notes open "Status: <b>…</b>" keeps its Call outcome row (Left voicemail)', () => {
  const body =
    '<div data-test-id="callComments-container"><p>Status: <b>proposal sent</b>, waiting</p></div>' +
    '<div><span>Call outcome</span><span>Left voicemail</span></div>';
  const middle = timeline(previewEvent('Logged call', 'Nov 16, 2026 at 3:45 PM', body));
  const a = readHubSpot(contactRecord({ name: 'Ivo Brandt', middle })).activities[0];
  expect(a).toMatchObject({ type: 'call', outcome: 'voicemail' });
});
