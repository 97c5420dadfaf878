import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { readPage } from './read-page';

const CONTACT_URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/950';

/**
 * A portal prints dates in the user's date format, apart from the language (crm-evidence-2.md:
 * "12 Mar 2025 at 3:04 PM GMT" en-GB style under an English interface). An `en-US` page with a
 * call dated 03/04/2026 and, in its sidebar, one more value: what that value shows of the order
 * decides whether the call was on 3 April or 4 March.
 */
function callOn(lang: string, sidebarValue: string) {
  const html = `<!DOCTYPE html><html lang="${lang}"><head><title>Ana Ruiz | HubSpot</title></head><body><main>
<div><h2>Ana Ruiz</h2><div><span>Create date</span><span>${sidebarValue}</span></div></div><div><section><h3>Activity</h3>
<div><div><span>Logged call</span><span>03/04/2026 10:00 AM</span></div><div><span>Renewal</span></div></div>
<div><div><span>Email</span><span>Yesterday at 9:00 AM</span></div><div><span>Pricing</span></div></div>
</section></div></main></body></html>`;
  const result = readPage(html, CONTACT_URL) as Extract<ReadResult, { status: 'read' }>;
  return result.activities[0]?.timestamp;
}

describe('a HubSpot page whose date format is not its language’s', () => {
  it('an en-US page whose create date reads "3 Dec 2026" dates the call 03/04/2026 on 3 April', () => {
    expect(callOn('en-US', '3 Dec 2026')).toBe('2026-04-03T10:00:00.000Z');
  });

  it('an en-US page whose create date reads "Dec 3, 2026" keeps 4 March', () => {
    expect(callOn('en-US', 'Dec 3, 2026')).toBe('2026-03-04T10:00:00.000Z');
  });

  it('a German page whose create date reads "Dec 3, 2026" dates the call on 4 March', () => {
    expect(callOn('de', 'Dec 3, 2026')).toBe('2026-03-04T10:00:00.000Z');
  });
});
