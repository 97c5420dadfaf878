/** Bytes read and decoded at a time: a few milliseconds of decoding, the file read in between. */
const SLICE_BYTES = 1024 * 1024;

/** Byte-order marks and the encodings they announce (Excel's "Unicode text" and Salesforce's "Unicode" are UTF-16 LE). */
const BYTE_ORDER_MARKS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** What a file in no Unicode encoding is written in: Excel's and Salesforce's Western European export. */
const WINDOWS_1252 = 'windows-1252';

/**
 * A file's text, decoded here rather than by papaparse's FileReader: that reader decodes each
 * 64 KB slice on its own, so a letter whose bytes a slice boundary splits ("ü" in UTF-8) became
 * two replacement characters, and a UTF-16 file's slices after the first (no byte-order mark of
 * their own) were read as UTF-8. One streaming decoder carries a split letter over to the next
 * slice. A byte-order mark wins over `encoding` (as browsers decode); without either, the file is
 * UTF-8 when all of it decodes as UTF-8 or it holds UTF-8's multi-byte letters (a stray byte then
 * spoils one cell, not every "ü"), else Windows-1252 (a Western European export whose first rows
 * are plain ASCII, "José" only further down). `maxBytes` reads only the start (a split letter at
 * its end is left out).
 */
export async function fileText(
  file: Blob,
  encoding?: string,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<{ text: string; encoding: string }> {
  const head = new Uint8Array(await file.slice(0, 3).arrayBuffer());
  const marked = BYTE_ORDER_MARKS.find(([mark]) => mark.every((byte, i) => head[i] === byte))?.[1];
  const told = marked ?? encoding;
  if (told) return { text: await decode(file, new TextDecoder(told), maxBytes), encoding: told };
  try {
    return { text: await decode(file, new TextDecoder('utf-8', { fatal: true }), maxBytes), encoding: 'utf-8' };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const read = (await holdsUtf8Letters(file, maxBytes)) ? 'utf-8' : WINDOWS_1252;
    return { text: await decode(file, new TextDecoder(read), maxBytes), encoding: read };
  }
}

/**
 * Whether the bytes hold a well-formed UTF-8 letter of two to four bytes. Windows-1252 text
 * almost never does: it would take a letter such as "Ã" followed by one of the symbols
 * 0x80–0xBF ("€", "’", "©"), which is how UTF-8 misread as Windows-1252 looks, not how people write.
 */
async function holdsUtf8Letters(file: Blob, maxBytes: number): Promise<boolean> {
  const end = Math.min(file.size, maxBytes);
  // Slices overlap by three bytes, so a letter across their boundary is seen whole.
  for (let start = 0; start < end; start += SLICE_BYTES) {
    const bytes = new Uint8Array(await file.slice(start, Math.min(start + SLICE_BYTES + 3, end)).arrayBuffer());
    if (hasMultiByteLetter(bytes)) return true;
  }
  return false;
}

function hasMultiByteLetter(bytes: Uint8Array): boolean {
  const continues = (i: number) => (bytes[i] ?? 0) >= 0x80 && (bytes[i] ?? 0) <= 0xbf;
  for (let i = 0; i < bytes.length - 1; i++) {
    const length = utf8Length(bytes[i] ?? 0);
    let whole = length > 1;
    for (let k = 1; whole && k < length; k++) whole = continues(i + k);
    if (whole) return true;
  }
  return false;
}

/** How many bytes a UTF-8 letter starting with `lead` has; 1 for ASCII and for bytes no letter starts with. */
function utf8Length(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

async function decode(file: Blob, decoder: TextDecoder, maxBytes: number): Promise<string> {
  const end = Math.min(file.size, maxBytes);
  const parts: string[] = [];
  for (let start = 0; start < end; start += SLICE_BYTES) {
    const bytes = await file.slice(start, Math.min(start + SLICE_BYTES, end)).arrayBuffer();
    parts.push(decoder.decode(bytes, { stream: true }));
  }
  if (end === file.size) parts.push(decoder.decode());
  return parts.join('');
}
