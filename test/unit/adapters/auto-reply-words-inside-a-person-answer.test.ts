import { describe, expect, it } from 'vitest';
import { markAutoReplies } from '../../../lib/adapters/auto-replies';
import type { ActivityReading } from '../../../lib/schema/activity';
import type { ReadResult } from '../../../lib/schema/read-result';

/**
 * "auto reply" (spaced) is now an out-of-office word
 * ANYWHERE in the subject, where before only its hyphenated/closed forms were. A person's answer
 * about the subject matter ("Re: Auto reply rules for the support inbox" — a rep selling helpdesk
 * software, the contact answering the rep's email of that title) is now marked automated, so it is
 * no reply. The commit kept "OOO" to the subject's opening for exactly this reason ("inside a
 * person's answer it says nothing"), but not "auto reply".
 *
 * By hand (metrics.md: "An automated inbound email (auto-reply, out-of-office) is never a reply";
 * Reply rate: "answered when a (non-automated) inbound email follows it"): Jordan's "Re: Auto reply
 * rules for the support inbox" is Jordan writing back — not automated.
 */
const email = (title: string, direction: ActivityReading['direction']): ActivityReading => ({
  type: 'email',
  channel: 'email',
  direction,
  title,
  automated: false,
  timestamp: '2026-11-18T10:00:00.000Z',
});

function reading(activities: ActivityReading[]): ReadResult {
  return {
    crm: 'hubspot',
    tenant: '1',
    kind: 'contact',
    recordId: '9',
    status: 'read',
    record: { name: 'Jordan Lee' },
    activities,
    crmFigures: {},
    notRead: [],
  };
}

describe('a person’s answer whose subject talks about auto replies', () => {
  it('stays a reply (not automated)', () => {
    const result = markAutoReplies(
      reading([
        email('Auto reply rules for the support inbox', 'outbound'),
        email('Re: Auto reply rules for the support inbox', 'inbound'),
      ]),
      'en-US',
    );
    expect(result.status === 'read' ? result.activities.map((a) => a.automated) : []).toEqual([false, false]);
  });
});
