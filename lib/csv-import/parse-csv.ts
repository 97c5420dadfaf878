import Papa from 'papaparse';

/** A file, or its text (tests and the benchmark feed text). */
export type CsvInput = File | string;

export interface ParseOptions {
  /** Bytes per chunk: small enough that parsing one stays well inside a 50 ms task. */
  chunkSize?: number;
  signal?: AbortSignal;
  /** How the file's bytes are text (papaparse's FileReader encoding); UTF-8 unless told. */
  encoding?: string | undefined;
  /** Called for each chunk's rows in order; parsing waits for it (so the page can yield between chunks). */
  onChunk: (rows: string[][], progress: number) => Promise<void>;
}

const CHUNK_BYTES = 64 * 1024;

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
 * workers in extension pages), pausing the parser while each chunk is handled. The delimiter is
 * detected (",", ";", tab, "|"), so German Excel exports with ";" read like US ones.
 * Resolves `aborted: true` when the signal stopped it.
 */
export function parseCsvChunks(input: CsvInput, options: ParseOptions): Promise<ParseEnd> {
  const size = typeof input === 'string' ? input.length : input.size;
  return new Promise((resolve, reject) => {
    let failed = false;
    let rowsBefore = 0;
    let unclosedQuoteRow: number | undefined;
    Papa.parse<string[]>(input as File, {
      chunkSize: options.chunkSize ?? CHUNK_BYTES,
      skipEmptyLines: 'greedy',
      ...(options.encoding ? { encoding: options.encoding } : {}),
      chunk(results, parser) {
        parser.pause();
        // A chunk's errors count rows from its own first one.
        const unclosed = results.errors.find((e) => e.code === 'MissingQuotes');
        if (unclosed && unclosedQuoteRow === undefined) unclosedQuoteRow = rowsBefore + (unclosed.row ?? 0);
        rowsBefore += results.data.length;
        const progress = size > 0 ? Math.min(1, results.meta.cursor / size) : 1;
        options.onChunk(results.data, progress).then(
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

/** The first rows of a file (the header and a few more), for detection and the preview. */
export function previewCsv(input: CsvInput, rows: number, encoding?: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(input as File, {
      preview: rows,
      skipEmptyLines: 'greedy',
      ...(encoding ? { encoding } : {}),
      complete: (results) => resolve(results.data),
      error: (error: Error) => reject(error),
    });
  });
}

/**
 * The encoding to read a file in: UTF-8, unless its first rows do not decode as UTF-8 (a
 * replacement character), as in Excel-saved or older Salesforce exports in Windows-1252.
 */
export async function previewWithEncoding(
  input: CsvInput,
  rows: number,
): Promise<{ rows: string[][]; encoding?: string }> {
  const utf8 = await previewCsv(input, rows);
  if (typeof input === 'string' || !utf8.some((cells) => cells.some((c) => c.includes('\uFFFD'))))
    return { rows: utf8 };
  return { rows: await previewCsv(input, rows, WINDOWS_1252), encoding: WINDOWS_1252 };
}

const WINDOWS_1252 = 'windows-1252';
