import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';

/**
 * metrics.md: "Automated: a touch sent by a sequence/cadence tool". 3f6cd10 reads automation from
 * the header's lead, "its icon", or a "Sequence:" tag. HubSpot's sequence icon, as the project's own
 * fixture shows it (test/fixtures/hubspot/demo-deal-stage-history.html:
 * data-icon-name="sequences" aria-label="sequences"), is plural.
 */
describe('a HubSpot email whose only sign of a sequence is its icon', () => {
  it('is automated when the icon is HubSpot\'s "sequences" icon and the header just says "Email"', () => {
    const c = classifyActivity('Email', {
      icon: 'sequences',
      description: 'from Casey Nguyen to Elena Costa',
      contactNames: ['Elena Costa'],
    });
    expect(c).toMatchObject({ type: 'email', direction: 'outbound', automated: true });
  });
});
