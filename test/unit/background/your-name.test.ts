import { describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
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
    for (const row of yours) expect(row.owner).toBe('Sam Quill');
    const named = rows.filter((r) => r.origin === 'page' && !r.byViewer);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((r) => r.owner !== 'Sam Quill')).toBe(true);
  });

  it('leaves them without an owner while the setting is blank or names another CRM', async () => {
    const { rows, logged } = await savedWith({ salesforce: 'Sam Quill', hubspot: '   ' });

    expect(logged?.owner).toBeUndefined();
    expect(rows.filter((r) => r.byViewer).every((r) => r.owner === undefined)).toBe(true);
  });
});
