import { readOwnerPacks } from '../db/activity-pack-read';
import type { InvalidRow } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { collectTouches } from '../metrics/collect-touches';
import { sameDirection } from '../metrics/duplicate-rules';
import { replyOrderTime } from '../metrics/reply-order';
import { isReply, type Touch } from '../metrics/touch';
import type { Activity } from '../schema/activity';
import { NO_OWNER } from '../schema/activity-pack';
import { yieldToPage } from '../yield-to-page';
import type { KeepRows } from './kept-rows';
import type { TeamPeriods, Window } from './periods';
import { activitiesOfPacks } from './read-rows';
import { SLICE_ROWS } from './slices';
import { type MergeRules, repTouches } from './team-touches';

/**
 * The packs of the read window's activities whose page showed no owner (NO_OWNER's, one key
 * range), asked for now and awaited later. Such touches are on no rep's row, but a reply needs
 * no owner to answer a rep's email, and a contact who wrote in lately has not gone cold.
 */
export function readOwnerlessPacks(db: TouchlineDb, periods: TeamPeriods): Promise<unknown[]> {
  const packs = readOwnerPacks(db, NO_OWNER, periods.read.start, periods.rowsUntil);
  // Awaited later; a failure after the page has stopped waiting must not go unobserved.
  packs.catch(() => undefined);
  return packs;
}

/** The touches without an owner in the window, in the chosen account or all, duplicates merged, oldest first. */
export async function ownerlessTouches(
  packs: readonly unknown[],
  input: {
    account: string | undefined;
    links: ReadonlyMap<string, readonly string[]>;
    rules: MergeRules;
    window: Window;
    invalid: InvalidRow[];
    keep: KeepRows;
    /** Every touch logged in Touchline (readLogged). */
    logged: readonly Activity[];
  },
): Promise<Touch[]> {
  const parsed = await activitiesOfPacks(packs, input.window.start, input.window.end, input.invalid);
  const own = input.account === undefined ? parsed : parsed.filter((a) => `${a.crm}:${a.tenant}` === input.account);
  return repTouches(await input.keep(own), input.links, input.rules, input.logged);
}

/**
 * Adds the touches without an owner to the lists of the contacts they name (a contact only they
 * name is its record owner's to follow up, else its latest named touch's rep's: dropNobodysContacts), each list merged
 * again as one set, as the contact's panel merges it, so an owned copy and an ownerless copy of
 * one touch are one touch. Returns the keys of the ownerless touches that met an owned copy (`claimed`: that
 * copy's owner has it), and each such owned touch as merged with them (`upgraded`, by the owned
 * touch's key): the ownerless copy may be the one that shows it came from a sequence, or its outcome.
 * `onlyOwnerless`: the contacts no owned touch names, which only these touches brought in.
 */
export async function mergeOwnerless(
  byContact: Map<string, Touch[]>,
  ownerless: readonly Touch[],
  rules: MergeRules,
): Promise<{ claimed: Set<string>; upgraded: Map<string, Touch>; onlyOwnerless: Set<string> }> {
  const onlyOwnerless = new Set<string>();
  const extra = new Map<string, Touch[]>();
  for (const touch of ownerless) {
    for (const key of touch.contactKeys) {
      if (!byContact.has(key)) onlyOwnerless.add(key);
      const list = extra.get(key);
      if (list) list.push(touch);
      else extra.set(key, [touch]);
    }
  }
  const claimed = new Set<string>();
  const upgraded = new Map<string, Touch>();
  let done = 0;
  for (const [contact, added] of extra) {
    const owned = byContact.get(contact) ?? [];
    const merged = added.some((t) => owned.some((o) => mayBeCopies(t, o)))
      ? mergeOne(contact, owned, added, rules, { claimed, upgraded })
      : [...owned, ...added].sort((a, b) => a.at.getTime() - b.at.getTime());
    byContact.set(contact, merged);
    done += owned.length + added.length;
    if (done >= SLICE_ROWS) {
      done = 0;
      await yieldToPage();
    }
  }
  return { claimed, upgraded, onlyOwnerless };
}

const DAY_MS = 86_400_000;

/**
 * Whether two touches could be copies of one (metrics.md, Duplicate): the same source id, or the
 * same channel and direction (either not known or presumed: sameDirection) within 2 days (a date-only copy sits at its day's start, in some
 * zone). Most ownerless touches are replies beside the rep's emails, so most contacts skip the merge.
 */
function mayBeCopies(a: Touch, b: Touch): boolean {
  if (a.activity.sourceId !== undefined && a.activity.sourceId === b.activity.sourceId) return true;
  return (
    a.channel === b.channel &&
    sameDirection(a.activity, b.activity) &&
    Math.abs(a.at.getTime() - b.at.getTime()) <= 2 * DAY_MS
  );
}

