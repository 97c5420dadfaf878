import { describe, expect, it } from 'vitest';
import { fileText } from '../../../lib/csv-import/file-text';
import { previewWithEncoding } from '../../../lib/csv-import/parse-csv';

// A report of over 2 MB (more than the preview decodes): "José Núñez" in UTF-8 on its first row,
// plain ASCII rows after, and past the first 2 MB rows pasted from a Windows-1252 tool, their
// curly apostrophes and dashes single bytes no UTF-8 letter holds. Whichever way the file is
// read, the preview the user checks must show the rows as they will be imported.
const utf8 = (s: string) => new Uint8Array(new TextEncoder().encode(s));

function report(pastedRows: number): Blob {
  const head = utf8('Subject,Assigned,Date\r\nCall with Jordan Lee,José Núñez,11/16/2026\r\n');
  const filler = utf8('Email: Route pricing follow-up,Alex Morgan,11/17/2026\r\n');
  const fillers = Math.ceil((2.2 * 1024 * 1024) / filler.length);
  const pasted = new Uint8Array([
    ...utf8('Follow up'),
    0x92,
    ...utf8('s '),
    0x96,
    ...utf8(' Q4,Alex Morgan,11/18/2026\r\n'),
  ]);
  return new Blob([
    head,
    ...Array.from({ length: fillers }, () => filler),
    ...Array.from({ length: pastedRows }, () => pasted),
  ]);
}

async function previewAndImport(file: Blob) {
  const preview = await previewWithEncoding(file, 3);
  const { text } = await fileText(file, preview.encoding);
  return { shown: preview.rows[1]?.[1], encoding: preview.encoding, imported: text.split('\r\n')[1]?.split(',')[1] };
}

describe('the encoding the preview reads a file in is the one it is imported in', () => {
  it('UTF-8, its three letters outnumbering two stray bytes: "José Núñez" shown and imported', async () => {
    expect(await previewAndImport(report(1))).toEqual({
      shown: 'José Núñez',
      encoding: 'utf-8',
      imported: 'José Núñez',
    });
  });

  it('Windows-1252, its stray bytes past the preview outnumbering its letters: shown as it is imported', async () => {
    const { shown, encoding, imported } = await previewAndImport(report(3));
    expect(encoding).toBe('windows-1252');
    expect(shown).toBe(imported);
  });
});
