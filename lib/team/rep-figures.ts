import { readOwnerPacks } from '../db/activity-pack-read';
import type { InvalidRow } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { touchesIn } from '../metrics/period';
import type { Touch } from '../metrics/touch';
import { touchesPerContact } from '../metrics/touches-per-contact';
import type { Activity } from '../schema/activity';
import type { Settings } from '../schema/settings';
import { keptWords, reachesPastKept } from '../settings/kept-from';
import { yieldToPage } from '../yield-to-page';
import { type Basis, teamBasis } from './basis';
import { touchesByContact } from './follow-ups';
import type { KeepRows } from './kept-rows';
import { setContactTouches } from './left-out-touches';
import { withOwnerlessReceipts } from './ownerless-receipts';
import { isEmailReply, mergeOwnerless, ownerlessTouches, repliesByRep } from './ownerless-touches';
import { ofWeeksRead, rowsWindow, type TeamPeriods } from './periods';
import { activitiesOfPacks } from './read-rows';
import { receiptsOfEarlierMails } from './receipts-before-window';
import { type RepRow, repRow } from './rep-row';
import { append } from './slices';
import { repTouches } from './team-touches';
import type { Progress, WeeklyRep } from './team-view';
import { type TouchesPerRep, touchesPerRep } from './touches-per-rep';
import { weeklyTotals } from './weekly-totals';
import { beyondRetention, type Movement, whyItMoved } from './why-it-moved';

export interface RepFigures {
  team: RepRow | null;
  reps: RepRow[];
  perRep: TouchesPerRep | null;
  movement: Movement;
  weekly: WeeklyRep[];
  /**
   * Each contact's touches, oldest first, those the setting counts: every rep's, shown or not (a
   * contact touched by another rep has not gone cold), and those without an owner.
   */
  byContact: Map<string, Touch[]>;
  /** Each contact's automated touches the setting leaves out of `byContact`, where it has any (setContactTouches). */
  leftOutByContact: Map<string, Touch[]>;
  /** What the shown reps' figures are computed from (teamBasis): their merged touches and other activities. */
  basis: Basis;
  /** The counted touches without an owner that no owned copy claimed: on no rep's row. */
  onNoRow: Touch[];
  /** The contacts in `byContact` that only touches without an owner name (dropNobodysContacts). */
  onlyOwnerless: ReadonlySet<string>;
}

/** One owner's packs of the read window, asked for now and awaited later. */
export function readRepPacks(db: TouchlineDb, owner: string, periods: TeamPeriods): Promise<unknown[]> {
  const rows = readOwnerPacks(db, owner, periods.read.start, periods.rowsUntil);
  // Awaited later; a failure after the page has stopped waiting must not go unobserved.
  rows.catch(() => undefined);
  return rows;
}

/**
 * Takes each rep's activities of the read window from their owner/day packs, one rep at a time
 * with the main thread given back in between, then merges every rep's together (repTouches, in
 * linked slices): copies of one touch may name different owners (an import's "Dana Reyes", a
 * page's "You" named by the setting "Dana"), and metrics.md merges duplicates before any count,
 * whatever their owners, as the contact's panel does. Each merged touch is on its one owner's row
 * (creditedToOneOwner), and in the team row, the follow-ups and the reply rate once.
 */
