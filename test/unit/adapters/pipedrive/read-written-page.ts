import { Window } from 'happy-dom';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import type { ReadResult } from '../../../../lib/schema/read-result';

/** The fixtures' clock: 2026-11-20T15:00:00Z, read in UTC (contracts.md, "Time in tests"). */
export const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

/** Reads a hand-written Pipedrive page through the adapter's public entry point, in a happy-dom document. */
export function readPd(path: string, body: string, { lang = 'en-US', title = '' } = {}): ReadResult {
  const url = `https://acme.pipedrive.com${path}`;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  const langAttribute = lang ? ` lang="${lang}"` : '';
  window.document.write(
    `<!DOCTYPE html><html${langAttribute}><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  );
  try {
    return pipedrive.read(window.document as unknown as Document, new URL(url), clock);
  } finally {
    window.close();
  }
}

export function readOk(path: string, body: string, options?: { lang?: string; title?: string }) {
  const result = readPd(path, body, options);
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return result;
}

/** A deal page's reading, its record typed as a deal's. */
export function readDeal(path: string, body: string, options?: { lang?: string; title?: string }) {
  const result = readOk(path, body, options);
  if (result.kind !== 'deal') throw new Error(`not a deal: ${JSON.stringify(result)}`);
  return result;
}

/** Reads a whole written page (its `html` element and `lang` included) through the adapter's public read. */
export function readWhole(path: string, html: string): ReadResult {
  const url = `https://acme.pipedrive.com${path}`;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  try {
    return pipedrive.read(window.document as unknown as Document, new URL(url), clock);
  } finally {
    window.close();
  }
}
