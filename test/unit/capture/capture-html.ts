import { capturePage } from '../../../lib/capture/capture-page';
import type { Crm } from '../../../lib/schema/activity';
import type { ReadResult } from '../../../lib/schema/read-result';
import { loadPage } from './page-window';

export const HUBSPOT_CONTACT_URL = 'https://app.hubspot.com/contacts/123/record/0-1/901';
export const SALESFORCE_CONTACT_URL = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000000EXAAY/view';

/** A contact page Touchline read: Jordan Lee, owned by Alex Morgan, phone +1 415 555 1037. */
export function contactReading(
  overrides: Partial<{ name: string; owner: string; phone: string; activityOwners: string[] }> = {},
  crm: Crm = 'hubspot',
): ReadResult {
  return {
    status: 'read',
    crm,
    tenant: '123',
    kind: 'contact',
    recordId: '901',
    record: {
      name: overrides.name ?? 'Jordan Lee',
      email: 'jordan.lee@contoso.example',
      phone: overrides.phone ?? '+1 415 555 1037',
      owner: overrides.owner ?? 'Alex Morgan',
    },
    activities: (overrides.activityOwners ?? []).map((owner) => ({
      type: 'call',
      direction: 'outbound',
      title: 'Call',
      owner,
      automated: false,
    })),
    crmFigures: {},
    notRead: [],
  } as ReadResult;
}

/** A page Touchline could not read (or that was still loading): only its CRM, kind and id are known. */
export function unreadReading(
  crm: Crm,
  kind: 'contact' | 'deal',
  status: 'unreadable' | 'loading' = 'unreadable',
): ReadResult {
  const ref = { crm, tenant: '123', kind, recordId: '901' };
  return status === 'loading'
    ? { ...ref, status, reason: 'placeholders shown' }
    : { ...ref, status, reason: 'no timeline', notRead: [] };
}

export interface PageOptions {
  url?: string;
  lang?: string;
  title?: string;
}

/** The whole capture of a page with this body, as the file would hold it. */
export async function captureHtml(body: string, reading: ReadResult, options: PageOptions = {}): Promise<string> {
  const url = options.url ?? HUBSPOT_CONTACT_URL;
  const html = `<!DOCTYPE html><html lang="${options.lang ?? 'en-US'}"><head><title>${options.title ?? 'Jordan Lee | HubSpot'}</title></head><body>${body}</body></html>`;
  const { doc, close } = loadPage(html, url);
  try {
    return (await capturePage(doc, { crm: reading.crm, url, reading })).html;
  } finally {
    close();
  }
}

/** The capture from `<body>` on, so the "saved from" URL line does not count. */
export async function capturedBody(body: string, reading: ReadResult, options: PageOptions = {}): Promise<string> {
  const html = await captureHtml(body, reading, options);
  return html.slice(html.indexOf('<body'));
}
