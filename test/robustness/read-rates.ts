import type { ReadResult } from '../../lib/schema/read-result';

/** What a reading of a page should give, from the fixture's expected JSON (contracts.md `inspect`). */
export interface Expected {
  kind: 'contact' | 'deal';
  record: { name: string; stage?: string };
  activities: ExpectedActivity[];
}

interface ExpectedActivity {
  type: string;
  direction: string;
  timestamp?: string;
  title: string;
  sourceId?: string;
}

/** Right and counted per field; a field left `unknown` with a `notRead` entry is not counted (decisions.md). */
export interface FieldTally {
  right: number;
  counted: number;
}

export const FIELDS = ['channel', 'date', 'direction', 'name', 'stage'] as const;
export type Field = (typeof FIELDS)[number];
export type Tally = Record<Field, FieldTally>;

export function emptyTally(): Tally {
  return Object.fromEntries(FIELDS.map((f) => [f, { right: 0, counted: 0 }])) as Tally;
}

export function addTally(into: Tally, from: Tally): void {
  for (const f of FIELDS) {
    into[f].right += from[f].right;
    into[f].counted += from[f].counted;
  }
}

const minute = (iso: string | undefined): string | undefined => iso?.slice(0, 16);

/**
 * Scores a reading against the expectation. Each expected activity is paired with the unused
 * read activity that agrees with it most (CRM id first, then type, minute, direction, title);
 * an expected activity with no partner counts against every activity field.
 */
export function scoreReading(expected: Expected, result: ReadResult): Tally {
  const tally = emptyTally();
  const read = result.status === 'read' ? result : undefined;
  const excused = (read?.notRead.length ?? 0) > 0;
  const unused = [...(read?.activities ?? [])];
  for (const want of expected.activities) {
    const index = bestPartner(want, unused);
    const got = index >= 0 ? unused.splice(index, 1)[0] : undefined;
    count(tally.channel, got?.type === want.type);
    if (!got || got.timestamp || !excused) count(tally.date, minute(got?.timestamp) === minute(want.timestamp));
    if (got?.direction !== 'unknown' || !excused || want.direction === 'unknown')
      count(tally.direction, got?.direction === want.direction);
  }
  count(tally.name, read?.record.name === expected.record.name);
  if (expected.kind === 'deal' && expected.record.stage !== undefined) {
    const stage = read?.kind === 'deal' ? read.record.stage : undefined;
    count(tally.stage, stage === expected.record.stage);
  }
  return tally;
}

function count(field: FieldTally, right: boolean): void {
  field.counted += 1;
  if (right) field.right += 1;
}

type ReadActivity = Extract<ReadResult, { status: 'read' }>['activities'][number];

function bestPartner(want: ExpectedActivity, candidates: ReadActivity[]): number {
  let best = -1;
  let bestScore = 0;
  candidates.forEach((got, index) => {
    const score =
      (want.sourceId && got.sourceId === want.sourceId ? 8 : 0) +
      (got.type === want.type ? 2 : 0) +
      (want.timestamp && minute(got.timestamp) === minute(want.timestamp) ? 2 : 0) +
      (got.direction === want.direction ? 1 : 0) +
      (got.title === want.title ? 2 : 0);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return bestScore >= 3 ? best : -1;
}

export function rate(field: FieldTally): number {
  return field.counted === 0 ? 1 : field.right / field.counted;
}
