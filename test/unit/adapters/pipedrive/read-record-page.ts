import { Window } from 'happy-dom';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import type { ReadResult } from '../../../../lib/schema/read-result';

/** The shared test clock (contracts.md, "Time in tests"): Friday 2026-11-20 15:00 UTC. */
export const NOW = new Date('2026-11-20T15:00:00Z');

/** Reads a hand-written Pipedrive page through the adapter's public entry point, in a happy-dom document. */
export function readPipedrive(path: string, body: string, lang = 'en-US', timeZone = 'UTC'): ReadResult {
  const url = `https://acme.pipedrive.com${path}`;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title></title></head><body>${body}</body></html>`,
  );
  try {
    return pipedrive.read(window.document as unknown as Document, new URL(url), { now: NOW, timeZone });
  } finally {
    window.close();
  }
}

export function readRecord(path: string, body: string, lang = 'en-US', timeZone = 'UTC') {
  const result = readPipedrive(path, body, lang, timeZone);
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return result;
}
