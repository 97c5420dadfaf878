import { describe, expect, it } from 'vitest';
import { dealsOf, importDeals } from './deal-fixture';
import { freshDb } from './import-fixture';

/**
 * contracts.md: one data-rep row per rep, and the team page's owner filter keeps the deals whose
 * owner is the chosen rep. A deal export keeps the CRM user's name as typed ("Dana  Reyes", two
 * spaces) or decomposed (NFD); the pages show it collapsed and composed: by hand, "Dana Reyes" and
 * "José Núñez" as a page shows them.
 */
describe("a deal export's owner spelled otherwise than pages show it", () => {
  it('is stored as a page shows it: whitespace collapsed, composed accents', async () => {
    const db = await freshDb();
    const exported = [
      'Deal - ID,Deal - Title,Deal - Stage,Deal - Pipeline,Deal - Owner,Deal - Status',
      '301,Northwind upgrade,Proposal made,Pipeline, Dana  Reyes ,open',
      `302,Wayne seats,Proposal made,Pipeline,${'José Núñez'.normalize('NFD')},open`,
    ].join('\n');
    await importDeals(db, 'pipedrive', 'acme', exported);
    const owners = (await dealsOf(db)).map((d) => d.owner);
    expect(owners).toEqual(['Dana Reyes', 'José Núñez'.normalize('NFC')]);
  });
});
