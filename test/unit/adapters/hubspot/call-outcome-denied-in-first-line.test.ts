// @vitest-environment happy-dom
/**
 * A logged call on HubSpot whose notes open with a short line of the rep's own: "Never connected",
 * "Not yet connected". The header ("Logged call") says no outcome and no Outcome row is shown.
 * A careful reader sees a call that did not connect; at worst the outcome is unknown. It must not
 * count as a connect.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';
import { EN, group, hashedRecord, preview } from './hashed-record';

describe('HubSpot: a call whose notes open with a negated outcome word', () => {
  beforeAll(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-20T15:00:00Z'));
  });
  afterAll(() => vi.useRealTimers());

  const header = 'Logged call';
  const when = 'Nov 18, 2026 at 10:02 AM';
  const withIds = (body: string) =>
    readHubSpot(
      contactRecord({
        lang: 'en-US',
        properties: property('Email', 'mara@quist.example'),
        middle: timeline(previewEvent(header, when, body)),
      }),
    );
  const withoutIds = (body: string) =>
    readHubSpot(hashedRecord(EN, [group('November 2026', [preview(header, when, body)])]));

  it.each([
    ['Never connected', '<div>Never connected</div><p>Will try Mara again on Monday.</p>'],
    ['Not yet connected', '<div>Not yet connected</div><p>Will try Mara again on Monday.</p>'],
  ])('"%s" is not read as a connect (test ids)', (_, body) => {
    const acts = withIds(body).activities;
    expect(acts.map((a) => a.type)).toEqual(['call']);
    expect(acts.map((a) => a.outcome)).not.toContain('connected');
  });

  it.each([['Never connected', '<div>Never connected</div><p>Will try Mara again on Monday.</p>']])(
    '"%s" is not read as a connect (no test ids)',
    (_, body) => {
      const acts = withoutIds(body).activities;
      expect(acts.map((a) => a.type)).toEqual(['call']);
      expect(acts.map((a) => a.outcome)).not.toContain('connected');
    },
  );
});
