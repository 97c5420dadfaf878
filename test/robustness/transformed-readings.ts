import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { ADAPTERS } from '../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../lib/adapters/record-page';
import { FIXTURE_NOW, FIXTURE_ZONE, type FixtureFile, fixtureFiles } from '../fixtures/fixture-files';
import { renamePage, stripPage } from './page-transforms';
import { addTally, type Expected, emptyTally, scoreReading, type Tally } from './read-rates';

export const TRANSFORMS = { stripped: stripPage, renamed: renamePage } as const;
export type TransformName = keyof typeof TRANSFORMS;

export interface FixtureScore {
  crm: string;
  fixture: string;
  status: string;
  readName?: string;
  expectedName: string;
  tally: Tally;
}

/** Record fixtures that read (exit 0 in their expected JSON): the pages the bars are about. */
export function readableFixtures(): { file: FixtureFile; expected: Expected }[] {
  return fixtureFiles()
    .filter((f) => recordPageOf(new URL(f.url), ADAPTERS))
    .map((file) => ({ file, expected: JSON.parse(readFileSync(file.expectedPath, 'utf8')) }))
    .filter(({ expected }) => Array.isArray(expected.activities) && expected.record?.name);
}

/** Reads one fixture after a transform of its DOM and scores it against its expected JSON. */
export function scoreTransformed(file: FixtureFile, expected: Expected, transform: TransformName): FixtureScore {
  const url = new URL(file.url);
  const page = recordPageOf(url, ADAPTERS);
  if (!page) throw new Error(`${file.name} is not a record page`);
  const window = new Window({
    url: file.url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    window.document.write(file.html);
    const doc = window.document as unknown as Document;
    TRANSFORMS[transform](doc);
    const result = readRecordPage(page, doc, url, { now: FIXTURE_NOW, timeZone: FIXTURE_ZONE });
    return {
      crm: file.crm,
      fixture: file.name,
      status: result.status,
      ...(result.status === 'read' ? { readName: result.record.name } : {}),
      expectedName: expected.record.name,
      tally: scoreReading(expected, result),
    };
  } finally {
    window.close();
  }
}

export function scoresPerCrm(scores: FixtureScore[]): Map<string, Tally> {
  const perCrm = new Map<string, Tally>();
  for (const score of scores) {
    const tally = perCrm.get(score.crm) ?? emptyTally();
    addTally(tally, score.tally);
    perCrm.set(score.crm, tally);
  }
  return perCrm;
}