export async function repFigures(input: {
  db: TouchlineDb;
  /** Every owner in the cache: all of them are read, for the contacts' follow-ups. */
  owners: readonly string[];
  /** The owners the filters show (rows, team row, weekly totals, why it moved). */
  shown: (owner: string) => boolean;
  /** `crm:tenant` of the chosen account; every account's activities when absent. */
  account: string | undefined;
  links: ReadonlyMap<string, readonly string[]>;
  settings: Settings;
  motion: Settings['motion'];
  periods: TeamPeriods;
  now: Date;
  invalid: InvalidRow[];
  progress: Progress;
  /**
   * Every owner's packs, in the order of `owners`, all asked for at once (readRepPacks) while the
   * deals come in: the database reads them side by side instead of one rep after another
   * (for 20 reps and 100,000 activities, the reps' step took 0.7 s instead of 1.2 s).
   */
  packReads: (Promise<unknown[]> | undefined)[];
  /** The packs of activities without an owner (readOwnerlessPacks): replies and follow-ups, never touch counts. */
  ownerlessRead: Promise<unknown[]>;
  /** The zone pages were read in (the browser's): see atPrintedDay. */
  pageTimeZone: string;
  /** Retention on read (keptRows). */
  keep: KeepRows;
  /** Contacts with an email reply of no readable date (contactsWithUndatedReplies). */
  undatedReplies: ReadonlyMap<string, number>;
  /** Every touch logged in Touchline (readLogged): who a page copy one merged into was with (repTouches). */
  logged: readonly Activity[];
}): Promise<RepFigures> {
  const { settings, now, periods } = input;
  const rowInput = {
    settings,
    motion: input.motion,
    period: periods.current,
    now,
    undatedReplies: input.undatedReplies,
  };
  const rules = {
    now,
    timeZone: settings.timeZone,
    countCompletedTasks: settings.countCompletedTasks,
    pageTimeZone: input.pageTimeZone,
    yourNames: settings.yourNames,
  };
  const reps: RepRow[] = [];
  const weekly: WeeklyRep[] = [];
  const everyOwner: Activity[] = [];
  const activities: Activity[] = [];
  for (const [i, owner] of input.owners.entries()) {
    input.progress(`Reading ${owner}'s activities (${i + 1} of ${input.owners.length})`);
    const rows = await (input.packReads[i] ?? readRepPacks(input.db, owner, periods));
    // Let go of a rep's packs once read: only their activities are kept.
    input.packReads[i] = undefined;
    const read = await activitiesOfPacks(rows, periods.read.start, periods.rowsUntil, input.invalid);
    const parsed = read.filter(ofWeeksRead(periods));
    const own = await input.keep(
      input.account === undefined ? parsed : parsed.filter((a) => `${a.crm}:${a.tenant}` === input.account),
    );
    append(everyOwner, own);
    if (input.shown(owner)) append(activities, own);
    await yieldToPage();
  }
  input.progress('Reading touches without an owner');
  const ownerlessRead = await ownerlessTouches(await input.ownerlessRead, {
    account: input.account,
    links: input.links,
    rules,
    window: rowsWindow(periods),
    invalid: input.invalid,
    keep: input.keep,
    logged: input.logged,
  });
  const earlier = await receiptsOfEarlierMails({
    db: input.db,
    activities: [...everyOwner, ...ownerlessRead.map((t) => t.activity)],
    windowStart: periods.read.start,
    keep: input.keep,
  });
  input.progress('Merging copies of each touch');
  // Every rep's touches, oldest first, each once with the one owner it is credited to.
  const contactTouches = await repTouches(everyOwner.map(receiptMarked(earlier)), input.links, rules, input.logged);
  const byOwner = touchesByOwner(contactTouches);
  const shownReps = input.owners.flatMap((owner) => {
    const merged = byOwner.get(owner);
    return merged && input.shown(owner) ? [{ owner, merged }] : [];
  });
  const touches = contactTouches.filter((t) => t.activity.owner !== undefined && input.shown(t.activity.owner));
  // Copies merged before the setting leaves automated touches out: a copy that says so speaks for its touch.
  const byContact = await touchesByContact(contactTouches);
  const ownerless = withOwnerlessReceipts(
    ownerlessRead.map((t) =>
      earlier.has(t.activity.key) ? { ...t, activity: receiptMarked(earlier)(t.activity) } : t,
    ),
    byContact,
  );
  const counts = (t: Touch) => settings.countAutomated || !t.activity.automated;
  const { claimed, upgraded, onlyOwnerless } = await mergeOwnerless(byContact, ownerless, rules);
  // The touches left out are kept apart: a reply to a sequence email left out still ends the cadence.
  const split = { byContact, leftOut: new Map<string, Touch[]>() };
  for (const [contact, list] of byContact) setContactTouches(split, contact, list, settings.countAutomated);
  // An owned touch as merged with its ownerless copies (a sequence's mark, an outcome) in every figure.
  const upgrade = (list: readonly Touch[]) => (upgraded.size === 0 ? list : list.map((t) => upgraded.get(t.key) ?? t));
  const everyRep = upgrade(contactTouches);
  // Rows once every rep is read: a reply answers the email before it on its thread, whoever owns
  // the reply, or none (metrics.md: answered by a reply before the next outbound email). A sequence
  // email the setting leaves out of the counts is still the next outbound email: its reply is not
  // handed to the rep who wrote before it. Nor is an email without an owner (logged before its
  // logger set their name): a reply after it is no rep's. An ownerless copy an owned touch claimed
  // is that touch, not another email.
  const unclaimed = ownerless.filter((t) => !claimed.has(t.key));
  const replies = repliesByRep(
    [...everyRep.filter((t) => counts(t) && isEmailReply(t)), ...unclaimed.filter(isEmailReply)],
    [...everyRep, ...unclaimed],
  );
  const shownReplies: Touch[] = [];
  for (const { owner, merged } of shownReps) {
    const answered = (replies.get(owner) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime());
    append(shownReplies, answered);
    const upgraded = upgrade(merged);
    reps.push(await repRow(owner, upgraded, rowInput, answered));
    await yieldToPage();
    weekly.push({ rep: owner, weeks: weeklyTotals(upgraded, now, settings.timeZone, settings.countAutomated) });
    await yieldToPage();
  }
  shownReplies.sort((a, b) => a.at.getTime() - b.at.getTime());
  // The same touches in the team row, activity per rep and why it moved (metrics.md: automated
  // touches the setting leaves out are left out of every touch figure).
  const shownTouches = upgrade(touches);
  const team = reps.length === 0 ? null : await repRow('team', shownTouches, rowInput, shownReplies);
  await yieldToPage();
  const perContact = (window: { start: Date; end: Date }) =>
    touchesPerContact(touchesIn(shownTouches, window), settings.countAutomated);
  const before = perContact(periods.previous);
  await yieldToPage();
  const after = perContact(periods.current);
  await yieldToPage();
  const moved = whyItMoved(before, after);
  await yieldToPage();
  const basis = teamBasis({ touches, merged: contactTouches, rows: everyOwner, shownRows: activities });
  const pruned = reachesPastKept(periods.previous.start, settings, now);
  return {
    team,
    reps,
    perRep: touchesPerRep(touchesIn(shownTouches, periods.current), settings.countAutomated),
    movement: pruned ? beyondRetention(moved, keptWords(settings, now)) : moved,
    weekly,
    byContact,
    leftOutByContact: split.leftOut,
    basis,
    onNoRow: unclaimed.filter(counts),
    onlyOwnerless,
  };
}

/** An activity the receipts of earlier mails name marked automated: the contact opened the mail, she did not answer it. */
function receiptMarked(receipts: ReadonlySet<string>): (activity: Activity) => Activity {
  return (activity) => (receipts.has(activity.key) ? { ...activity, automated: true } : activity);
}

/** Touches by the owner each is credited to, each list in the order given. */
function touchesByOwner(touches: readonly Touch[]): Map<string, Touch[]> {
  const byOwner = new Map<string, Touch[]>();
  for (const touch of touches) {
    const owner = touch.activity.owner;
    if (owner === undefined) continue;
    const list = byOwner.get(owner);
    if (list) list.push(touch);
    else byOwner.set(owner, [touch]);
  }
  return byOwner;
}
