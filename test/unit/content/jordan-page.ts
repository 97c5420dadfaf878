import type { NotRead, ReadResult } from '../../../lib/schema/read-result';

/** Jordan Lee's HubSpot contact page, as the content script tests read it. */
export const JORDAN_REF = { crm: 'hubspot', tenant: '4410021', kind: 'contact', recordId: '951' } as const;
export const JORDAN_URL = 'https://app.hubspot.com/contacts/4410021/record/0-1/951';

/** A reading of Jordan's page with nothing on it but the name. */
export function jordanReading(notRead: NotRead[] = []): ReadResult {
  return {
    ...JORDAN_REF,
    status: 'read',
    record: { name: 'Jordan Lee' },
    activities: [],
    crmFigures: {},
    notRead,
  } as unknown as ReadResult;
}

/** Moves happy-dom's address, as a CRM's client-side navigation does. */
export function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
