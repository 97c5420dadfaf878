/**
 * Hand-written Pipedrive deal and lead pages in six languages, in the current markup
 * (cui5-*, hashed classes, data-testid) and with every class, id and data attribute removed.
 * Expected values are read off the pages by hand (lead-and-deal-pages.ts), not from the adapter's tables.
 */
import { describe, expect, it } from 'vitest';
import { DEAL_URL, dealPage, LANGS, readPage, stripped } from './lead-and-deal-pages';

const CURRENCY: Record<string, string> = { en: 'USD', de: 'EUR', fr: 'EUR', es: 'EUR', pt: 'BRL', nl: 'EUR' };

/** [type, direction, timestamp, planned, outcome, owner] per feed entry, newest first, as the page shows them. */
const TOUCHES: [string, string, string, boolean, string | undefined, string][] = [
  ['meeting', 'outbound', '2026-11-23T14:00:00.000Z', true, undefined, 'Casey Nguyen'],
  ['email', 'inbound', '2026-11-19T11:20:00.000Z', false, undefined, 'Casey Nguyen'],
  ['call', 'outbound', '2026-11-16T16:15:00.000Z', false, 'no-answer', 'Casey Nguyen'],
  ['email', 'outbound', '2026-11-12T08:45:00.000Z', false, undefined, 'Casey Nguyen'],
  ['note', 'unknown', '2026-11-10T13:05:00.000Z', false, undefined, 'Casey Nguyen'],
  ['meeting', 'outbound', '2026-11-06T12:30:00.000Z', false, undefined, 'Casey Nguyen'],
  ['task', 'unknown', '2026-11-05T09:00:00.000Z', false, undefined, 'Casey Nguyen'],
  ['call', 'inbound', '2026-11-04T10:00:00.000Z', false, 'connected', 'Casey Nguyen'],
  ['call', 'outbound', '2026-11-03T15:30:00.000Z', false, 'voicemail', 'Robin Adler'],
];

function shape(activities: ReturnType<typeof readPage>['activities']) {
  return activities
    .filter((a) => a.type !== 'system')
    .map((a) => [
      a.type,
      a.direction,
      a.timestamp ? new Date(a.timestamp).toISOString() : `undated:${a.dateText}`,
      a.planned === true,
      a.type === 'call' ? a.outcome : undefined,
      a.owner,
    ]);
}

const GENERATIONS = [
  ['current', (h: string) => h],
  ['classless', stripped],
] as const;

describe.each(Object.keys(LANGS))('Pipedrive deal page in %s', (code) => {
  const L = LANGS[code] as (typeof LANGS)[string];
  describe.each(GENERATIONS)('%s markup', (_gen, make) => {
    const page = make(dealPage(L));
    const r = readPage(page, DEAL_URL);

    it('reads the deal, its stage, value and persons', () => {
      expect(r.exitCode).toBe(0);
      const { record } = r;
      expect(record.name).toBe(L.deal);
      expect(record.stage).toBe(L.stages[2]);
      expect(record.stages).toEqual(L.stages);
      expect(record.amount).toBe(48000);
      expect(record.currency).toBe(CURRENCY[code]);
      expect(record.closed).toBeUndefined();
      expect(record.owner).toBe('Casey Nguyen');
      expect((record.contacts as { id: string }[]).map((c) => c.id)).toEqual(['2210', '2231']);
    });

    it('has been in the current stage since the changelog move of 17 Nov 09:30', () => {
      const history = r.record.stageHistory as { stage: string; enteredAt: string }[];
      const last = history[history.length - 1] as (typeof history)[number];
      expect(last.stage).toBe(L.stages[2]);
      expect(new Date(last.enteredAt).toISOString()).toBe('2026-11-17T09:30:00.000Z');
    });

    it('reads every feed entry’s type, direction, date, state and outcome', () => {
      expect(shape(r.activities)).toEqual(TOUCHES);
    });

    it('reports nothing as unread that the page shows', () => {
      // The page shows no "Last activity date" and no rotting mark: those may be reported; nothing else.
      const fields = r.notRead.map((n) => n.field);
      expect(fields.filter((f) => f !== 'stageHistory' && !f.startsWith('crmFigures.'))).toEqual([]);
    });
  });
});

describe.each(['won', 'lost'] as const)('Pipedrive %s deal', (state) => {
  describe.each(Object.keys(LANGS))('in %s', (code) => {
    const L = LANGS[code] as (typeof LANGS)[string];
    it.each(GENERATIONS)('%s markup: the badge closes the deal', (_gen, make) => {
      const r = readPage(make(dealPage(L, state)), DEAL_URL);
      expect(r.record.closed).toBe(state);
    });
  });
});

describe.each(Object.keys(LANGS))('Pipedrive deal in %s with the History filtered to activities', (code) => {
  const L = LANGS[code] as (typeof LANGS)[string];
  it.each(GENERATIONS)(
    '%s markup: time in stage from the bar’s "3 d" prefix, the feed reported as partly read',
    (_gen, make) => {
      const r = readPage(make(dealPage(L, 'open', true)), DEAL_URL);
      const history = r.record.stageHistory as { stage: string; enteredAt: string; approximate?: true }[];
      const last = history[history.length - 1] as (typeof history)[number];
      // Three days in the stage on 20 Nov: entered 17 Nov, exact to the day only.
      expect(last.stage).toBe(L.stages[2]);
      expect(last.enteredAt.slice(0, 10)).toBe('2026-11-17');
      expect(last.approximate).toBe(true);
      expect(r.notRead.map((n) => n.field)).toContain('activities');
    },
  );
});
