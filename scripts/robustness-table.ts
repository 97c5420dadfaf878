import { FIELDS, rate } from '../test/robustness/read-rates';
import {
  readableFixtures,
  scoresPerCrm,
  scoreTransformed,
  TRANSFORMS,
  type TransformName,
} from '../test/robustness/transformed-readings';

/** Prints the stripped/renamed read rates per CRM and field as a Markdown table (for notes and the README). */
const fixtures = readableFixtures();
console.log(`| pages | CRM | fixtures | ${FIELDS.join(' | ')} |`);
console.log(`| --- | --- | --- | ${FIELDS.map(() => '---').join(' | ')} |`);
for (const transform of Object.keys(TRANSFORMS) as TransformName[]) {
  const scores = fixtures.map(({ file, expected }) => scoreTransformed(file, expected, transform));
  for (const [crm, tally] of scoresPerCrm(scores)) {
    const count = scores.filter((s) => s.crm === crm).length;
    const cells = FIELDS.map((f) => `${(rate(tally[f]) * 100).toFixed(0)} % (${tally[f].right}/${tally[f].counted})`);
    console.log(`| ${transform} | ${crm} | ${count} | ${cells.join(' | ')} |`);
  }
}
const worst = fixtures
  .flatMap(({ file, expected }) =>
    (Object.keys(TRANSFORMS) as TransformName[]).map((t) => ({ t, s: scoreTransformed(file, expected, t) })),
  )
  .map(({ t, s }) => ({ t, s, low: Math.min(...FIELDS.map((f) => rate(s.tally[f]))) }))
  .filter(({ low }) => low < 0.8);
for (const { t, s, low } of worst)
  console.log(`below 80 %: ${t} ${s.crm}/${s.fixture} (${s.status}) lowest field ${(low * 100).toFixed(0)} %`);
