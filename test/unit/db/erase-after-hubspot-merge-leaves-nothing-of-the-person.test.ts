/**
 * data56 review. Erasing a contact after a HubSpot merge folded another record into it.
 *
 * Nov 12 the rep reads Lina Okafor at record 0-1/5120, logs a call in Touchline by mistake and
 * undoes it (Touchline keeps an undo mark: the touch's key, which holds 5120's record key, and the
 * time). 5120 is then merged into 4471 (same address, same person); Nov 20 the rep opens 4471 and
 * Touchline folds 5120 into it. The rep then erases this record from the panel.
 * README (undo marks, database version 7): the mark is "exported in backups and erased with its
 * record or …". PRIVACY.md: the user can erase one record. 5120 is the same person, now part of
 * 4471: after the erase nothing stored names either id; in particular no undo mark of 5120 is left to
 * travel in every later backup.
 */
import { expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { importBackup } from '../../../lib/backup/import-backup';
import { eraseScope } from '../../../lib/db/erase';
import { undoLoggedTouch } from '../../../lib/db/logged-touch-changes';
import { logTouch } from '../../../lib/db/logged-touches';
import { saveReading } from '../../../lib/db/save-reading';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactPage, previewItem } from '../adapters/hubspot/contact-page';
import { readHtml } from '../page-to-panel/open-hand-written-page';
import { freshDb } from '../team/from-files/harness';

const ZONE = 'Europe/Berlin';
const NOW = new Date('2026-11-20T15:00:00Z');
const MERGED_AWAY = 'https://app.hubspot.com/contacts/7730012/record/0-1/5120';
const SURVIVOR = 'https://app.hubspot.com/contacts/7730012/record/0-1/4471';
const sidebar = `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>lina.okafor@contoso.example</div></div><div><span data-selenium-test="property-label">Contact owner</span><div>Priya Nair</div></div></div>`;
const call = previewItem({
  icon: 'Call',
  header: 'Call - Connected made by Priya Nair',
  date: 'Nov 12, 2026 at 4:40 PM',
  body: '<div>Trial scope</div>',
});

function read(url: string, at: Date) {
  const reading = readHtml(contactPage({ name: 'Lina Okafor', sidebar, feed: call }), url, at, ZONE);
  if (reading.status !== 'read') throw new Error(reading.status);
  return reading;
}

it('erasing the surviving record leaves no undo mark of the record folded into it', async () => {
  const db = await freshDb();
  const nov12 = new Date('2026-11-12T16:00:00Z');
  await saveReading(db, read(MERGED_AWAY, nov12), nov12, ZONE, ZONE);
  const mistake = await logTouch(
    db,
    { recordKey: 'hubspot:7730012:contact:5120', channel: 'call', timestamp: '2026-11-12T16:25:00.000Z' },
    new Date('2026-11-12T16:30:00Z'),
  );
  await undoLoggedTouch(db, mistake.key, ZONE, ZONE, new Date('2026-11-12T16:31:00Z'));
  expect(await db.getAll('undoneTouches')).toHaveLength(1);
  await saveReading(db, read(SURVIVOR, NOW), NOW, ZONE, ZONE);

  await eraseScope(db, { kind: 'record', recordKey: 'hubspot:7730012:contact:4471' });

  const left = {
    contacts: (await db.getAll('contacts')).map((c) => c.key),
    activities: (await db.getAll('activities')).map((a) => a.key),
    undoneTouches: (await db.getAll('undoneTouches')).map((m) => m.key),
  };
  expect(left).toEqual({ contacts: [], activities: [], undoneTouches: [] });
});

/*
 * Why the fold keeps the mark's key (folded-undo-marks.ts): the mark is found by the undone touch's
 * key, which never changes. The laptop's backup of Nov 12, 4:27 PM holds the mistaken call (logged
 * 4:26 PM, undone 4:31 PM). Imported after the fold, it must not bring the call back: 1 call, the
 * CRM's, on 4471; and erasing 4471 afterwards still leaves nothing.
 */
it('a backup from before the undo, imported after the fold, does not bring the undone call back', async () => {
  const db = await freshDb();
  const nov12 = new Date('2026-11-12T16:00:00Z');
  await saveReading(db, read(MERGED_AWAY, nov12), nov12, ZONE, ZONE);
  const mistake = await logTouch(
    db,
    { recordKey: 'hubspot:7730012:contact:5120', channel: 'call', timestamp: '2026-11-12T16:25:00.000Z' },
    new Date('2026-11-12T16:26:00Z'),
  );
  const { blob } = await exportBackup(db, defaultSettings(ZONE), new Date('2026-11-12T16:27:00Z'));
  await undoLoggedTouch(db, mistake.key, ZONE, ZONE, new Date('2026-11-12T16:31:00Z'));
  await saveReading(db, read(SURVIVOR, NOW), NOW, ZONE, ZONE);

  await importBackup(db, blob, { now: NOW, retentionDays: 400, timeZone: ZONE, pageTimeZone: ZONE });
  const calls = (await db.getAll('activities')).map((a) => ({ origin: a.origin, contactKeys: a.contactKeys }));
  await eraseScope(db, { kind: 'record', recordKey: 'hubspot:7730012:contact:4471' });

  expect({ calls, marksLeft: await db.getAll('undoneTouches') }).toEqual({
    calls: [{ origin: 'page', contactKeys: ['hubspot:7730012:contact:4471'] }],
    marksLeft: [],
  });
});
