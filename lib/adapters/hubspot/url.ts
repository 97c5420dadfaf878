import type { RecordKind, RecordRef } from '../../schema/record';

/** `app.hubspot.com` and regional hosts such as `app-eu1.hubspot.com` (crm-pages.md: match `app*.hubspot.com`). */
const HOST = /^app(-[a-z0-9]+)?\.hubspot\.com$/i;

/** crm-pages.md: the `0-x` object type, not the `/contacts/` path prefix, says what the record is. */
const OBJECT_KINDS: Record<string, RecordKind> = { '0-1': 'contact', '0-3': 'deal' };
/** crm-pages.md: older links `/contacts/{portal}/contact/{id}` and `/contacts/{portal}/deal/{id}`. */
const LEGACY_KINDS: Record<string, RecordKind> = { contact: 'contact', deal: 'deal' };

const RECORD_PATH = /^\/contacts\/(\d+)\/record\/(\d+-\d+)\/(\d+)(?:\/|$)/;
const LEGACY_PATH = /^\/contacts\/(\d+)\/(contact|deal)\/(\d+)(?:\/|$)/;

export function handlesHost(url: URL): boolean {
  return HOST.test(url.hostname);
}

/** Contact or deal, tenant (portal id) and record id from the URL alone; null for any other page. */
export function detect(url: URL): RecordRef | null {
  if (!handlesHost(url)) return null;
  const path = url.pathname;
  const modern = path.match(RECORD_PATH);
  if (modern) {
    const kind = OBJECT_KINDS[modern[2] as string];
    return kind ? ref(modern[1] as string, kind, modern[3] as string) : null;
  }
  const legacy = path.match(LEGACY_PATH);
  if (legacy) {
    const kind = LEGACY_KINDS[legacy[2] as string];
    return kind ? ref(legacy[1] as string, kind, legacy[3] as string) : null;
  }
  return null;
}

function ref(tenant: string, kind: RecordKind, recordId: string): RecordRef {
  return { crm: 'hubspot', tenant, kind, recordId };
}

/** A link to any HubSpot record (contact, company, deal, ticket…) by its path. */
export function isRecordHref(href: string): boolean {
  try {
    const path = new URL(href, 'https://app.hubspot.com').pathname;
    return RECORD_PATH.test(path) || LEGACY_PATH.test(path);
  } catch {
    return false;
  }
}

/** The record a link on the page points at (associated contacts on a deal), by the same URL rules. */
export function recordIdOfHref(href: string, kind: RecordKind): string | undefined {
  try {
    const found = detect(new URL(href, 'https://app.hubspot.com'));
    return found?.kind === kind ? found.recordId : undefined;
  } catch {
    return undefined;
  }
}
