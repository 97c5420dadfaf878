// @vitest-environment happy-dom
/**
 * Review hsdeal. The stage highlight shows "Contract sent (Sales Pipeline)" and the page shows no
 * Pipeline property; the timeline's "Deal stage changed from Demo to Contract sent" names the same
 * stage without its pipeline. The current stage must be the one the history entered, so the
 * panel counts the days in it (metrics.md), instead of treating the latest move as missed.
 */
import { describe, expect, it } from 'vitest';
import { timeInStage } from '../../../../lib/metrics/stage-time';
import { hsDeal, hsHighlight, readHs } from './built-deal-page';

const NOW = new Date('2026-11-20T15:00:00Z');

const read = (stage: string, header: string) =>
  readHs(
    hsDeal({
      lang: 'en',
      highlights: hsHighlight('dealstage', 'Deal stage', stage),
      items: [{ header, date: 'Oct 20 at 9:00 AM' }],
    }),
  );

describe('HubSpot deal: a stage shown with its pipeline name when the pipeline is not shown', () => {
  const reading = read('Contract sent (Sales Pipeline)', 'Deal stage changed from Demo to Contract sent');

  it('names the current stage as its stage history does', () => {
    expect(reading.record.stage).toBe('Contract sent');
  });

  it('counts the days in the current stage', () => {
    expect(timeInStage(reading.record, NOW, 'UTC')).not.toBeNull();
  });

  it('(control) keeps parentheses the history names the stage with', () => {
    const kept = read('Negotiation (legal)', 'Deal stage changed from Demo to Negotiation (legal)');
    expect(kept.record.stage).toBe('Negotiation (legal)');
    expect(timeInStage(kept.record, NOW, 'UTC')).not.toBeNull();
  });
});
