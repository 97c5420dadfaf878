import Papa from 'papaparse';
import { fileEncoding, fileText } from './file-text';

/** A file, or its text (tests and the benchmark feed text). */
export type CsvInput = Blob | string;

/** A file to read: the encoding its preview read it in (previewWithEncoding) and the row of its header (headerRow). */
export interface CsvSource {
  input: CsvInput;
  encoding?: string | undefined;
  firstRow?: number | undefined;
}

export interface ParseOptions {
  /** Characters per chunk: small enough that parsing one stays well inside a 50 ms task. */
  chunkSize?: number;
  signal?: AbortSignal;
  /** How the file's bytes are text when it has no byte-order mark; worked out from them unless told (fileText). */
  encoding?: string | undefined;
  /** The header's row (headerRow): rows above it are never handed on. */
  firstRow?: number | undefined;
  /** Called for each chunk's rows in order; parsing waits for it (so the page can yield between chunks). */
  onChunk: (rows: string[][], progress: number) => Promise<void>;
}

const CHUNK_CHARS = 64 * 1024;

export interface ParseEnd {
  aborted: boolean;
  /**
   * The row (0 = the first line) holding a quoted cell that never closes: papaparse reads the
   * rest of the file into that cell, so no row after it is read.
   */
  unclosedQuoteRow?: number;
}

/**
 * Streams a CSV through papaparse in chunks on the page's own thread (decisions.md: no blob:
 * workers in extension pages), pausing the parser while each chunk is handled. A file is decoded
 * first, whole (fileText: papaparse's own reading split letters at its chunk boundaries). The delimiter is
 * detected (",", ";", tab, "|"), so German Excel exports with ";" read like US ones.
 * Resolves `aborted: true` when the signal stopped it.
 */
export async function parseCsvChunks(input: CsvInput, options: ParseOptions): Promise<ParseEnd> {
  const text = typeof input === 'string' ? input : (await fileText(input, options.encoding)).text;
  const size = text.length;
  return new Promise((resolve, reject) => {
    let failed = false;
    let rowsBefore = 0;
    let toSkip = options.firstRow ?? 0;
    let unclosedQuoteRow: number | undefined;
    Papa.parse<string[]>(text, {
      chunkSize: options.chunkSize ?? CHUNK_CHARS,
      skipEmptyLines: 'greedy',
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        parser.pause();
        const skipped = Math.min(toSkip, results.data.length);
        toSkip -= skipped;
        const rows = skipped > 0 ? results.data.slice(skipped) : results.data;
        // A chunk's errors count rows from its own first one.
        const unclosed = results.errors.find((e: Papa.ParseError) => e.code === 'MissingQuotes');
        if (unclosed && unclosedQuoteRow === undefined) {
          unclosedQuoteRow = Math.max(0, rowsBefore + (unclosed.row ?? 0) - skipped);
        }
        rowsBefore += rows.length;
        const progress = size > 0 ? Math.min(1, results.meta.cursor / size) : 1;
        options.onChunk(rows, progress).then(
          () => (options.signal?.aborted ? parser.abort() : parser.resume()),
          (error: unknown) => {
            failed = true;
            parser.abort();
            reject(error);
          },
        );
      },
      complete() {
        const aborted = options.signal?.aborted ?? false;
        if (!failed) resolve(unclosedQuoteRow === undefined ? { aborted } : { aborted, unclosedQuoteRow });
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}

/** Bytes of a file decoded for its preview: far more than its first rows hold. */
const PREVIEW_BYTES = 2 * 1024 * 1024;

/** The first rows of a file (the header and a few more), for detection and the preview. */
export async function previewCsv(input: CsvInput, rows: number, encoding?: string): Promise<string[][]> {
  const text = typeof input === 'string' ? input : (await fileText(input, encoding, PREVIEW_BYTES)).text;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(text, {
      preview: rows,
      skipEmptyLines: 'greedy',
      complete: (results) => resolve(results.data),
      error: (error: Error) => reject(error),
    });
  });
}

/**
 * A file's first rows and the encoding they were read in, which the import reads the file in too
 * (CsvSource): a byte-order mark's, else UTF-8 or Windows-1252 as the whole file's bytes speak
 * (fileEncoding), so the rows the user checks in the preview are the rows imported. Left to
 * decide again at import, a file whose start decodes as UTF-8 and whose later bytes do not was
 * previewed in one encoding and imported in another ("José Núñez" shown, "JosÃ© NÃºÃ±ez" stored).
 */
export async function previewWithEncoding(
  input: CsvInput,
  rows: number,
): Promise<{ rows: string[][]; encoding?: string }> {
  if (typeof input === 'string') return { rows: await previewCsv(input, rows) };
  const encoding = await fileEncoding(input);
  return { rows: await previewCsv(input, rows, encoding), encoding };
}
