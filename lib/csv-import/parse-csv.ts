import Papa from 'papaparse';

/** A file, or its text (tests and the benchmark feed text). */
export type CsvInput = File | string;

export interface ParseOptions {
  /** Bytes per chunk: small enough that parsing one stays well inside a 50 ms task. */
  chunkSize?: number;
  signal?: AbortSignal;
  /** Called for each chunk's rows in order; parsing waits for it (so the page can yield between chunks). */
  onChunk: (rows: string[][], progress: number) => Promise<void>;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * Streams a CSV through papaparse in chunks on the page's own thread (decisions.md: no blob:
 * workers in extension pages), pausing the parser while each chunk is handled. The delimiter is
 * detected (",", ";", tab, "|"), so German Excel exports with ";" read like US ones.
 * Resolves `aborted: true` when the signal stopped it.
 */
export function parseCsvChunks(input: CsvInput, options: ParseOptions): Promise<{ aborted: boolean }> {
  const size = typeof input === 'string' ? input.length : input.size;
  return new Promise((resolve, reject) => {
    let failed = false;
    Papa.parse<string[]>(input as File, {
      chunkSize: options.chunkSize ?? CHUNK_BYTES,
      skipEmptyLines: 'greedy',
      chunk(results, parser) {
        parser.pause();
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
        if (!failed) resolve({ aborted: options.signal?.aborted ?? false });
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}

/** The first rows of a file (the header and a few more), for detection and the preview. */
export function previewCsv(input: CsvInput, rows: number): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(input as File, {
      preview: rows,
      skipEmptyLines: 'greedy',
      complete: (results) => resolve(results.data),
      error: (error: Error) => reject(error),
    });
  });
}
