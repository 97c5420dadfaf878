import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * History entries whose meta line names only the owner, no date (crm-evidence-2.md: no source shows
 * an item's markup; hashed `FlowItem_*` classes). contracts.md: `timestamp` is "absent with
 * `dateText` kept when the page's date could not be parsed", and what is not read is a `notRead`
 * entry: an entry kept undated in silence made the reading look whole. Two such calls with
 * Pipedrive's default subject "Call" are two calls, and their subject is "Call", not the owner's
 * name on the line below it. Clock 2026-11-20 15:00 UTC.
 */
const undatedCall = `<div class="FlowItem_item__h3Ks1"><span class="FlowItem_icon__k2Lp"><svg role="img" aria-label="Call"></svg></span>
<div class="FlowItem_header__p0Xy"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><span class="FlowItem_subject__s9Df">Call</span></div>
<div class="FlowItem_meta__m1Ab"><span>Casey Nguyen</span></div></div>`;

const dated = item({ icon: 'Call', done: true, subject: 'Pricing follow-up', date: 'Nov 18, 2026 2:05 PM' });

describe('Pipedrive: History entries that show no date', () => {
  it('are kept undated and reported as not read', () => {
    const reading = read(personPage({ history: [dated, undatedCall] }));
    expect(reading.activities.filter((a) => a.timestamp === undefined)).toHaveLength(1);
    expect(reading.notRead.filter((n) => n.field === 'activities.timestamp')).toHaveLength(1);
  });

  it('take the default subject "Call" as their title, not the owner’s name below it', () => {
    const reading = read(personPage({ history: [dated, undatedCall] }));
    expect(reading.activities.map((a) => a.title)).toEqual(['Pricing follow-up', 'Call']);
  });

  it('are two calls when two of them look alike, each reported', () => {
    const reading = read(personPage({ history: [dated, undatedCall, undatedCall] }));
    expect(reading.activities.map((a) => [a.type, a.title, a.timestamp])).toEqual([
      ['call', 'Pricing follow-up', '2026-11-18T14:05:00.000Z'],
      ['call', 'Call', undefined],
      ['call', 'Call', undefined],
    ]);
    expect(reading.notRead.filter((n) => n.field === 'activities.timestamp')).toHaveLength(2);
  });
});
