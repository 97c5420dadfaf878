/**
 * Review s34 (markup generations, a doubt). HubSpot names a stage with its pipeline in places
 * ("Contract sent (Sales Pipeline)"), as its "Date entered" labels and stage-change sentences do,
 * which the reader already strips there. The deal's stage is the same stage: the suffix naming the
 * deal's own pipeline is no part of its name; other parentheses are.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const hubspotDeal = fixturePage('hubspot', 'deal-highlight-stage');
const stageShown = (text: string) =>
  edited(hubspotDeal.html, [
    'highlight-property-display-dealstage">Contract sent<',
    `highlight-property-display-dealstage">${text}<`,
  ]);

describe('HubSpot: a deal stage shown with its pipeline', () => {
  it('reads "Contract sent (Sales Pipeline)" on a Sales Pipeline deal as the stage "Contract sent"', () => {
    const reading = readPage(stageShown('Contract sent (Sales Pipeline)'), hubspotDeal.url);
    expect(reading.record).toMatchObject({ stage: 'Contract sent', pipeline: 'Sales Pipeline' });
    expect((reading.record.stageHistory as { stage: string }[]).at(-1)?.stage).toBe('Contract sent');
  });

  it('keeps parentheses that do not name the deal’s pipeline', () => {
    const reading = readPage(stageShown('Contract sent (legal review)'), hubspotDeal.url);
    expect(reading.record.stage).toBe('Contract sent (legal review)');
  });
});
