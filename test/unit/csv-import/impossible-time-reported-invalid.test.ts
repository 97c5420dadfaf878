import { describe, expect, it } from 'vitest';
import { freshDb, importText } from './import-fixture';

describe('an export row whose time of day is not a time', () => {
  it('is reported invalid, not stored at another hour (team-view.md: data-invalid counts "a date that is not one")', async () => {
    const db = await freshDb();
    const report = await importText(
      db,
      'hubspot',
      '123',
      [
        'Record ID,Call title,Activity date,Activity assigned to,Call direction,Associated Contact IDs',
        '90001,Discovery call,2026-11-18 25:00,Dana Reyes,Outbound,501',
        '90002,Follow-up,2026-11-18 14:75,Dana Reyes,Outbound,501',
      ].join('\n'),
    );
    expect(report).toMatchObject({ added: 0, invalid: 2 });
  });
});
