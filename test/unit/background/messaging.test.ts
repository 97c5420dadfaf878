import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerService } from '../../../lib/background/register';
import { createService } from '../../../lib/background/service';
import { setAsideInvalidActivities } from '../../../lib/messaging/arriving-reading';
import type { onMessage } from '../../../lib/messaging/messenger';
import { defaultSettings } from '../../../lib/schema/settings';
import { contactKey, contactReading, freshDb, NOW, workedContact, ZONE } from '../db/world-readings';

type Listener = (message: { data: unknown }) => unknown;

/** Stands in for @webext-core/messaging's onMessage: records one listener per message type. */
function fakeOnMessage() {
  const listeners = new Map<string, Listener>();
  const on = ((type: string, listener: Listener) => {
    listeners.set(type, listener);
    return () => listeners.delete(type);
  }) as unknown as typeof onMessage;
  return { on, listeners };
}

describe('the message layer', () => {
  it('answers every message type through the service, and stops listening when asked', async () => {
    const { on, listeners } = fakeOnMessage();
    const service = createService({ db: freshDb(), now: () => NOW, settings: () => defaultSettings(ZONE) });
    const stop = registerService(on, service);
    const id = workedContact();

    expect([...listeners.keys()].sort()).toEqual(
      [
        'calendarNames',
        'eraseRecord',
        'getView',
        'listLoggedTouches',
        'logTouch',
        'readingSaved',
        'saveTestPage',
        'undoLoggedTouch',
        'updateLoggedTouch',
      ].sort(),
    );
    await listeners.get('readingSaved')?.({ data: contactReading(id) });
    expect(await listeners.get('getView')?.({ data: { recordKey: contactKey(id) } })).toMatchObject({
      ok: true,
      view: { recordKey: contactKey(id) },
    });
    stop();
    expect(listeners.size).toBe(0);
  });

  it('saves a reading with an activity it cannot use without that activity, and lists it as not read', async () => {
    const service = createService({ db: freshDb(), now: () => NOW, settings: () => defaultSettings(ZONE) });
    const id = workedContact();
    const reading = contactReading(id);
    const broken = {
      ...reading,
      activities: [{ ...reading.activities[0], type: 'fax' }, ...reading.activities.slice(1)],
    };
    expect(await service.readingSaved(broken)).toMatchObject({ ok: true, status: 'read' });
    const arrived = setAsideInvalidActivities(broken) as typeof reading;
    expect(arrived.activities).toEqual(reading.activities.slice(1));
    expect(arrived.notRead).toEqual([...reading.notRead, { field: 'activities[0]', reason: expect.any(String) }]);
  });

  it('keeps the content-script side light: the protocol pulls in no database, metrics or full zod', () => {
    const loaded = runtimeImports(resolve(__dirname, '../../../lib/messaging/protocol.ts'));
    const packages = [...loaded].filter((spec) => !spec.startsWith('/'));
    expect(packages.sort()).toEqual(['zod/mini']);
    expect([...loaded].filter((file) => /\/lib\/(db|metrics|background)\//.test(file))).toEqual([]);
  });
});

/** Files and packages a module loads at run time (type-only imports are erased by the build). */
function runtimeImports(entry: string, seen = new Set<string>()): Set<string> {
  const source = readFileSync(entry, 'utf8');
  for (const [, spec] of source.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)) {
    if (!spec) continue;
    const target = spec.startsWith('.') ? `${resolve(dirname(entry), spec)}.ts` : spec;
    if (seen.has(target)) continue;
    seen.add(target);
    if (target.startsWith('/')) runtimeImports(target, seen);
  }
  return seen;
}
