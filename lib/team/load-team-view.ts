import type { InvalidRow } from '../db/rows';
import type { TouchlineDb } from '../db/schema';
import { browserTimeZone } from '../db/time-precision';
import { touchesIn } from '../metrics/period';
import type { Settings } from '../schema/settings';
import { keptWithin } from '../settings/kept-from';
import { yieldToPage } from '../yield-to-page';
import { accountId } from './accounts';
import { teamBasis } from './basis';
import { contactNamesOnDeals } from './contact-name';
import {
  type DealInput,
  type DealRows,
  dealOrder,
  dealRows,
  dealsInScope,
  FIRST_SCREEN_DEALS,
  readDealSlice,
} from './deal-figures';
import { dealsAsPrinted } from './deals-as-printed';
import type { TeamFilters } from './filters';
import { followUpsInSlices } from './follow-ups';
import { funnel } from './funnel';
import { keptRows } from './kept-rows';
import { ownerChoices, withDealOwners } from './owner-lists';
import { dropNobodysContacts } from './ownerless-only-contacts';
import { readOwnerlessPacks } from './ownerless-touches';
import { rowsWindow, teamPeriods } from './periods';
import { datedWithin, readAccounts, readLogged, readOwnerLists, withoutOwner } from './read-lists';
import { readContacts, readDeals, readSummaries } from './read-records';
import { readRepPacks, repFigures } from './rep-figures';
import { stageOrders } from './stage-orders';
import { dealsByContact } from './team-touches';
import type { Progress, TeamView } from './team-view';
import { addTouchesBeforeWindow } from './touches-before-window';
import { comparableCount, typicalTimes } from './typical-times';
import { contactsWithUndatedReplies } from './undated-replies';
import { contactsWithUndatedTouches } from './undated-touches';
import { unnamedYouTouches } from './unnamed-you';
import { unownedLoggedTouches } from './unowned-logged';
import { weeksHeld } from './weekly-totals';

/**
 * The team view over the whole cache for one set of filters. Every read goes through an index
 * (tenant, owner/time, deal, contact); the computing runs in slices that give the main thread
 * back, and `progress` says which step is running. The deals' rows are put in order from their
 * stages first; when there are more than a screen of them, `onFirstScreen` gets the view with every
 * figure and the first screen of deal rows, and the promise the view with all of them.
 */
