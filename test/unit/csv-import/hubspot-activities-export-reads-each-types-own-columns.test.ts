import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { perTypeShown } from '../../../components/team/import/per-type-shown';
import { retargetMapping, toSaved } from '../../../lib/csv-import/mapping';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { runImport } from '../../../lib/csv-import/run-import';
import { view } from '../team/from-files/harness';
import { CLOCK, dump, freshDb, importText } from './import-fixture';

/**
 * docs/team-view.md (export table, HubSpot): "CRM → Activities … → Export", columns "Call / Email
 * direction, Call / Meeting outcome". An Activities export holds calls, emails and meetings in one
 * file, so it has one column per type's property: "Call direction" and "Email direction", "Call
 * outcome" and "Meeting outcome", each filled only on rows of its type. Written by hand; clock
 * 2026-11-20 15:00Z, times Berlin wall times (the import's zone).
 *
 * By hand (metrics.md): the call (connected), the sent email, the incoming reply and the completed
 * meeting are touches; the canceled Kickoff is not held, so no touch, and contact 12 received
 * nothing: 4 touches (1 inbound) on 1 active contact; reply rate 1 of 1.
 */
const TENANT = '4410982';
const EXPORT = [
  'Record ID,Activity type,Activity date,Activity assigned to,Call title,Email subject,Meeting name,Call direction,Email direction,Call outcome,Meeting outcome,Associated Contact,Associated Contact IDs',
  '81001,Call,2026-11-16 10:00,Kim Ray,Intro call,,,Outbound,,Connected,,Lina Park,11',
  '81002,Email,2026-11-17 10:00,Kim Ray,,Proposal,,,Email,,,Lina Park,11',
  '81003,Email,2026-11-18 09:00,Kim Ray,,Re: Proposal,,,Incoming email,,,Lina Park,11',
  '81004,Meeting,2026-11-19 10:00,Kim Ray,,,Kickoff,,,,Canceled,Omar Diaz,12',
  '81005,Meeting,2026-11-19 14:00,Kim Ray,,,Review,,,,Completed,Lina Park,11',
].join('\r\n');

describe('a HubSpot Activities export with a column per type', () => {
  it('stores the reply as inbound and the canceled meeting as canceled', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', TENANT, EXPORT);
    const rows = await dump(db);
    expect(rows.find((a) => a.sourceId === '81003')).toMatchObject({ type: 'email', direction: 'inbound' });
    expect(rows.find((a) => a.sourceId === '81004')).toMatchObject({ type: 'meeting', outcome: 'cancelled' });
    expect(rows.find((a) => a.sourceId === '81004')?.title).toBe('Kickoff');
  });

  it("the rep's row counts the held meeting only, the reply as a reply, one active contact", async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', TENANT, EXPORT);
    const kim = (await view(db)).reps.find((r) => r.rep === 'Kim Ray');
    expect(kim?.counts).toMatchObject({ total: 4, inbound: 1, byChannel: { call: 1, email: 2, meeting: 1 } });
    expect(kim?.perContact).toMatchObject({ activeContacts: 1, value: 4 });
    expect(kim?.replyRate).toMatchObject({ numerator: 1, denominator: 1 });
  });
});

/**
 * The same export from a German portal (lib/csv-import/words/hubspot.ts `de`: "Anrufrichtung" /
 * "E-Mail-Richtung", "Anrufergebnis" / "Meeting-Ergebnis", "Anruftitel" / "E-Mail-Betreff" /
 * "Meeting-Name"); every language's table names its per-type columns (typedHeaders).
 */
const GERMAN = [
  'Datensatz-ID,Aktivitätstyp,Aktivitätsdatum,Aktivität zugewiesen zu,Anruftitel,E-Mail-Betreff,Meeting-Name,Anrufrichtung,E-Mail-Richtung,Anrufergebnis,Meeting-Ergebnis,Zugeordnete Kontakt-IDs',
  '81003,E-Mail,18.11.2026 09:00,Kim Ray,,Re: Angebot,,,Eingehende E-Mail,,,11',
  '81004,Meeting,19.11.2026 10:00,Kim Ray,,,Kickoff,,,,Abgesagt,12',
].join('\r\n');

describe('a German HubSpot Activities export with a column per type', () => {
  it('reads the email direction, the meeting outcome and the titles from their own columns', async () => {
    const db = await freshDb();
    await importText(db, 'hubspot', TENANT, GERMAN);
    const rows = await dump(db);
    expect(rows.find((a) => a.sourceId === '81003')).toMatchObject({ direction: 'inbound', title: 'Re: Angebot' });
    expect(rows.find((a) => a.sourceId === '81004')).toMatchObject({ outcome: 'cancelled', title: 'Kickoff' });
  });
});

describe('the mapping of an export with a column per type', () => {
  beforeEach(() => fakeBrowser.reset());
  const rows = async () => previewCsv(EXPORT, 21);

  it("shows each type's column as read for its field, where the chosen column is empty", async () => {
    const [header = [], ...samples] = await rows();
    const { mapping } = prepareMapping('hubspot', [header, ...samples]);
    const shown = perTypeShown(mapping, header);
    expect(shown.targets[header.indexOf('Email direction')]).toBe('direction');
    expect(shown.notes[header.indexOf('Email direction')]).toBe('Where “Call direction” is empty (email rows)');
    expect(shown.targets[header.indexOf('Meeting outcome')]).toBe('outcome');
    expect(mapping.targets[header.indexOf('Call direction')]).toBe('direction');
  });

  it('still reads them under a mapping remembered before they were read (its columns "Not imported")', async () => {
    const preview = await rows();
    const fresh = prepareMapping('hubspot', preview);
    const { perType: _new, ...before } = toSaved(fresh.foldedHeaders, fresh.mapping);
    const { mapping } = prepareMapping('hubspot', preview, before);
    const db = await freshDb();
    await runImport({ db, crm: 'hubspot', tenant: TENANT, input: EXPORT, mapping, clock: CLOCK });
    expect((await dump(db)).find((a) => a.sourceId === '81003')?.direction).toBe('inbound');
  });

  it('reads nothing from a column set to "Not imported", and remembers that', async () => {
    const preview = await rows();
    const [header = []] = preview;
    const first = prepareMapping('hubspot', preview);
    const edited = retargetMapping(first.mapping, header.indexOf('Email direction'), 'ignore');
    expect(perTypeShown(edited, header).targets[header.indexOf('Email direction')]).toBe('ignore');
    const again = prepareMapping('hubspot', preview, toSaved(first.foldedHeaders, edited)).mapping;
    const db = await freshDb();
    await runImport({ db, crm: 'hubspot', tenant: TENANT, input: EXPORT, mapping: again, clock: CLOCK });
    const rowsStored = await dump(db);
    // HubSpot pages take an email as sent unless it says it came in (export-direction.ts).
    expect(rowsStored.find((a) => a.sourceId === '81003')?.direction).toBe('outbound');
    expect(rowsStored.find((a) => a.sourceId === '81004')?.outcome).toBe('cancelled');
  });

  it("the chosen column's value wins where a row has both", async () => {
    const db = await freshDb();
    const both = [
      'Record ID,Activity type,Activity date,Call title,Email subject,Associated Contact IDs',
      '81009,Email,2026-11-17 10:00,Typed into the call title,Proposal,11',
    ].join('\r\n');
    await importText(db, 'hubspot', TENANT, both);
    expect((await dump(db))[0]?.title).toBe('Typed into the call title');
  });
});