/** One contact's owned and ownerless touches merged as one set, each part kept as read when it met no other; notes the claimed. */
function mergeOne(
  contact: string,
  owned: readonly Touch[],
  added: readonly Touch[],
  rules: MergeRules,
  found: { claimed: Set<string>; upgraded: Map<string, Touch> },
): Touch[] {
  const byActivity = new Map<string, Touch>();
  for (const touch of [...owned, ...added]) byActivity.set(touch.activity.key, touch);
  const ownerlessKeys = new Set(added.map((t) => t.activity.key));
  // Each touch's merged activity stands for its copies, naming every contact they name.
  const activities = [...byActivity.values()].map((t) => ({ ...t.activity, contactKeys: t.contactKeys }));
  const merged = collectTouches(activities, { ...rules, scopeKey: contact }).touches;
  return merged.map((touch) => {
    const parts = touch.copies.flatMap((key) => byActivity.get(key) ?? []);
    const owned = parts.filter((part) => !ownerlessKeys.has(part.activity.key));
    if (owned.length > 0 && owned.length < parts.length) {
      for (const part of parts) if (ownerlessKeys.has(part.activity.key)) found.claimed.add(part.key);
      // The owned touch with what its ownerless copies add (automated, a known outcome), still its owner's.
      for (const part of owned)
        found.upgraded.set(part.key, {
          ...part,
          at: touch.at,
          activity: { ...touch.activity, key: part.activity.key, owner: part.activity.owner },
        });
    }
    if (parts.length === 1) return parts[0] as Touch;
    return { ...touch, copies: parts.flatMap((part) => part.copies) };
  });
}

export function isEmailReply(touch: Touch): boolean {
  return touch.channel === 'email' && isReply(touch);
}

/**
 * Each of `replies` given to the rep whose email it answers: the latest outbound email before it
 * in reply order (one of the same minute included: a reply never comes before its email), whoever
 * sent it, or nobody (metrics.md: an email is answered by a reply before the next outbound email).
 * A reply naming a contact looks on its contacts' threads, as teamReplyRate keys them. A reply
 * naming no contact (a deal timeline's copy) answers the latest outbound email on its deal, to any
 * contact (the deal panel's rule, withDealReplyThreads: with one contact, that contact's), and
 * joins that email's thread, so the rep's reply rate pairs them. `touches` are every rep's, shown
 * or not, and those without an owner: an email without one is still the next outbound email, its
 * reply no rep's. Only an email the page showed as outbound is one: rates.ts puts emails of
 * unknown direction on neither side. Replies answering no email go to nobody.
 */
export function repliesByRep(replies: readonly Touch[], touches: readonly Touch[]): Map<string, Touch[]> {
  const byRep = new Map<string, Touch[]>();
  if (replies.length === 0) return byRep;
  const sent = touches.filter((t) => t.channel === 'email' && t.activity.direction === 'outbound');
  const onThread = groupBy(sent, threadsOf);
  // A touch's deal keys include the deals its contacts are on (repTouches links them).
  const onDeal = replies.some(namesNobody) ? groupBy(sent, (t) => t.activity.dealKeys) : new Map<string, Touch[]>();
  for (const reply of replies) {
    const candidates = namesNobody(reply)
      ? reply.activity.dealKeys.flatMap((key) => onDeal.get(key) ?? [])
      : reply.contactKeys.flatMap((key) => onThread.get(key) ?? []);
    const at = replyOrderTime(reply);
    let answered: Touch | undefined;
    for (const email of candidates)
      if (replyOrderTime(email) <= at && (!answered || email.at > answered.at)) answered = email;
    const owner = answered?.activity.owner;
    if (answered === undefined || owner === undefined) continue;
    const joined = namesNobody(reply) ? { ...reply, contactKeys: answered.contactKeys } : reply;
    const list = byRep.get(owner);
    if (list) list.push(joined);
    else byRep.set(owner, [joined]);
  }
  return byRep;
}

function namesNobody(touch: Touch): boolean {
  return touch.contactKeys.length === 0;
}

function groupBy(touches: readonly Touch[], keysOf: (touch: Touch) => readonly string[]): Map<string, Touch[]> {
  const groups = new Map<string, Touch[]>();
  for (const touch of touches)
    for (const key of keysOf(touch)) {
      const group = groups.get(key);
      if (group) group.push(touch);
      else groups.set(key, [touch]);
    }
  return groups;
}

function threadsOf(touch: Touch): string[] {
  return touch.contactKeys.length > 0 ? touch.contactKeys : [touch.activity.dealKeys[0] ?? touch.key];
}
