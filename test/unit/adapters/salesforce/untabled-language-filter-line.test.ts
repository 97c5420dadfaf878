// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { activityGaps, field, leadPage, read, timelineItem } from './lead-page';

/**
 * Lightning shows a filter line above the activity timeline ("Filters: All time • All activities •
 * All types", crm-evidence-2.md); one that narrows it (to the last 7 days, say) leaves a slice
 * that the panel would count as the whole 30- or 90-day period. On a page in a language Touchline
 * has no words for (Japanese: README, "other wording is reported as not read") the line's label
 * and values cannot be judged, so a line of its shape above the timeline is quoted as not read,
 * whatever it says. Tabled languages keep their exact reading: a line that narrows nothing is no
 * gap. Each case with and without classes and data-* attributes.
 */
const jaEmail = (body?: string) =>
  timelineItem({
    kind: 'email',
    icon: 'メール',
    subject: 'Re: 見積',
    date: '2027/01/06 9:15',
    summary: '山田 太郎 からメールが届きました',
    id: '02s5g00000Ja003',
    body,
  });
const jaPage = (o: { filters?: string; before?: string; body?: string }) =>
  leadPage({
    lang: 'ja',
    name: '山田 太郎',
    title: '山田 太郎 | リード | Salesforce',
    fields: field('氏名', '山田 太郎') + field('会社名', '東京商事') + (o.before ?? ''),
    timeline: `
${o.filters ? `<div class="slds-grid"><span>${o.filters}</span></div>` : ''}
<div class="past-activity-group"><h3 class="slds-text-title">1月 • 2027</h3><ul>
${jaEmail(o.body)}
</ul></div>`,
  });
const line = 'フィルター: 過去 7 日間 • すべての活動 • すべての種別';
const strips = [false, true];

describe('the timeline filter line on a page in a language Touchline has no words for', () => {
  it.each(strips)('is quoted as not read (classes stripped: %s)', (strip) => {
    const r = read(jaPage({ filters: line }), { strip });
    expect(r.status === 'read' && r.activities).toHaveLength(1);
    expect(activityGaps(r)).toEqual([
      `the page is in "ja", a language Touchline has no words for: the activity timeline's filter could not be read: "${line}"`,
    ]);
  });

  it.each(strips)('is quoted when split over elements, full-width colon (classes stripped: %s)', (strip) => {
    const split =
      '<span>フィルター：</span><span>全期間</span> • <span>すべての活動</span> • <span>すべての種別</span>';
    expect(activityGaps(read(jaPage({ filters: split }), { strip }))).toEqual([
      expect.stringContaining('"フィルター： 全期間 • すべての活動 • すべての種別"'),
    ]);
  });

  it.each(strips)(
    'guard: an untranslated English line that narrows nothing is read as such (classes stripped: %s)',
    (strip) => {
      expect(
        activityGaps(read(jaPage({ filters: 'Filters: All time • All activities • All types' }), { strip })),
      ).toEqual([]);
    },
  );

  it.each(strips)(
    'guard: a line of that shape in an item or in a card above the timeline is no filter (classes stripped: %s)',
    (strip) => {
      const shaped = '住所: 東京都 • 千代田区 • 丸の内';
      const before = `<article class="slds-card"><h2 class="slds-card__header-title">住所</h2><p>${shaped}</p></article>`;
      expect(activityGaps(read(jaPage({ before, body: `<p>${shaped}</p>` }), { strip }))).toEqual([]);
    },
  );
});

describe('the filter line in a tabled language', () => {
  const enPage = (filters: string) =>
    leadPage({
      name: 'Priya Raman',
      fields: field('Name', 'Priya Raman') + field('Company', 'Umbrella Logistics'),
      timeline: `<div class="slds-grid"><span>${filters}</span></div>
<div class="past-activity-group"><h3 class="slds-text-title">January</h3><ul>
${timelineItem({ kind: 'call', icon: 'Call', subject: 'Intro call', date: 'Yesterday', summary: 'You logged a call with Priya Raman', done: true, id: '00T5g00000Aa003' })}
</ul></div>`,
    });

  it.each(strips)('keeps its exact reading: a line narrowing nothing is no gap (classes stripped: %s)', (strip) => {
    expect(activityGaps(read(enPage('Filters: All time • All activities • All types'), { strip }))).toEqual([]);
    const de = enPage('Filter: Gesamter Zeitraum • Alle Aktivitäten • Alle Typen').replace('lang="en-US"', 'lang="de"');
    expect(activityGaps(read(de, { strip }))).toEqual([]);
  });

  it.each(strips)('and a narrowing one is named by its values (classes stripped: %s)', (strip) => {
    expect(activityGaps(read(enPage('Filters: Last 7 days • All activities • All types'), { strip }))).toEqual([
      'the activity timeline is filtered to "Last 7 days • All activities • All types"',
    ]);
  });
});
