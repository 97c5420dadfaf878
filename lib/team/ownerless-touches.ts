import { readOwnerPacks } from '../db/activity-pack-read';
import type { InvalidRow } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { collectTouches } from '../metrics/collect-touches';
import { replyOrderTime } from '../metrics/reply-order';
import { isOutbound, isReply, type Touch } from '../metrics/touch';
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
  const packs = readOwnerPacks(db, NO_OWNER, periods.read.start, periods.read.end);
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
  },
): Promise<Touch[]> {
  const parsed = await activitiesOfPacks(packs, input.window.start, input.window.end, input.invalid);
  const own = input.account === undefined ? parsed : parsed.filter((a) => `${a.crm}:${a.tenant}` === input.account);
  return repTouches(await input.keep(own), input.links, input.rules);
}

/**
 * Adds the touches without an owner to the lists of the contacts they name that a rep touched
 * (a contact only they name is no rep's to follow up), each such list merged again as one set,
 * as the contact's panel merges it, so an owned copy and an ownerless copy of one touch are one
 * touch. Returns the keys of the ownerless touches that met an owned copy (`claimed`: that
 * copy's owner has it), and each such owned touch as merged with them (`upgraded`, by the owned
 * touch's key): the ownerless copy may be the one that shows it came from a sequence, or its outcome.
 */
export async function mergeOwnerless(
  byContact: Map<string, Touch[]>,
  ownerless: readonly Touch[],
  rules: MergeRules,
): Promise<{ claimed: Set<string>; upgraded: Map<string, Touch> }> {
  const extra = new Map<string, Touch[]>();
  for (const touch of ownerless) {
    for (const key of touch.contactKeys) {
      if (!byContact.has(key)) continue;
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
  return { claimed, upgraded };
}

const DAY_MS = 86_400_000;

/**
 * Whether two touches could be copies of one (metrics.md, Duplicate): the same source id, or the
 * same channel and direction within 2 days (a date-only copy sits at its day's start, in some
 * zone). Most ownerless touches are replies beside the rep's emails, so most contacts skip the merge.
 */
function mayBeCopies(a: Touch, b: Touch): boolean {
  if (a.activity.sourceId !== undefined && a.activity.sourceId === b.activity.sourceId) return true;
  return (
    a.channel === b.channel &&
    a.activity.direction === b.activity.direction &&
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

/** Of the touches without an owner, the email replies no owned copy has: each answers its thread's email before it. */
export function ownerlessReplies(ownerless: readonly Touch[], claimed: ReadonlySet<string>): Touch[] {
  return ownerless.filter((t) => isEmailReply(t) && !claimed.has(t.key));
}

export function isEmailReply(touch: Touch): boolean {
  return touch.channel === 'email' && isReply(touch);
}

/**
 * Each of `replies` given to the rep whose email it answers: on its thread (each contact a touch
 * names, else its deal, as teamReplyRate keys them), the latest outbound email before it in reply
 * order (one of the same minute included: a reply never comes before its email), whoever sent it (metrics.md: an email is answered by a reply before the next outbound
 * email). `touches` are every rep's, shown or not; replies answering no email go to nobody.
 */
export function repliesByRep(replies: readonly Touch[], touches: readonly Touch[]): Map<string, Touch[]> {
  const byRep = new Map<string, Touch[]>();
  if (replies.length === 0) return byRep;
  const emails = new Map<string, Touch[]>();
  for (const touch of touches) {
    if (touch.channel !== 'email' || !isOutbound(touch) || touch.activity.owner === undefined) continue;
    for (const key of threadsOf(touch)) emails.set(key, [...(emails.get(key) ?? []), touch]);
  }
  for (const reply of replies) {
    const at = replyOrderTime(reply);
    let answered: Touch | undefined;
    for (const key of threadsOf(reply))
      for (const email of emails.get(key) ?? [])
        if (replyOrderTime(email) <= at && (!answered || email.at > answered.at)) answered = email;
    const owner = answered?.activity.owner;
    if (owner !== undefined) byRep.set(owner, [...(byRep.get(owner) ?? []), reply]);
  }
  return byRep;
}

function threadsOf(touch: Touch): string[] {
  return touch.contactKeys.length > 0 ? touch.contactKeys : [touch.activity.dealKeys[0] ?? touch.key];
}