export async function loadTeamView(input: {
  db: TouchlineDb;
  filters: TeamFilters;
  settings: Settings;
  now: Date;
  progress?: Progress;
  onFirstScreen?: (view: TeamView) => void;
}): Promise<TeamView> {
  const { db, filters, now } = input;
  const settings: Settings = { ...input.settings, motion: filters.motion };
  const progress = input.progress ?? (() => undefined);
  const invalid: InvalidRow[] = [];
  const periods = teamPeriods(filters.period, now, settings.timeZone);
  const pageTimeZone = browserTimeZone();
  // Retention applies on read (decisions.md): every list of activities read goes through it.
  const keep = keptRows(db, now, settings.retentionDays);

  progress('Reading accounts and owners');
  // Read before anything else: each is a chain of index seeks, one after another, which waits
  // behind every large read asked for before it, and the reps' packs can only be asked for once
  // the owners are known.
  const [allAccounts, ownerLists] = await Promise.all([readAccounts(db), readOwnerLists(db)]);
  const allOwners = ownerLists.all;
  const accounts = filters.account ? allAccounts.filter((a) => accountId(a) === filters.account) : allAccounts;

  progress('Reading deals');
  // Every read is asked for at once, in the order they are first needed: the database reads them
  // side by side while the page parses what came first. The deals come first (the reps' touches
  // are linked through them), then every rep's packs, and the contacts last (first needed after
  // the reps' figures).
  const dealsRead = readDeals(db, accounts, invalid);
  dealsRead.catch(() => undefined);
  const summariesRead = readSummaries(db, accounts);
  summariesRead.catch(() => undefined);
  const packReads = allOwners.map((owner) => readRepPacks(db, owner, periods));
  const ownerlessRead = readOwnerlessPacks(db, periods);
  const undatedRead = contactsWithUndatedReplies({ db, account: filters.account, settings, now, pageTimeZone, keep });
  undatedRead.catch(() => undefined);
  const loggedRead = readLogged(db);
  loggedRead.catch(() => undefined);
  const contactsRead = readContacts(db, accounts, invalid);
  contactsRead.catch(() => undefined);
  const deals = await dealsAsPrinted(await dealsRead, settings.timeZone, pageTimeZone);
  const open = dealsInScope(deals, filters);
  const typical = typicalTimes(deals, settings, await summariesRead);
  // The deals' order depends on their stages alone: worked out in slices while the database reads the reps' rows.
  const orderRead = dealOrder({ open, typical, settings, now });
  orderRead.catch(() => undefined);
  const links = dealsByContact(deals);
  const reps = await repFigures({
    db,
    owners: allOwners,
    shown: (owner) => filters.owner === undefined || owner === filters.owner,
    account: filters.account,
    links,
    settings,
    motion: filters.motion,
    periods,
    now,
    invalid,
    progress,
    pageTimeZone,
    keep,
    undatedReplies: await undatedRead,
    packReads,
    ownerlessRead,
    logged: await loggedRead,
  });

  const contacts = new Map((await contactsRead).map((c) => [c.key, c]));
  const dealInput: DealInput = {
    db,
    open,
    typical,
    stageOrders: stageOrders(deals),
    contacts,
    settings,
    period: periods.current,
    now,
    invalid,
    progress,
    pageTimeZone,
    keep,
  };

  // Only the first screen's deal activities are read before the page shows, asked for now so the
  // database reads them while the follow-ups are computed.
  const ordered = await orderRead;
  const firstDeals = ordered.slice(0, FIRST_SCREEN_DEALS);
  const firstDealsRead = firstDeals.length === 0 ? undefined : readDealSlice(dealInput, firstDeals);

  progress('Finding contacts gone cold');
  const byContact = reps.byContact;
  const unowned = withoutOwner(await loggedRead, filters.account);
  // A contact whose recent touch was logged without a name is read whole.
  const recentUnowned = datedWithin(unowned, periods.read.start, periods.rowsUntil);
  await addTouchesBeforeWindow({
    db,
    byContact,
    leftOut: reps.leftOutByContact,
    alsoRead: [...recentUnowned.flatMap((t) => t.contactKeys), ...reps.onlyOwnerless],
    settings,
    window: rowsWindow(periods),
    now,
    pageTimeZone,
    keep,
  });
  dropNobodysContacts(byContact, reps.leftOutByContact, contacts, reps.onlyOwnerless);
  // A touch of unknown date may be newer than a contact's last dated one: said, as on its panel.
  const undated = await contactsWithUndatedTouches({ db, contacts: byContact, settings, now, pageTimeZone, keep });
  const cold = await followUpsInSlices({
    touchesByContact: byContact,
    leftOut: reps.leftOutByContact,
    contacts,
    namedOnDeals: contactNamesOnDeals(deals),
    settings,
    now,
    pageTimeZone,
    undated,
  });

  const first = await dealRows(dealInput, firstDeals, 0, firstDealsRead);
  const pending = ordered.slice(FIRST_SCREEN_DEALS);
  // The funnel goes over every deal: in a task of its own, and the page's first render in another.
  await yieldToPage();
  const owners = withDealOwners(ownerLists, deals);
  const choices = {
    accounts: allAccounts,
    owners: ownerChoices(owners, filters.account),
    // The deals read are the chosen account's (or every account's).
    pipelines: [...new Set(deals.map((d) => d.pipeline ?? ''))].sort(),
    ownerLists: owners,
  };
  const stages = funnel(deals, filters.pipeline, (d) => filters.owner === undefined || d.owner === filters.owner);
  const followUps = cold.filter((f) => filters.owner === undefined || f.owner === filters.owner);
  await yieldToPage();
  const unownedLogged = await unownedLoggedTouches(db, unowned, {
    links,
    rules: { now, timeZone: settings.timeZone, countCompletedTasks: settings.countCompletedTasks, pageTimeZone },
    period: periods.current,
  });
  const unnamedYou = await unnamedYouTouches(db, touchesIn(reps.onNoRow, periods.current), unowned);
  const kept = keptWithin(periods.read.start, settings, now);
  const weekly = kept
    ? reps.weekly.map((rep) => ({ ...rep, weeks: weeksHeld(rep.weeks, new Date(kept.from), settings.timeZone) }))
    : reps.weekly;
  const view = (shown: DealRows, pending: number): TeamView => ({
    filters,
    periods,
    choices,
    band: settings.bands[filters.motion],
    team: reps.team,
    reps: reps.reps,
    perRep: reps.perRep,
    movement: reps.movement,
    deals: shown.rows,
    dealsPending: pending,
    dealCounts: { open: open.length, all: comparableCount(deals, open) },
    followUps,
    weekly,
    funnel: stages,
    basis: reps.basis,
    // Copies of one touch are one activity, as in the reps' basis (docs/team-view.md).
    dealBasis: teamBasis({
      touches: shown.touches,
      merged: shown.touches,
      rows: shown.activities,
      shownRows: shown.activities,
    }),
    invalidRows: invalid.length,
    unownedLogged,
    unnamedYou,
    ...(kept ? { keptFrom: kept } : {}),
  });
  if (pending.length === 0) return view(first, 0);
  input.onFirstScreen?.(view(first, pending.length));
  const rest = await dealRows(dealInput, pending, first.rows.length);
  // New arrays: the first screen's view is on the page and must not change under it.
  return view(
    {
      rows: first.rows.concat(rest.rows),
      activities: first.activities.concat(rest.activities),
      touches: first.touches.concat(rest.touches),
    },
    0,
  );
}
