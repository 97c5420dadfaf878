// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pdEntry, pdPersonPage, readPipedrive } from '../hand-built-pages';

/**
 * A Pipedrive person page in Japanese (no word table): recent entries show relative times
 * ("3時間前", "昨日 16:40") the reader cannot parse, an older one a numeric date it can
 * ("2026/11/16 15:10"). The entries carry build-hashed classes whose component name is not
 * "FlowItem" (crm-evidence-2.md: the name is a guess), so the feed is found by its structure
 * (find-items.ts). README: what cannot be read "is reported as not read rather than guessed";
 * contracts.md: an adapter never invents a timestamp. Brief: never a wrong value, never a silent drop.
 */
const page = pdPersonPage('ja', '山田 太郎', '履歴', [
  pdEntry({ icon: '電話', toggle: '未完了にする', subject: 'フォローアップ', when: '3時間前' }),
  pdEntry({ icon: '電話', toggle: '未完了にする', subject: '価格の相談', when: '昨日 16:40' }),
  pdEntry({ icon: 'ミーティング', toggle: '未完了にする', subject: 'デモ', when: '2026/11/16 15:10' }),
]);

describe('Pipedrive feed where only one entry has a date the reader can parse', () => {
  const reading = readPipedrive(page);

  it('reads the dated entry under its own title, with its own date', () => {
    const dated = reading.activities.filter((a) => a.timestamp === '2026-11-16T15:10:00.000Z');
    expect(dated.map((a) => a.title)).toEqual(['デモ']);
  });

  it('keeps the other entries (undated, reported) instead of folding the whole list into one item', () => {
    const titles = reading.activities.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['フォローアップ', '価格の相談', 'デモ']));
    const undated = reading.activities.filter((a) => a.timestamp === undefined);
    expect(undated.map((a) => a.dateText)).toEqual(['3時間前', '昨日 16:40']);
    expect(reading.notRead.filter((n) => n.field === 'activities.timestamp')).toHaveLength(2);
  });
});
