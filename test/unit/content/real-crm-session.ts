import { pageReaderOf } from '../../../lib/adapters/page-reader';
import type { Adapter } from '../../../lib/adapters/types';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import type { ReadResult } from '../../../lib/schema/read-result';
import { saved } from './spa-world';

/** A record session over a real CRM reader (copied from review tab55b's real-session.ts), with the panel's states as `key|name` (spa-world.ts's, for a real adapter). */
export function startRealSession(adapter: Adapter, lifetime: AbortSignal) {
  const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
  const session = createRecordSession(pageReaderOf(adapter), store, lifetime);
  const shown = () => {
    const s = store.get().state;
    return s.status === 'ready' ? `${s.view.recordKey}|${s.view.name}` : s.status;
  };
  return { session, shown };
}

/** Every reading saved under record `id`: `name: title, title | activities notRead`. */
export function readingsUnder(id: string): string[] {
  return saved()
    .filter((r: ReadResult) => r.recordId === id)
    .map((r) =>
      r.status === 'read'
        ? `${r.record.name}: ${r.activities.map((a) => a.title).join(', ')}${
            r.notRead.some((n) => n.field === 'activities')
              ? ` | ${r.notRead
                  .filter((n) => n.field === 'activities')
                  .map((n) => n.reason)
                  .join('; ')}`
              : ''
          }`
        : `${r.status}: ${'reason' in r ? r.reason : ''}`,
    );
}
