import { describe, expect, it } from 'vitest';
import { previewWithEncoding } from '../../../lib/csv-import/parse-csv';

/** "Betreff;Fälligkeitsdatum\nAnruf;18.11.2026" as Windows-1252 bytes (ä = 0xE4), as Excel saves it. */
function windows1252File(): File {
  const text = 'Betreff;F\u00e4lligkeitsdatum\nAnruf;18.11.2026\n';
  const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  return new File([bytes], 'bericht.csv', { type: 'text/csv' });
}

describe('previewWithEncoding', () => {
  it('reads a Windows-1252 export whose umlauts are not UTF-8, and says so for the import', async () => {
    const { rows, encoding } = await previewWithEncoding(windows1252File(), 5);
    expect(encoding).toBe('windows-1252');
    expect(rows[0]).toEqual(['Betreff', 'Fälligkeitsdatum']);
  });

  it('reads a UTF-8 export as UTF-8, and says so for the import', async () => {
    const file = new File(['Betreff;Fälligkeitsdatum\nAnruf;18.11.2026\n'], 'bericht.csv');
    const { rows, encoding } = await previewWithEncoding(file, 5);
    expect(encoding).toBe('utf-8');
    expect(rows[0]).toEqual(['Betreff', 'Fälligkeitsdatum']);
  });
});
