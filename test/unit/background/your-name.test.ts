import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import { createService } from '../../../lib/background/service';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../fixtures/fixture-files';
import { loadPage } from '../capture/page-window';
import { contactKey, contactReading, freshDb, NOW, workedContact, ZONE } from '../db/world-readings';

const id = workedContact();

/** The contact's page as Salesforce words it for its viewer: every other item credited to "You". */
function readingWithYou() {
  const reading = contactReading(id);
  const activities = reading.activities.map((a, i) => {
    if (i % 2 === 1) return a;
    const { owner: _, ...you } = a;
    return { ...you, byViewer: true as const };
  });
  return { ...reading, activities };
}

async function savedWith(yourNames: Settings['yourNames']) {
  const db = freshDb();
  const s = createService({ db, now: () => NOW, settings: () => ({ ...defaultSettings(ZONE), yourNames }) });
  await s.readingSaved(readingWithYou());
  await s.logTouch({ recordKey: contactKey(id), channel: 'social' });
  const rows = await (await db).getAll('activities');
  return { rows, logged: rows.find((r) => r.origin === 'logged-in-touchline') };
}

describe('your name in this CRM', () => {
  it('owns the items a page credits to "You" and the touches you log', async () => {
    const { rows, logged } = await savedWith({ hubspot: '  Sam Quill ' });

    expect(logged?.owner).toBe('Sam Quill');
    const yours = rows.filter((r) => r.byViewer);
    expect(yours.length).toBeGreaterThan(0);
    for (const row of yours) expect([row.owner, row.ownerBySetting]).toEqual(['Sam Quill', true]);
    const named = rows.filter((r) => r.origin === 'page' && !r.byViewer);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((r) => r.owner !== 'Sam Quill')).toBe(true);
  });

  it('leaves them without an owner while the setting is blank or names another CRM', async () => {
    const { rows, logged } = await savedWith({ salesforce: 'Sam Quill', hubspot: '   ' });

    expect(logged?.owner).toBeUndefined();
    expect(rows.filter((r) => r.byViewer).every((r) => r.owner === undefined)).toBe(true);
  });

  it('owns the items a saved Salesforce page credits to "You", through the adapter, and keeps the named reps', async () => {
    const fixture = fixtureFiles().find((f) => f.crm === 'salesforce' && f.name === 'contact-mixed-timeline');
    const record = fixture && recordPageOf(new URL(fixture.url), ADAPTERS);
    if (!fixture || !record) throw new Error('no Salesforce contact fixture');
    const page = loadPage(fixture.html, fixture.url);
    const reading = readRecordPage(record, page.doc, new URL(fixture.url), {
      now: FIXTURE_NOW,
      timeZone: FIXTURE_ZONE,
    });
    page.close();
    const db = freshDb();
    const settings = { ...defaultSettings(FIXTURE_ZONE), yourNames: { salesforce: 'Sam Quill' } };
    await createService({ db, now: () => FIXTURE_NOW, settings: () => settings }).readingSaved(reading);

    const owners = (await (await db).getAll('activities')).map((r) => r.owner ?? 'none');
    // contact-mixed-timeline.expected.json: 12 items credited to "You", one each by Jamie Patel and
    // Casey Nguyen, three notes and events by Alex Morgan.
    expect(owners.filter((o) => o === 'Sam Quill')).toHaveLength(12);
    expect(owners.filter((o) => o !== 'Sam Quill').sort()).toEqual([
      'Alex Morgan',
      'Alex Morgan',
      'Alex Morgan',
      'Casey Nguyen',
      'Jamie Patel',
    ]);
  });
});
