// The extension's chain, page to panel: the reader on a saved page, the background's save path
// into a fake-indexeddb database, and the view the panel draws, at a fixed clock.
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import { createService, type Service } from '../../../lib/background/service';
import { openTouchlineDb } from '../../../lib/db/open';
import type { ReadResult } from '../../../lib/schema/read-result';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import type { ContactView, DealView, RecordView } from '../../../lib/schema/view-model';
import { fixtureFiles } from '../../fixtures/fixture-files';
import { loadPage } from '../capture/page-window';

export const NOW = new Date('2026-11-20T15:00:00Z');
export const DAY = 86_400_000;

export function readFixture(
  crm: string,
  name: string,
  now: Date,
  timeZone: string,
  edit: (html: string) => string = (h) => h,
): ReadResult {
  const fixture = fixtureFiles().find((f) => f.crm === crm && f.name === name);
  if (!fixture) throw new Error(`missing fixture ${crm}/${name}`);
  const url = new URL(fixture.url);
  const page = recordPageOf(url, ADAPTERS);
  if (!page) throw new Error('not a record page');
  const loaded = loadPage(edit(fixture.html), fixture.url);
  try {
    return readRecordPage(page, loaded.doc, url, { now, timeZone });
  } finally {
    loaded.close();
  }
}

let opened = 0;
export interface Extension {
  service: Service;
  clock: { now: Date };
  settings: Settings;
  /** Reads the page at the current clock (in the settings' zone) and saves it; the view the panel shows. */
  open: (crm: string, name: string, edit?: (html: string) => string) => Promise<RecordView>;
  view: (recordKey: string) => Promise<RecordView>;
  /** Saves a reading made elsewhere (another tab), answering with its view. */
  save: (reading: ReadResult) => Promise<RecordView>;
}

export function extension(timeZone = 'UTC', change: Partial<Settings> = {}): Extension {
  opened += 1;
  const db = openTouchlineDb(`page-to-panel-${opened}-${Math.random().toString(36).slice(2)}`);
  const clock = { now: NOW };
  const settings = { ...defaultSettings(timeZone), ...change };
  const service = createService({ db, now: () => clock.now, settings: async () => settings });
  return {
    service,
    clock,
    settings,
    open: async (crm, name, edit) => {
      const reading = readFixture(crm, name, clock.now, timeZone, edit);
      if (reading.status !== 'read') throw new Error(`${crm}/${name} not read: ${JSON.stringify(reading)}`);
      const answer = await service.readingSaved(reading);
      if (!answer.ok || !('status' in answer) || answer.status !== 'read' || !answer.view) {
        throw new Error(`not saved: ${JSON.stringify(answer)}`);
      }
      return answer.view;
    },
    save: async (reading) => {
      const answer = await service.readingSaved(reading);
      if (!answer.ok || !('status' in answer) || answer.status !== 'read' || !answer.view) {
        throw new Error(`not saved: ${JSON.stringify(answer)}`);
      }
      return answer.view;
    },
    view: async (recordKey) => {
      const answer = await service.getView({ recordKey });
      if (!answer.ok) throw new Error(JSON.stringify(answer));
      return answer.view;
    },
  };
}

export function asContact(view: RecordView): ContactView {
  if (view.kind !== 'contact') throw new Error('not a contact view');
  return view;
}
export function asDeal(view: RecordView): DealView {
  if (view.kind !== 'deal') throw new Error('not a deal view');
  return view;
}
