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
 * UTF-8 when all of it decodes as UTF-8, else whichever of UTF-8 and Windows-1252 its bytes
 * speak for (likelyEncoding). `maxBytes` reads only the start (a split letter at its end is left out).
 */
export async function fileText(
  file: Blob,
  encoding?: string,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<{ text: string; encoding: string }> {
  const told = (await byteOrderMark(file)) ?? encoding;
  if (told) return { text: await decode(file, new TextDecoder(told), maxBytes), encoding: told };
  try {
    return { text: await decode(file, new TextDecoder('utf-8', { fatal: true }), maxBytes), encoding: 'utf-8' };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const read = await likelyEncoding(file, maxBytes);
    return { text: await decode(file, new TextDecoder(read), maxBytes), encoding: read };
  }
}

/**
 * The encoding fileText reads the whole file in, worked out from all of it without keeping its
 * text: the preview decodes only the file's start, and a choice made from that start alone (UTF-8,
 * for plain ASCII rows) could differ from the whole file's, so a name the user checked in the
 * preview would be imported otherwise. The preview reads its rows in this encoding, and the import
 * is handed the same (previewWithEncoding).
 */
export async function fileEncoding(file: Blob): Promise<string> {
  const marked = await byteOrderMark(file);
  if (marked) return marked;
  const end = file.size;
  const validate = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let start = 0; start < end; start += SLICE_BYTES)
      validate.decode(await file.slice(start, Math.min(start + SLICE_BYTES, end)).arrayBuffer(), { stream: true });
    validate.decode();
    return 'utf-8';
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return likelyEncoding(file, end);
  }
}

async function byteOrderMark(file: Blob): Promise<string | undefined> {
  const head = new Uint8Array(await file.slice(0, 3).arrayBuffer());
  return BYTE_ORDER_MARKS.find(([mark]) => mark.every((byte, i) => head[i] === byte))?.[1];
}

/**
 * UTF-8 or Windows-1252, for bytes that are not all well-formed UTF-8, by weight of evidence.
 * Either way of reading them garbles something: read as UTF-8, each byte that is no part of a
 * UTF-8 letter becomes "\uFFFD"; read as Windows-1252, each UTF-8 letter becomes two to four
 * characters ("ü" as "Ã¼"). So both are counted over the bytes read, and UTF-8 wins when its
 * well-formed letters of two to four bytes outnumber the bytes that are part of none: fewer
 * characters spoilt. An English UTF-8 export whose only letter beyond ASCII is the rep "Zoë Park"
 * on three rows, with one subject pasted from a Windows-1252 tool (its curly apostrophe and dash
 * the bytes 0x92 and 0x96), loses that one subject's two characters, not every row's owner. One
 * accidental letter is no proof: Windows-1252 writes "é", no-break space, "»" (French quotation
 * marks, as Word and Outlook set them) as E9 A0 BB, which UTF-8 reads as one letter, while that
 * same file's every other "é", "ë" or "«" is a byte UTF-8 cannot read. Short of more letters than
 * strays it is Windows-1252, what Excel's "CSV (comma delimited)" writes.
 */
async function likelyEncoding(file: Blob, maxBytes: number): Promise<string> {
  const end = Math.min(file.size, maxBytes);
  const tally = { letters: 0, strays: 0 };
  // Each slice starts where the last one's scan stopped: a letter a slice boundary splits is read whole, once.
  for (let start = 0; start < end; ) {
    const stop = Math.min(start + SLICE_BYTES, end);
    const bytes = new Uint8Array(await file.slice(start, stop).arrayBuffer());
    const read = countUtf8(bytes, tally);
    if (stop === end) break;
    start += read;
  }
  return tally.letters > tally.strays ? 'utf-8' : WINDOWS_1252;
}

/**
 * Adds the well-formed multi-byte UTF-8 letters in `bytes` and the bytes of 0x80 and above in no
 * such letter to `tally`; returns how many bytes it read: all, or up to a letter the end of
 * `bytes` cuts short (the next slice reads it; at the end of what is read it is left out).
 */
function countUtf8(bytes: Uint8Array, tally: { letters: number; strays: number }): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = letterLength(bytes, i);
    if (length === 'cut short') return i;
    if (typeof length === 'number') {
      tally.letters++;
      i += length;
    } else {
      tally.strays++;
      i++;
    }
  }
  return i;
}

/**
 * The length of the well-formed UTF-8 letter of two to four bytes at `i` (Unicode's table of
 * well-formed byte sequences: no overlong forms, surrogates or code points past U+10FFFF, as
 * TextDecoder reads them), 'cut short' when the bytes end before it does, 'none' when there is none.
 */
function letterLength(bytes: Uint8Array, i: number): number | 'cut short' | 'none' {
  const lead = bytes[i] ?? 0;
  const form = LETTER_FORMS.find(([from, to]) => lead >= from && lead <= to);
  if (!form) return 'none';
  const [, , length, secondFrom, secondTo] = form;
  for (let k = 1; k < length; k++) {
    if (i + k >= bytes.length) return 'cut short';
    const byte = bytes[i + k] ?? 0;
    const [from, to] = k === 1 ? [secondFrom, secondTo] : [0x80, 0xbf];
    if (byte < from || byte > to) return 'none';
  }
  return length;
}

/** Lead bytes (from, to), the letter's length in bytes and the range of its second byte; later bytes are 0x80–0xBF. */
const LETTER_FORMS: [number, number, number, number, number][] = [
  [0xc2, 0xdf, 2, 0x80, 0xbf],
  [0xe0, 0xe0, 3, 0xa0, 0xbf],
  [0xe1, 0xec, 3, 0x80, 0xbf],
  [0xed, 0xed, 3, 0x80, 0x9f],
  [0xee, 0xef, 3, 0x80, 0xbf],
  [0xf0, 0xf0, 4, 0x90, 0xbf],
  [0xf1, 0xf3, 4, 0x80, 0xbf],
  [0xf4, 0xf4, 4, 0x80, 0x8f],
];

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
