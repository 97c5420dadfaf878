/**
 * A call the user logged on a deal page with its contact picked, then shown by a deal's CRM
 * timeline naming no contact (contracts.md: "Deal timelines rarely say which contact a touch was
 * with"). The logged call merges into that page copy (metrics.md "Logged in Touchline": "logged on
 * a deal, any of its contacts or the deal itself"); the page copy is the one counted.
 *
 * Alex Morgan (the user's name in HubSpot) emailed Jordan (contact 501) `emailDaysAgo` days ago
 * (Jordan's page names Alex). Deal 7001 (stage Demo, Jordan its only contact) was read 4 hours ago.
 * 3 hours ago the user logged a connected call on deal 7001 with Jordan; 1 hour ago the deal's page
 * (or, with `shownOn`, another deal of Jordan's) showed the call (owner Alex, naming no contact).
 * With `nameSet: false` the user had not set their name in HubSpot when logging it: the logged
 * call has no owner while the page copy it merged into names Alex.
 */
import { recordView } from '../../../lib/background/record-view';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { ActivityReading } from '../../../lib/schema/activity';
import { contactReadSchema } from '../../../lib/schema/read-result';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import { loadTeamView } from '../../../lib/team/load-team-view';
import { dealKeyOf, dealPage, dealView, db as freshDb, LA, NOW, save, TENANT } from '../deal-panel/deal-harness';

export const ALEX = 'Alex Morgan';
export const JORDAN = `hubspot:${TENANT}:contact:501`;
export const DEAL = dealKeyOf('7001');
const HOUR = 3_600_000;
const DAY = 86_400_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

export const userSettings = (nameSet = true): Settings => ({
  ...defaultSettings(LA),
  yourNames: nameSet ? { hubspot: ALEX } : {},
});

export async function loggedCallOnDeal(
  emailDaysAgo: number,
  options: { nameSet?: boolean; shownOn?: string } = {},
): Promise<TouchlineDb> {
  const db = await freshDb();
  const intro = {
    type: 'email',
    channel: 'email',
    direction: 'outbound',
    timestamp: ago(emailDaysAgo * DAY),
    timePrecision: 'minute',
    title: 'Intro',
    automated: false,
    owner: ALEX,
  } as ActivityReading;
  const contactPage = contactReadSchema.parse({
    crm: 'hubspot',
    tenant: TENANT,
    recordId: '501',
    kind: 'contact',
    status: 'read',
    record: { name: 'Jordan Lee', owner: ALEX },
    activities: [intro],
    crmFigures: {},
    notRead: [],
  });
  await saveReading(db, contactPage, new Date(ago(5 * HOUR)), LA);
  const history: [string, string][] = [['Demo', ago(3 * DAY)]];
  await save(db, dealPage({ id: '7001', stage: 'Demo', history, contacts: ['501'] }), ago(4 * HOUR));
  if (options.shownOn)
    await save(db, dealPage({ id: options.shownOn, stage: 'Demo', history, contacts: ['501'] }), ago(4 * HOUR));
  await logTouch(
    db,
    { recordKey: DEAL, channel: 'call', contactKey: JORDAN, timestamp: ago(3 * HOUR), outcome: 'connected' } as never,
    new Date(NOW.getTime() - 3 * HOUR + 30_000),
    userSettings(options.nameSet ?? true),
  );
  const call = {
    type: 'call',
    channel: 'call',
    direction: 'outbound',
    timestamp: ago(3 * HOUR),
    timePrecision: 'minute',
    title: 'Call',
    automated: false,
    owner: ALEX,
  } as ActivityReading;
  const shownOn = options.shownOn ?? '7001';
  await save(db, dealPage({ id: shownOn, stage: 'Demo', history, contacts: ['501'], activities: [call] }), ago(HOUR));
  return db;
}

export function teamView(db: TouchlineDb, nameSet = true) {
  return loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market' },
    settings: userSettings(nameSet),
    now: NOW,
  });
}

export function dealPanel(db: TouchlineDb, key = DEAL) {
  return dealView(db, key, NOW, { yourNames: { hubspot: ALEX } });
}

export async function contactPanel(db: TouchlineDb) {
  const view = await recordView(db, JORDAN, { settings: userSettings(), now: NOW, onInvalid: () => undefined });
  if (view?.kind !== 'contact') throw new Error('no contact view');
  return view;
}
