import { newestTouchMayBeUnread } from '../db/newest-touches-mark';
import type { CadenceSettings } from '../metrics/cadence';
import { settledAfter, silencesFrom } from '../metrics/cadence-settled';
import { goneCold } from '../metrics/gone-cold';
import { nextTouchView, type UndatedTouches } from '../metrics/next-touch';
import { COLD_READ_IN_PART, NEXT_STEP_READ_IN_PART } from '../metrics/timeline-read-in-part';
import type { Touch } from '../metrics/touch';
import { undatedCaveat } from '../metrics/undated-caveat';
import type { Channel } from '../schema/activity';
import type { Contact } from '../schema/record';
import { yieldToPage } from '../yield-to-page';
import { contactName } from './contact-name';
import { recordUrl, recordUrlOfKey } from './record-url';
import { inSlices, SLICE_ROWS } from './slices';

export interface FollowUp {
  contactKey: string;
  /** Absent when no page or export named the contact: the team page then says so (a bare CRM id tells a manager nothing). */
  name?: string;
  url?: string;
  /** The contact's owner, else the owner of its latest touch that has one. */
  owner: string;
  kind: 'gone-cold' | 'overdue';
  reason: string;
  /** For an overdue step: its due day and channel. */
  due?: string;
  /** For a contact gone cold: when it was last touched, either way. */
  lastTouchAt?: string;
  channel?: Channel;
}

/**
 * Contacts gone cold and contacts whose next cadence step is overdue, from each contact's
 * touches (every rep's, oldest first). Only contacts touched in the read window are looked at:
 * a contact last touched a year ago is a closed chapter, not a follow-up. A contact gone cold is
 * listed there only, not again among the overdue steps. Touches the page showed without a readable
 * date (`undated`) are judged as the contact's panel judges them: one may be newer than the last
 * dated touch, so gone cold and an overdue step carry the panel's caveat (undatedCaveat), and a
 * step cannot be dated at all when every outbound touch is undated (nextTouchView): not listed.
 * A contact whose newest page reading showed its timeline filtered or folded
 * (Contact.newestTouchesMayBeUnread), or left behind "Load more" items that may be newer than its
 * last touch here (Contact.newestReadingLoadedBackTo, weighed as the panel weighs it:
 * newestTouchMayBeUnread), gets the panel's caveat beside gone cold too (withTimelineReadInPart): a
 * newer touch, so a warmer contact, may be in the part not read. An overdue step gets the panel's
 * caveat whenever the newest reading was in part, "Load more" included (stepReadInPart).
 */
export function followUps(input: {
  touchesByContact: ReadonlyMap<string, readonly Touch[]>;
  /**
   * Each contact's automated touches the setting leaves out of its touches, where it has any: a
   * reply to a sequence email left out still ends the cadence, as on the contact's panel (cadenceRuns).
   */
  leftOut?: ReadonlyMap<string, readonly Touch[]>;
  contacts: ReadonlyMap<string, Contact>;
  /** Names deal pages gave contacts (contactNamesOnDeals): who a contact is when its own page was never opened. */
  namedOnDeals?: ReadonlyMap<string, string>;
  settings: CadenceSettings;
  now: Date;
  /** The zone pages were read in: a creation date printed without a time counts as printed (createdDay). */
  pageTimeZone?: string;
  /** Each contact's touches without a readable date, where it has any (contactsWithUndatedTouches). */
  undated?: ReadonlyMap<string, UndatedTouches>;
}): FollowUp[] {
  const found: FollowUp[] = [];
  for (const [contactKey, touches] of input.touchesByContact) {
    const contact = input.contacts.get(contactKey);
    const last = touches.at(-1);
    // A touch the page showed without an owner (a reply, often) names nobody to follow up.
    const owner =
      contact?.owner ?? touches.findLast((t) => t.activity.owner !== undefined)?.activity.owner ?? 'no owner shown';
    const name = contactName(contact, input.namedOnDeals?.get(contactKey));
    const base = {
      contactKey,
      ...(name ? { name } : {}),
      ...urlOf(contact, contactKey),
      owner,
    };
    const undated = input.undated?.get(contactKey) ?? NONE_UNDATED;
    const leftOut = input.leftOut?.get(contactKey);
    const cold = goneCold(touches, input.settings, input.now, leftOut);
    if (cold.cold) {
      const lastTouchAt = last?.at.toISOString();
      found.push({
        ...base,
        kind: 'gone-cold',
        reason: `${cold.reason ?? 'Gone cold.'}${undatedCaveat(undated.count)}${readInPart(contact, last, COLD_READ_IN_PART)}`,
        ...(lastTouchAt ? { lastTouchAt } : {}),
      });
      continue;
    }
    const { nextDue: next, nextDueReason } = nextTouchView(
      touches,
      input.settings,
      input.now,
      undated,
      contact?.createdAt,
      input.pageTimeZone,
      leftOut,
    );
    if (next?.overdue) {
      const step = next.kind === 'follow-up' ? 'follow-up' : `step ${next.step}`;
      found.push({
        ...base,
        kind: 'overdue',
        reason: `${step} (${next.channel}) was due ${next.date}${nextDueReason ? ` ${nextDueReason}` : ''}${stepReadInPart(contact, undated.count > 0 ? [] : silencesFrom(touches, input.settings, leftOut))}`,
        due: next.date,
        channel: next.channel,
      });
    }
  }
  return found.sort(byOwnerThenUrgency);
}

