// A Pipedrive account used in Japanese. crm-evidence-2.md: on the stage bar "the
// visible text carries the days spent in that stage as a localised prefix, e.g. German '3 T ·
// <stage>'"; class names and attributes churn, so the reader falls back to the step's visible text
// when a step has no aria-label (stage-bar.ts: "else its visible text without the day count").
// Here the bar shows "11日 · デモ日程確定" on 19 Nov and "12日 · デモ日程確定" on 20 Nov (GUESSED: the
// Japanese wording; only the "N<unit> · <stage>" shape is from the evidence).
//
// metrics.md "Stage history": the list of (stage, entered at); a stage change is recorded "when it
// sees the stage change between visits". The deal did not change stage between the two visits: its
// stage is "デモ日程確定" both times, with one stay in it, and its time in stage keeps growing.
//
// Without the fix, the day count stays in the name (no Japanese units are known), so each day's visit is a
// new "stage": the stage label changes daily, a move 11日 → 12日 is recorded, days in stage restart
// at 0 on every visit (so the deal can never reach watch/stalled), and conversion and typical-time
// rows fill with day-numbered stages.
import { describe, expect, it } from 'vitest';
import { asDeal, extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { pdDealDe, url } from './german-deal-page-by-hand';

const japanese = (days: number) =>
  pdDealDe({
    id: '9001',
    title: '北斗物流 — パイロット',
    pipeline: 'セールスパイプライン',
    current: 'Demo geplant',
    days: { 'Demo geplant': days },
  })
    .replace('lang="de-DE"', 'lang="ja"')
    .replace(' aria-label="Demo geplant"', '')
    .replace(`${days} T · Demo geplant`, `${days}日 · デモ日程確定`)
    // The other steps drawn the same way, without aria-label, in Japanese (GUESSED names).
    .replace(
      / aria-label="(Qualifiziert|Kontakt hergestellt|Angebot erstellt|Verhandlungen begonnen)">\1</g,
      (_m, name: string) => `>${JA[name]}<`,
    );

const JA: Record<string, string> = {
  Qualifiziert: '見込みあり',
  'Kontakt hergestellt': 'コンタクト済み',
  'Angebot erstellt': '提案済み',
  'Verhandlungen begonnen': '交渉中',
};

describe('Pipedrive (ja): a stage bar step without aria-label, "12日 · デモ日程確定"', () => {
  it('keeps one stage, "デモ日程確定", across two daily visits', async () => {
    const ext = extension('UTC');
    ext.clock.now = new Date('2026-11-19T15:00:00Z');
    const first = asDeal((await openPage(ext, japanese(11), url('9001'))).view);
    ext.clock.now = new Date('2026-11-20T15:00:00Z');
    const second = asDeal((await openPage(ext, japanese(12), url('9001'))).view);
    expect([first.stage, second.stage]).toEqual(['デモ日程確定', 'デモ日程確定']);
    expect(second.stageTimeline.map((s) => s.stage)).toEqual(['デモ日程確定']);
    // At least the day between the two visits: never restarted at 0.
    expect(second.daysInStage).toBeGreaterThanOrEqual(1);
  });
});
