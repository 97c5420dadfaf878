import type { Crm } from '../schema/activity';
import type { ReadResult } from '../schema/read-result';
import { nextTask } from '../yield-to-page';
import { capturePolicy } from './capture-policy';
import { CRM_PARTS } from './crm-parts';
import { knownPersonalData } from './known-personal-data';
import { TextMasker } from './mask-text';
import { namesOnPage } from './names-on-page';
import { phonesOnPage } from './phones-on-page';
import { serializeDocument } from './serialize-page';
import type { MaskCounts } from './test-page';

export interface CaptureOptions {
  crm: Crm;
  /** The page's URL, written in the "saved from" line so `npm run inspect` needs no `--url`. */
  url: string;
  /** What the adapter read from this page: the names it found are masked everywhere. */
  reading: ReadResult;
  /** Elements to leave out (Touchline's own panel). */
  leaveOut?: readonly Element[];
  /** Longest stretch of work before giving the page's main thread back. */
  sliceMs?: number;
}

export interface PageCapture {
  html: string;
  counts: MaskCounts;
  /** Time spent working, pauses between slices excluded. */
  busyMs: number;
  /** The longest stretch the page's main thread was held (the first slice reads the whole page for names). */
  longestSliceMs: number;
}

/** Chromium's "Save page as" header line, which `npm run inspect` reads the page URL from. */
export function savedFromLine(url: string): string {
  return `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`;
}

/**
 * A self-contained, masked HTML copy of the page as shown, for a bug report: names, emails,
 * phones and note/email bodies replaced by same-shaped placeholders (see mask-text.ts), scripts
 * and external styles left out. Works in slices so a big page stays responsive.
 */
export async function capturePage(doc: Document, options: CaptureOptions): Promise<PageCapture> {
  const sliceMs = options.sliceMs ?? 12;
  let busyMs = 0;
  let longestSliceMs = 0;
  let sliceStart = performance.now();
  const pause = async () => {
    const spent = performance.now() - sliceStart;
    busyMs += spent;
    longestSliceMs = Math.max(longestSliceMs, spent);
    await nextTask();
    sliceStart = performance.now();
  };
  const parts = CRM_PARTS[options.crm];
  const masker = new TextMasker(knownPersonalData(options.reading, doc), doc.documentElement.lang || 'en');
  await pause();
  const leftOut = new Set(options.leaveOut ?? []);
  masker.addNames(namesOnPage(doc, parts, leftOut));
  await pause();
  // Numbers a pattern cannot tell from others ("030 12345678"), masked wherever they appear.
  masker.addPhones(phonesOnPage(doc, leftOut));
  await pause();
  const chunks = [savedFromLine(options.url), '\n'];
  let sinceCheck = 0;
  for (const chunk of serializeDocument(doc, capturePolicy(parts, masker, leftOut))) {
    chunks.push(chunk);
    if (++sinceCheck < 256) continue;
    sinceCheck = 0;
    if (performance.now() - sliceStart >= sliceMs) await pause();
  }
  await pause();
  return { html: chunks.join(''), counts: masker.counts(), busyMs, longestSliceMs };
}
