import type { RecordKind, RecordRef } from '../../schema/record';
import { toSalesforceId18 } from '../salesforce-id';

/** Lightning hosts, sandboxes (`org--sbx.sandbox.lightning.force.com`) included (crm-pages.md). */
export function handlesHost(url: URL): boolean {
  return url.protocol === 'https:' && /^[a-z0-9-]+(\.[a-z0-9-]+)*\.lightning\.force\.com$/i.test(url.hostname);
}

/** Object API names and id key prefixes of the records Touchline reads; Leads count as contacts. */
const KIND_BY_OBJECT: Record<string, RecordKind> = { contact: 'contact', lead: 'contact', opportunity: 'deal' };
const KIND_BY_PREFIX: Record<string, RecordKind> = { '003': 'contact', '00Q': 'contact', '006': 'deal' };
const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/**
 * Record kind, tenant and id from the URL alone. Current URLs are `/lightning/r/{Object}/{id}/view`
 * (also `/lightning/r/{id}/view`); pre-2017 Lightning used `/one/one.app#/sObject/{id}/view`. The
 * Edit button opens its dialog over the record and moves the address to `/lightning/r/{Object}/{id}/edit`
 * (with `backgroundContext` naming the view behind it): that record's page when the view behind is its
 * own (editedOverItsOwnPage), else no record page of it.
 * The id's key prefix must agree with the object, so an Account id under `/Contact/` is refused.
 */
export function detect(url: URL): RecordRef | null {
  if (!handlesHost(url)) return null;
  const target = recordTarget(url);
  if (!target || !ID.test(target.id)) return null;
  const byPrefix = KIND_BY_PREFIX[target.id.slice(0, 3)];
  const kind = target.object ? KIND_BY_OBJECT[target.object.toLowerCase()] : byPrefix;
  if (!kind || kind !== byPrefix) return null;
  return { crm: 'salesforce', tenant: url.hostname.toLowerCase(), kind, recordId: toSalesforceId18(target.id) };
}

interface Target {
  object?: string;
  id: string;
}

function recordTarget(url: URL): Target | null {
  const path = url.pathname.replace(/\/+$/, '');
  const current = path.match(/^\/lightning\/r\/(?:([A-Za-z][A-Za-z0-9_]*)\/)?([a-zA-Z0-9]{15,18})(?:\/(view|edit))?$/);
  if (current && (current[3] !== 'edit' || editedOverItsOwnPage(url, current[2] as string))) {
    return { object: current[1], id: current[2] as string };
  }
  if (path === '/one/one.app') {
    const legacy = decodedHash(url).match(/^#\/sObject\/([a-zA-Z0-9]{15,18})(?:\/view)?(?:[?/].*)?$/);
    if (legacy) return { id: legacy[1] as string };
  }
  return null;
}

/**
 * Whether the Edit dialog of record `id` is drawn over that record's own page: `backgroundContext`
 * names the page behind it, which is another record's when the edit was opened from it (a related
 * list's row action); that page must not be read as the edited record. Without it, the record's own.
 */
function editedOverItsOwnPage(url: URL, id: string): boolean {
  const behind = url.searchParams.get('backgroundContext');
  if (behind === null) return true;
  const behindId = behind.match(
    /^\/lightning\/r\/(?:[A-Za-z][A-Za-z0-9_]*\/)?([a-zA-Z0-9]{15,18})(?:\/view)?\/?(?:[?#].*)?$/,
  )?.[1];
  return behindId !== undefined && toSalesforceId18(behindId) === toSalesforceId18(id);
}

/**
 * The hash with its escapes undone; as written when it holds a bare "%" (an Aloha redirect to a
 * Visualforce page with "pct=5%" in its query), which decodeURIComponent refuses by throwing.
 */
function decodedHash(url: URL): string {
  try {
    return decodeURIComponent(url.hash);
  } catch {
    return url.hash;
  }
}
