import { describe, expect, it } from 'vitest';
import { settledMapping } from '../../../components/team/import/import-steps';
import { type SavedMapping, toSaved } from '../../../lib/csv-import/mapping';
import { previewCsv } from '../../../lib/csv-import/parse-csv';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import { runImport } from '../../../lib/csv-import/run-import';
import type { TouchlineDb } from '../../../lib/db/schema';
import { view } from '../team/from-files/harness';
import { CLOCK, dump, freshDb } from './import-fixture';

/**
 * Review s60 (csvlang). One Salesforce org, two report exporters. Salesforce prints dates in each user's own locale
 * (crm-pages.md: "Dates appear in the user's locale"; crm-evidence-2.md: "an ambiguous date (03/04)
 * is kept as text and reported, never guessed"; issue 14: "Dates and numbers in the file's locale").
 *
 * 1. The manager (US English) imports her report: "11/19/2026" shows it is month first, and the
 *    team page remembers that order for the account (toSaved, as use-csv-import.ts saves it).
 * 2. Camille (French user of the same org) exports her own Tasks and Events report: French labels,
 *    ";" as French Excel saves it, dates "05/11/2026" and "10/11/2026" (5 and 10 November: French
 *    prints the day first). It also lists Dana's call to Riley of 5 November, already imported in
 *    step 1 as "11/05/2026".
 *
 * By hand (clock Fri 2026-11-20 15:00Z, Berlin, last 30 days = from 21 Oct 15:00Z): Camille made
 * 2 calls in the period, both outbound and done; Dana's call to Riley is the same activity as
 * step 1's (same contact, channel, direction, title, day: metrics.md duplicate rule 3), so the
 * French file adds Camille's 2 calls and nothing for Dana, who keeps 2 calls.
 * It was read in the US order remembered from step 1 (11 May, 5 Oct): Camille's calls fell out of
 * the period and Dana's call to Riley was stored a second time, in May.
 */
const TENANT = 'acme.lightning.force.com';
const US = [
  'Subject,Assigned,Date,Status,Task Subtype,Call Type,Call Result,Contact,Contact ID',
  'Call,Dana Reyes,11/19/2026,Completed,Call,Outbound,Connected,Jordan Lee,0035g00000AbCdE',
  'Call,Dana Reyes,11/05/2026,Completed,Call,Outbound,No Answer,Riley Chen,0035g00000FgHiJ',
].join('\r\n');
const FRENCH =
  '\uFEFF' +
  [
    "Objet;Attribué;Date;Statut;Sous-type de tâche;Type d'appel;Résultat de l'appel;Contact;ID du contact",
    'Appel découverte;Camille Martin;05/11/2026;Terminé;Appel;Sortant;Connecté;Léa Dubois;0035g00000KlMnO',
    'Call;Dana Reyes;05/11/2026;Terminé;Appel;Sortant;No Answer;Riley Chen;0035g00000FgHiJ',
    'Relance;Camille Martin;10/11/2026;Terminé;Appel;Sortant;Pas de réponse;Léa Dubois;0035g00000KlMnO',
  ].join('\r\n');

/** What the team page does with a dropped file: preview, detect with the account's remembered mapping, scan, import. */
async function drop(db: TouchlineDb, text: string, saved?: SavedMapping) {
  const prepared = prepareMapping('salesforce', await previewCsv(text, 21), saved);
  const mapping = await settledMapping(
    prepared,
    prepared.dateOrder,
    { input: text },
    new AbortController().signal,
    () => {},
  );
  if (!mapping) throw new Error(`the form asks for the date order (${prepared.dateOrder})`);
  const report = await runImport({ db, crm: 'salesforce', tenant: TENANT, input: text, mapping, clock: CLOCK });
  return { report, saved: toSaved(prepared.foldedHeaders, mapping) };
}

describe('a French Salesforce report imported after a US one of the same org', () => {
  it("reads its dates day first: Camille's 2 calls are in the last 30 days, Dana's call is not doubled", async () => {
    const db = await freshDb();
    const first = await drop(db, US);
    expect(first.report).toMatchObject({ added: 2, invalid: 0 });

    const second = await drop(db, FRENCH, first.saved);
    const team = await view(db);
    const camille = team.reps.find((r) => r.rep === 'Camille Martin');
    expect(camille?.counts.byChannel.call ?? 0).toBe(2);
    expect(second.report).toMatchObject({ added: 2, existing: 1, invalid: 0 });
    expect((await dump(db)).map((a) => a.timestamp.slice(0, 10)).sort()).toEqual([
      '2026-11-04', // 5 Nov, Berlin midnight (Dana → Riley, once)
      '2026-11-04', // 5 Nov (Camille → Léa)
      '2026-11-09', // 10 Nov (Camille → Léa)
      '2026-11-18', // 19 Nov (Dana → Jordan)
    ]);
  });

  it('control: the same French report into an account with no earlier import is read day first', async () => {
    const db = await freshDb();
    await drop(db, FRENCH);
    const camille = (await view(db)).reps.find((r) => r.rep === 'Camille Martin');
    expect(camille?.counts.byChannel.call ?? 0).toBe(2);
  });
});
