import type { Activity } from '../../../lib/schema/activity';

/** A call by one of two reps on one of 10 UTC days from 2026-09-01, keyed by its CRM id. */
export function importedCall(n: number): Activity {
  return {
    key: `hubspot:123:activity:${n}`,
    crm: 'hubspot',
    tenant: '123',
    owner: n % 2 ? 'Dana Reyes' : 'Sam Ito',
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: new Date(Date.UTC(2026, 8, 1 + (n % 10), 9, n % 60)).toISOString(),
    title: `Call ${n}`,
    automated: false,
    contactKeys: [`hubspot:123:contact:${n}`],
    dealKeys: [],
    origin: 'import',
  };
}
