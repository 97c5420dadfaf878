import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReader } from '../../../lib/adapters/page-reader';
import { askCalendarNames } from '../../../lib/content/calendar-names-asked';
import { ask } from '../../../lib/content/messages';
import type { CalendarNames } from '../../../lib/locale/calendar-names';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const names: CalendarNames = { months: [[['nov', 11]], [['november', 11]]], weekdays: [[['mon', 1]], [['monday', 1]]] };

function fakeReader(): PageReader & { adopted: CalendarNames[] } {
  const adopted: CalendarNames[] = [];
  return { adopted, adoptCalendarNames: (n: CalendarNames) => adopted.push(n) } as unknown as PageReader & {
    adopted: CalendarNames[];
  };
}

afterEach(() => vi.mocked(ask).mockReset());

describe('month and weekday names from the background', () => {
  it('asks once and hands the answer to the reader', async () => {
    vi.mocked(ask).mockResolvedValue({ ok: true, names });
    const reader = fakeReader();
    await askCalendarNames(reader);
    expect(ask).toHaveBeenCalledWith('calendarNames', undefined);
    expect(reader.adopted).toEqual([names]);
  });

  it('leaves the reader to build them itself when the background cannot answer', async () => {
    vi.mocked(ask).mockResolvedValue({ ok: false, error: { kind: 'storage', message: 'lost contact' } });
    const reader = fakeReader();
    await askCalendarNames(reader);
    expect(reader.adopted).toEqual([]);
  });
});
