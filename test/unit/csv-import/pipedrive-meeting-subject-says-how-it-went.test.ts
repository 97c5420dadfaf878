import { describe, expect, it } from 'vitest';
import { dump, freshDb, importText } from './import-fixture';

/**
 * Pipedrive has no meeting outcome field: the rep ticks the meeting done and says in its subject
 * what happened. An activities export's meeting is read as the person page reads the same item
 * (lib/adapters/pipedrive/outcomes.ts meetingOutcome), so a report alone counts what the page
 * would (metrics.md: a meeting is a touch once held, "no cancelled, no-show or rescheduled outcome"):
 * "Demo (no show)" is a no-show, "Kickoff – cancelled" cancelled, "Demo – rescheduled" moved, in
 * the export's language ("Démo – annulée"); one ticked done saying nothing else was held.
 */
const TENANT = 'acme';

async function outcomes(header: string, rows: string[]) {
  const db = await freshDb();
  await importText(db, 'pipedrive', TENANT, [header, ...rows].join('\n'));
  return new Map((await dump(db)).map((a) => [a.title, a.outcome]));
}

describe('a Pipedrive export meeting ticked done', () => {
  const header = 'Activity - ID,Activity - Subject,Activity - Type,Activity - Due date,Activity - Done,Person - ID';
  const meeting = (id: string, subject: string) => `${id},${subject},Meeting,2026-11-18,Done,4401`;

  it('is missed, cancelled or moved where its subject says so, else held', async () => {
    const read = await outcomes(header, [
      meeting('9101', 'Demo (no show)'),
      meeting('9102', 'Kickoff – cancelled'),
      meeting('9103', 'Product demo – rescheduled'),
      meeting('9104', 'Weekly sync'),
    ]);
    expect(read).toEqual(
      new Map([
        ['Demo (no show)', 'no-show'],
        ['Kickoff – cancelled', 'cancelled'],
        ['Product demo – rescheduled', 'rescheduled'],
        ['Weekly sync', 'held'],
      ]),
    );
  });

  it("reads a French export's subject in French", async () => {
    const french =
      "Activité - ID,Activité - Sujet,Activité - Type,Activité - Date d'échéance,Activité - Effectué,Personne - ID";
    const read = await outcomes(french, ['9201,Démo – annulée,Réunion,2026-11-18,Effectué,4401']);
    expect(read).toEqual(new Map([['Démo – annulée', 'cancelled']]));
  });
});
