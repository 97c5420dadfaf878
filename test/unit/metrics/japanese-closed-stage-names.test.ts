import { describe, expect, it } from 'vitest';
import { stageOutcome } from '../../../lib/metrics/stage-outcome';

/**
 * HubSpot's Japanese help on deal pipeline automation names the closed stages 「成立」 (won) and
 * 「失注」 (lost) (knowledge.hubspot.com/ja/object-settings/automate-deal-pipelines); Japanese sales
 * teams also call the won stage 受注 ("order received", the pair of 失注). A won deal read as open
 * gets a stage warning, which metrics.md never gives a closed deal. 成立 ("concluded") is written
 * inside 不成立 ("not concluded"), a lost stage: a stage name is matched whole.
 */
describe('Japanese closed stage names', () => {
  it.each([
    ['成立', 'won'],
    ['受注', 'won'],
    ['失注', 'lost'],
    ['不成立', 'lost'],
    ['成立（セールスパイプライン）', 'won'],
  ] as const)('reads "%s" as closed %s', (name, outcome) => {
    expect(stageOutcome(name)).toBe(outcome);
  });

  it.each(['商談化', '提案', '受注見込み', '成立済み'])(
    'reads "%s", which only contains a closed word, as open',
    (name) => {
      expect(stageOutcome(name)).toBeUndefined();
    },
  );
});
