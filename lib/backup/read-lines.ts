import { nextTask } from '../yield-to-page';
/** How far reading a file has come, for the progress bar. */
export type OnProgress = (done: number, total: number) => void;

const CHUNK_BYTES = 1 << 20;

/**
 * The lines of a file, read a slice at a time (never the whole file as one string) and yielding
 * to the page between slices, so a large file neither freezes the page nor doubles its memory.
 * The last line is yielded even without a line break; an empty last line is not.
 */
export async function* linesOf(file: Blob, onProgress?: OnProgress, chunkBytes = CHUNK_BYTES): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  for (let offset = 0; offset < file.size; offset += chunkBytes) {
    const bytes = await file.slice(offset, offset + chunkBytes).arrayBuffer();
    const text = rest + decoder.decode(bytes, { stream: offset + chunkBytes < file.size });
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) yield line;
    onProgress?.(Math.min(offset + chunkBytes, file.size), file.size);
    await nextTask();
  }
  if (rest !== '') yield rest;
}
