// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hsContactPage, hsEventNewGeneration, readHubSpot } from '../hand-built-pages';

/**
 * The timeline container keeps its test id, its items come in a markup generation whose test ids
 * changed (crm-evidence-2.md: "class names and even test ids churn"), so items are found by their
 * shape: by date lines (find-items.ts). On a Japanese page the times are relative ("3時間前",
 * "昨日 16:40") and unreadable, so no item is found. read.ts reported an empty timeline only when
 * the timeline showed no text at all ("A timeline without items says so in words"): here it shows
 * three items, and the reading came out with no activities and nothing reported: a confident 0.
 * (timeline-empty-element.test.ts: a timeline saying "No activity yet" is still read as none.)
 */
describe('HubSpot timeline whose items were not found', () => {
  const reading = readHubSpot(
    hsContactPage('ja-JP', '山田 太郎', [
      hsEventNewGeneration({ header: '通話 - 接続済み (Alex Morgan)', time: '3時間前', body: '2027年の価格' }),
      hsEventNewGeneration({ header: 'メール送信 Alex Morgan', time: '昨日 16:40', body: '提案書' }),
      hsEventNewGeneration({ header: 'ミーティング - 完了', time: '11月16日 15:10', body: 'デモ' }),
    ]),
  );

  it('reads its items or says the timeline was not read', () => {
    const reported = reading.notRead.some((n) => n.field === 'activities' || n.field.startsWith('activities['));
    expect(reading.activities.length > 0 || reported).toBe(true);
  });
});
