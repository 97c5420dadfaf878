import { Window } from 'happy-dom';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import { recordView } from '../../../../lib/background/record-view';
import { openTouchlineDb } from '../../../../lib/db/open';
import { saveReading } from '../../../../lib/db/save-reading';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { defaultSettings } from '../../../../lib/schema/settings';

/** The clock: Friday 2026-11-20 15:00 UTC, read in UTC. */
export const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

export function read(path: string, body: string, lang: string, title = '', c = clock): ReadResult {
  const url = `https://acme.pipedrive.com${path}`;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    );
    return pipedrive.read(window.document as unknown as Document, new URL(url), c);
  } finally {
    window.close();
  }
}
export const strip = (html: string) => html.replace(/\s(class|id|data-[\w-]+)="[^"]*"/g, '');
export async function viewAfter(results: ReadResult[], recordKey: string, nows: Date[] = [clock.now], viewNow?: Date) {
  const db = await openTouchlineDb(`pddeal-${Math.random().toString(36).slice(2)}`);
  for (const [i, r] of results.entries()) {
    if (r.status !== 'read') throw new Error(`not read: ${JSON.stringify(r)}`);
    await saveReading(db, r, nows[i] ?? clock.now, 'UTC', 'UTC');
  }
  const view = await recordView(db, recordKey, {
    settings: defaultSettings('UTC'),
    now: viewNow ?? nows.at(-1) ?? clock.now,
    onInvalid: () => undefined,
  });
  if (view?.kind !== 'deal') throw new Error('no deal view');
  return view;
}
