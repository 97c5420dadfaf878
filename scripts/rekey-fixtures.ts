/**
 * Rewrites only the `key` of each activity in every fixture's expected JSON, from what
 * `inspectPage` prints now: for the activity key change (contracts.md "Keys"). An expected
 * activity takes the key of the activity at the same position only when every other field is
 * equal; anything else is reported and left as it is, for a person to look at. The file's text
 * is edited in place (hand-written files keep their layout).
 *
 *     node --import tsx scripts/rekey-fixtures.ts [--dry-run]
 *
 * Exit code 0 when every fixture's keys now match, 1 when something was reported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../test/fixtures/fixture-files';
import { inspectPage } from './inspect-page';

type Row = Record<string, unknown>;

export interface RekeyOutcome {
  text: string;
  rekeyed: number;
  problems: string[];
}

/** The expected JSON text with the keys of matching activities replaced, and what could not be matched. */
export function rekeyExpected(text: string, actual: readonly Row[]): RekeyOutcome {
  const expected = (JSON.parse(text) as { activities?: Row[] }).activities;
  if (!expected) return { text, rekeyed: 0, problems: [] };
  const problems: string[] = [];
  if (expected.length !== actual.length) {
    problems.push(`${expected.length} activities expected, the adapter reads ${actual.length}`);
  }
  let out = text;
  let cursor = out.indexOf('"activities"');
  let rekeyed = 0;
  for (const [i, row] of expected.entries()) {
    const now = actual[i];
    const oldKey = row.key;
    if (typeof oldKey !== 'string') {
      problems.push(`activity ${i}: no key in the expected JSON`);
      continue;
    }
    const found = locateKey(out, oldKey, cursor);
    if (!found) {
      problems.push(`activity ${i}: key ${oldKey} not found in the text after the previous one`);
      continue;
    }
    cursor = found.end;
    if (!now || now.key === oldKey) continue;
    if (!isDeepStrictEqual(withoutKey(row), withoutKey(now))) {
      problems.push(`activity ${i} (${oldKey}): other fields differ from what the adapter reads`);
      continue;
    }
    const replacement = JSON.stringify(now.key);
    out = out.slice(0, found.start) + replacement + out.slice(found.end);
    cursor = found.start + replacement.length;
    rekeyed++;
  }
  return { text: out, rekeyed, problems };
}

/** Where the JSON string value of the next `"key": "<oldKey>"` after `from` is. */
function locateKey(text: string, oldKey: string, from: number): { start: number; end: number } | undefined {
  const pattern = new RegExp(`"key"\\s*:\\s*(${literal(JSON.stringify(oldKey))})`, 'g');
  pattern.lastIndex = Math.max(from, 0);
  const match = pattern.exec(text);
  if (!match?.[1]) return undefined;
  const end = match.index + match[0].length;
  return { start: end - match[1].length, end };
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withoutKey(row: Row): Row {
  const { key: _key, ...rest } = row;
  return rest;
}

function main(): void {
  const dryRun = process.argv.includes('--dry-run');
  let reported = 0;
  for (const fixture of fixtureFiles()) {
    const name = `${fixture.crm}/${fixture.name}`;
    let text: string;
    try {
      text = readFileSync(fixture.expectedPath, 'utf8');
    } catch {
      console.log(`${name}: no expected JSON, skipped`);
      continue;
    }
    const { output } = inspectPage(fixture.html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE);
    const actual = Array.isArray(output.activities) ? (output.activities as Row[]) : [];
    const outcome = rekeyExpected(text, actual);
    for (const problem of outcome.problems) console.log(`${name}: ${problem}`);
    reported += outcome.problems.length;
    if (outcome.rekeyed > 0) {
      console.log(`${name}: ${outcome.rekeyed} key(s) ${dryRun ? 'would be ' : ''}rewritten`);
      if (!dryRun) writeFileSync(fixture.expectedPath, outcome.text);
    }
  }
  process.exitCode = reported > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
