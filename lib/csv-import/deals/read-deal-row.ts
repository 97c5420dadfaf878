import type { PageClock } from '../../adapters/types';
import type { PageLocale } from '../../locale/page-locale';
import { isAmbiguousDate, readPageDate } from '../../locale/read-date';
import type { Crm } from '../../schema/activity';
import { type DealImportRow, dealImportRowSchema } from '../../schema/deal-import';
import { zonedDay } from '../../zoned-day';
import { ownerCell } from '../owner-cell';
import { idsIn } from '../row-schema';
import { dealCells } from './cells';
import { rowCloseDate } from './close-date';
import type { DealMapping } from './mapping';
import { rowOutcome } from './outcome';
import { rowMoney } from './row-money';
import { type ReadDate, stageEntries } from './stage-entries';

export interface DealRowContext {
  crm: Crm;
  mapping: DealMapping;
  /** "Now" and the zone the export's dates are read in (the browser's, as for pages). */
  clock: PageClock;
}

/** `left`: what the row held that could not be read, imported without (an amount, a date). */
export type DealRowReading = { ok: true; row: DealImportRow; left: string[] } | { ok: false; reason: string };

/**
 * One deal export row read through the mapping, validated with zod; a row that cannot be read (no
 * id, name or stage) says why. A cell that cannot be read beside them (an amount "ten thousand", a
 * date "soon") is left out and named in `left`: the deal is imported without it, nothing guessed.
 */
export function readDealRow(cells: readonly string[], context: DealRowContext): DealRowReading {
  const { crm, mapping, clock } = context;
  const cell = dealCells(cells, mapping);
  const { single } = cell;
  if (!single.dealId) return { ok: false, reason: 'no deal id' };
  const ids = idsIn(single.dealId, crm, 'deal');
  const id = ids === 'invalid' || ids.length !== 1 ? undefined : ids[0];
  if (!id) return { ok: false, reason: `not a ${crm} deal id: "${single.dealId}"` };
  if (!single.name) return { ok: false, reason: 'no deal name' };
  const locale: PageLocale = {
    lang: mapping.lang ?? 'en',
    ...(mapping.dayFirst === undefined ? {} : { dayFirst: mapping.dayFirst }),
  };
  const readDate: ReadDate = (text) => {
    const date = readPageDate(text, clock, locale);
    if (date) return date.timestamp;
    return { reason: `${isAmbiguousDate(text, locale) ? 'date order unknown' : 'unreadable date'}: "${text}"` };
  };
  const { entries, left } = stageEntries(cell, mapping, single.stage, readDate, clock.timeZone);
  const stage = single.stage ?? latest(entries)?.stage;
  if (!stage) return { ok: false, reason: 'no stage' };
  const outcome = rowOutcome(crm, single, stage);
  if (!outcome.ok) return outcome;
  left.push(...outcome.left);
  const money = rowMoney(single, locale.lang);
  if (money.left) left.push(money.left);
  const close = rowCloseDate(crm, single, outcome.closed, readDate);
  if (close.left) left.push(close.left);
  const unreadable = [
    ...(money.left ? (['amount'] as const) : []),
    ...(close.unreadable ? (['closeDate'] as const) : []),
  ];
  const parsed = dealImportRowSchema.safeParse(
    defined({
      id,
      name: single.name,
      stage,
      pipeline: single.pipeline,
      amount: money.amount,
      currency: money.currency,
      owner: ownerCell(single.owner, crm),
      closeDate: close.at ? zonedDay(close.at, clock.timeZone) : undefined,
      closed: outcome.closed,
      unreadable: unreadable.length > 0 ? unreadable : undefined,
      entries,
    }),
  );
  if (parsed.success) return { ok: true, row: parsed.data, left };
  return { ok: false, reason: `invalid ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}` };
}

function latest(entries: DealImportRow['entries']) {
  return [...entries].sort((a, b) => Date.parse(a.enteredAt) - Date.parse(b.enteredAt)).at(-1);
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
