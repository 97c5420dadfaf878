import { describe, expect, it } from 'vitest';
import { personPage, read } from './hashed-person-page';

/**
 * An activity's date line may show its duration between the date and the owner (the reader's own
 * model, date-line-durations.test.ts: "Nov 17, 2026 at 3:10 PM · 30 min · Casey Nguyen"; it already
 * accepts "1 h 30 min", "1 Std. 30 Min.", "1,5 Std."). French and Brazilian Portuguese write an hour
 * and a half without a minutes unit: "1 h 30" (French typographic convention) and "1h30" (pt-BR).
 * ASSUMED: no source shows Pipedrive's duration segment in these languages.
 *
 * Today that segment becomes the meeting's owner, "1 h 30" / "1h30": a rep that does not exist, so
 * the team page gets a second row and the real owner loses the meeting (the same class of defect as
 * s33's "CNCasey Nguyen"). Expected: the owner is the segment after the duration, "Casey Nguyen".
 */
const card = (date: string, duration: string, icon: string) =>
  `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/7201">Démo produit</a></div><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>${duration}</span> · <span>Casey Nguyen</span></div></div></div>`;

describe('Pipedrive person: a duration without a minutes unit is not the owner', () => {
  it.each([
    ['fr', '19 nov. 2026 à 15:10', '1 h 30', 'Réunion'],
    ['pt-BR', '19 de nov. de 2026 15:10', '1h30', 'Reunião'],
  ])('%s: "%s · %s · Casey Nguyen" is owned by Casey Nguyen', (lang, date, duration, icon) => {
    const r = read(personPage({ lang, history: [card(date, duration, icon)] }));
    expect(r.activities).toHaveLength(1);
    expect(r.activities[0]?.owner).toBe('Casey Nguyen');
    expect(r.activities[0]?.timestamp).toBe('2026-11-19T15:10:00.000Z');
  });
});
