/**
 * Review s43 (pdread). A logged call's meta line may show its duration with seconds, the way call
 * logs print it ("2m 35s", "2 min 35 s", "00:02:35"), between its date and its owner: the duration
 * is neither (duration.ts reads only whole units such as "30 min"). The owner is Casey Nguyen,
 * never a rep called "2m 35s" on the team view (rows are keyed by owner).
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';
import { personPage, read } from './hashed-person-page';

const person = fixturePage('pipedrive', 'person-hashed');

describe('Pipedrive: a call’s duration beside its date', () => {
  it.each(['2m 35s', '2 min 35 s', '00:02:35'])('"%s" is not the call’s owner', (duration) => {
    const html = edited(person.html, [
      'November 17, 2026 at 3:10 PM</span> · <span>Casey Nguyen</span>',
      `November 17, 2026 at 3:10 PM</span> · <span>${duration}</span> · <span>Casey Nguyen</span>`,
    ]);
    const call = readPage(html, person.url).activities.find((a) => a.title === 'Call with Maya');
    expect(call?.owner).toBe('Casey Nguyen');
  });
});

const call = (date: string, duration: string) =>
  `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon" aria-label="Anruf" title="Anruf"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/7201">Anruf mit Maya</a></div><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>${duration}</span> · <span>Casey Nguyen</span></div></div></div>`;

describe('Pipedrive (German): a call’s duration with seconds beside its date', () => {
  it.each(['2 Min. 35 Sek.', '2 Min 35 Sek', '00:02:35'])('"%s" is not the call’s owner', (duration) => {
    const r = read(personPage({ lang: 'de', history: [call('17. November 2026 15:10', duration)] }));
    expect(r.activities.map((a) => [a.owner, a.timestamp])).toEqual([['Casey Nguyen', '2026-11-17T15:10:00.000Z']]);
  });
});
