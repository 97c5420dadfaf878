/**
 * Pipedrive calls have no outcome field: the rep says what came of a done call in its subject
 * (crm-evidence-2.md; pipedrive/outcomes.ts). "Reached out" alone says only that the rep tried
 * (call-titled-reached-out-is-an-attempt-of-unknown-result.test.tsx), but what is joined to it says
 * what came of it: "Reached out and spoke with Dana" and "Reached out and connected with the CFO" got
 * through. Read as unknown, the connect rate loses a connect (metrics.md: connect rate = calls with a
 * connected outcome / attempts).
 */
import { expect, it } from 'vitest';
import { callOutcome } from '../../../../lib/adapters/pipedrive/outcomes';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';

const outcome = (subject: string) => callOutcome('', subject, wordingFor('en'), [subject]);

it.each(['Reached out and spoke with Dana', 'Reached out and connected with the CFO'])(
  'a done call titled "%s" connected',
  (subject) => {
    expect(outcome(subject)).toBe('connected');
  },
);

it.each([
  ['Reached out but no answer', 'no-answer'],
  ['Reached out, and left voicemail', 'voicemail'],
  ['Reached out – no answer', 'no-answer'],
  ['Reached out about renewal', 'unknown'],
  ['Reached out and sent the deck', 'unknown'],
])('"%s" → %s', (subject, expected) => {
  expect(outcome(subject)).toBe(expected);
});
