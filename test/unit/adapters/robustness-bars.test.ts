// As `npm run robustness` and `npm run inspect` run: each page is its own happy-dom window with no
// DOM globals around it, so an adapter leaning on a global (Node, Element …) fails here as there.
import { describe, expect, it } from 'vitest';
import { FIELDS, rate } from '../../robustness/read-rates';
import {
  type FixtureScore,
  readableFixtures,
  scoresPerCrm,
  scoreTransformed,
  TRANSFORMS,
  type TransformName,
} from '../../robustness/transformed-readings';

const fixtures = readableFixtures();

/** Pages that also hold a hidden view of another record: with classes gone they may not know which is shown. */
const showsAnotherRecord = (name: string): boolean => name.includes('hidden-earlier');

describe.each(Object.keys(TRANSFORMS) as TransformName[])('pages %s of class names and test ids', (transform) => {
  const scores: FixtureScore[] = fixtures.map(({ file, expected }) => scoreTransformed(file, expected, transform));

  it.each([...scoresPerCrm(scores)])('%s reads ≥ 90 % of each field right', (_, tally) => {
    for (const field of FIELDS)
      expect(rate(tally[field]), `${field}: ${JSON.stringify(tally[field])}`).toBeGreaterThanOrEqual(0.9);
  });

  it.each(scores.map((s) => [`${s.crm}/${s.fixture}`, s] as const))(
    '%s reads ≥ 80 % of each field right',
    (_, score) => {
      if (showsAnotherRecord(score.fixture) && score.status === 'unreadable') return;
      for (const field of FIELDS)
        expect(rate(score.tally[field]), `${field}: ${JSON.stringify(score.tally[field])}`).toBeGreaterThanOrEqual(0.8);
    },
  );

  it('never shows one record under another record’s name', () => {
    for (const score of scores.filter((s) => s.status === 'read')) expect(score.readName).toBe(score.expectedName);
  });
});
