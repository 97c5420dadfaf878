/**
 * metrics.md: a call's outcome (connected / no-answer / voicemail / busy) is what the call card
 * says. A HubSpot call card (2024+ preview, crm-evidence-2.md) showing its properties as adjacent
 * inline chips in one row, React-style without whitespace between elements:
 * <div><span>Outcome: Busy</span><span>Direction: Outbound</span></div>.
 * The outcome is "Busy".
 */
import { expect, it } from 'vitest';
import { contactRecord, previewEvent, readHubSpot, timeline } from './contact-record';

it('a call whose outcome chip sits beside its direction chip is busy', () => {
  const body = '<div><span>Outcome: Busy</span><span>Direction: Outbound</span></div><p>Will try again Friday.</p>';
  const middle = timeline(previewEvent('Logged call', 'Nov 16, 2026 at 3:45 PM', body));
  const a = readHubSpot(contactRecord({ name: 'Ivo Brandt', middle })).activities[0];
  expect(a).toMatchObject({ type: 'call', outcome: 'busy', direction: 'outbound' });
});

it('same with a "Call outcome" chip beside a "Call duration" chip', () => {
  const body = '<div><span>Call outcome: Left voicemail</span><span>Call duration: 1m 02s</span></div>';
  const middle = timeline(previewEvent('Logged call', 'Nov 16, 2026 at 3:45 PM', body));
  const a = readHubSpot(contactRecord({ name: 'Ivo Brandt', middle })).activities[0];
  expect(a).toMatchObject({ type: 'call', outcome: 'voicemail' });
});
