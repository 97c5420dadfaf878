import type { Activity, Channel } from '../schema/activity';

export const TWO_MINUTES_MS = 120_000;

/** A dated touch before merging. */
export interface TouchCopy {
  activity: Activity;
  channel: Channel;
  at: Date;
}

/**
 * Two copies are on the same record when they share a contact. A copy that names no contact
 * (a deal-timeline touch) is on the records it was read on, and on `scopeKey`, the record being
 * viewed. So one sequence email sent to two people at the same minute stays two touches, while
 * a deal-timeline copy of a contact's email is that email.
 */
export function sameRecord(a: Activity, b: Activity, scopeKey?: string): boolean {
  if (a.contactKeys.length > 0 && b.contactKeys.length > 0) return a.contactKeys.some((k) => b.contactKeys.includes(k));
  const scope = scopeKey ? [scopeKey] : [];
  const recordsOfA = new Set([...a.contactKeys, ...a.dealKeys, ...scope]);
  return [...b.contactKeys, ...b.dealKeys, ...scope].some((k) => recordsOfA.has(k));
}

/** The same touch captured twice: the same CRM source id, or same record, channel, direction and title within 2 minutes. */
export function isDuplicate(a: TouchCopy, b: TouchCopy, scopeKey?: string): boolean {
  if (a.activity.sourceId && a.activity.sourceId === b.activity.sourceId) {
    return a.activity.crm === b.activity.crm && a.activity.tenant === b.activity.tenant;
  }
  return (
    a.channel === b.channel &&
    a.activity.direction === b.activity.direction &&
    a.activity.title === b.activity.title &&
    Math.abs(a.at.getTime() - b.at.getTime()) <= TWO_MINUTES_MS &&
    sameRecord(a.activity, b.activity, scopeKey)
  );
}

export function isLogged(copy: TouchCopy): boolean {
  return copy.activity.origin === 'logged-in-touchline';
}