const NONE_UNDATED: UndatedTouches = { count: 0, outbound: false };

/** The panel's caveat, after a space, when the contact's newest reading may have missed a touch newer than `last`. */
function readInPart(contact: Contact | undefined, last: Touch | undefined, caveat: string): string {
  return contact && newestTouchMayBeUnread(contact, last) ? ` ${caveat}` : '';
}

/**
 * The panel's caveat beside a next step worked out from a timeline read in part, after a space:
 * steps are numbered from the oldest outbound touch read, so older items left behind "Load more"
 * may change the step even when the newest touch is surely known, unless a silence seen whole
 * after them began the run (`silences`: settledAfter; none where a touch of unknown date may fall
 * in one; withTimelineReadInPart).
 */
function stepReadInPart(contact: Contact | undefined, silences: readonly string[]): string {
  if (!contact) return '';
  const back = contact.newestReadingLoadedBackTo;
  const readInPart =
    contact.newestTouchesMayBeUnread || (back !== undefined && settledAfter(silences, Date.parse(back)) === undefined);
  return readInPart ? ` ${NEXT_STEP_READ_IN_PART}` : '';
}

/** The contact's page: from the stored contact, else from the key its touches name (a contact no page or export named). */
function urlOf(contact: Contact | undefined, contactKey: string): { url?: string } {
  const url = contact
    ? recordUrl(contact.crm, contact.tenant, 'contact', contact.recordId)
    : recordUrlOfKey(contactKey);
  return url ? { url } : {};
}

/**
 * By owner, then most pressing first (a card shows its first few before "more"): the longest
 * silent of those gone cold, the longest overdue of the steps. ISO instants and days order as
 * they fall in time.
 */
function byOwnerThenUrgency(a: FollowUp, b: FollowUp): number {
  return (
    a.owner.localeCompare(b.owner) || urgency(a).localeCompare(urgency(b)) || sortName(a).localeCompare(sortName(b))
  );
}

function sortName(item: FollowUp): string {
  return item.name ?? item.contactKey;
}

function urgency(item: FollowUp): string {
  return (item.kind === 'gone-cold' ? item.lastTouchAt : item.due) ?? '';
}

/** Touches looked at per slice: each contact's cadence works out zoned days, slower per touch than parsing. */
const FOLLOW_UP_SLICE = SLICE_ROWS / 4;

/** followUps over a few dozen contacts at a time, giving the main thread back in between. */
export async function followUpsInSlices(input: Parameters<typeof followUps>[0]): Promise<FollowUp[]> {
  const entries = [...input.touchesByContact];
  const found: FollowUp[] = [];
  let touches = 0;
  let start = 0;
  for (let i = 0; i < entries.length; i++) {
    touches += (entries[i] as [string, readonly Touch[]])[1].length;
    if (touches < FOLLOW_UP_SLICE && i < entries.length - 1) continue;
    found.push(...followUps({ ...input, touchesByContact: new Map(entries.slice(start, i + 1)) }));
    start = i + 1;
    touches = 0;
    await yieldToPage();
  }
  return found.sort(byOwnerThenUrgency);
}

/**
 * Each contact's touches, oldest first, from touches that may name several contacts; a few
 * thousand touches at a time, giving the main thread back in between.
 */
export async function touchesByContact(touches: readonly Touch[]): Promise<Map<string, Touch[]>> {
  const byContact = new Map<string, Touch[]>();
  await inSlices(touches, SLICE_ROWS, (slice) => {
    for (const touch of slice) {
      for (const key of touch.contactKeys) {
        const list = byContact.get(key);
        if (list) list.push(touch);
        else byContact.set(key, [touch]);
      }
    }
  });
  let sorted = 0;
  for (const list of byContact.values()) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime());
    sorted += list.length;
    if (sorted >= SLICE_ROWS) {
      sorted = 0;
      await yieldToPage();
    }
  }
  return byContact;
}
