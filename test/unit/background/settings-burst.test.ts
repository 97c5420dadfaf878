import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { readingResponseSchema } from '../../../lib/messaging/protocol';
import { defaultSettings, type Settings } from '../../../lib/schema/settings';
import { contactReading, freshDb, NOW, world, ZONE } from '../db/world-readings';

describe('settings for a burst of messages', () => {
  it('reads storage once for readings arriving together, and a later message sees a change', async () => {
    let stored: Settings = defaultSettings(ZONE);
    const load = vi.fn(async () => stored);
    const service = createService({ db: freshDb(), now: () => NOW, settings: load });
    const contacts = world.contacts.slice(0, 12);

    const answers = await Promise.all(contacts.map((c) => service.readingSaved(contactReading(c.id))));
    expect(answers.every((a) => readingResponseSchema.parse(a).ok)).toBe(true);
    expect(load.mock.calls.length).toBeLessThan(contacts.length);

    stored = { ...stored, period: '7d' };
    const later = readingResponseSchema.parse(await service.readingSaved(contactReading(contacts[0]?.id ?? 0)));
    if (!later.ok || !later.view) throw new Error('expected a view');
    expect(later.view.period.choice).toBe('7d');
  });
});
