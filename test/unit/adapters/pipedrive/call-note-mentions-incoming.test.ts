import { describe, expect, it } from 'vitest';
import { personPage, read } from './hashed-person-page';

/**
 * Review s37 (readers). crm-evidence-2.md:95-96: Pipedrive shows an activity's note on the feed
 * (`[data-test="activity-note"]`, A-, 2022); :100-102: type only in the icon's `aria-label`/`title`,
 * localised wording. A done call whose subject is just its type's name ("Appel" / "Call", what
 * Pipedrive saves when the rep leaves the subject as proposed; product behaviour, not in the evidence
 * files) and whose note mentions, in passing, the contact's earlier incoming call.
 *
 * The rep made this call (a callback): metrics.md "Direction: outbound (rep to contact)";
 * activity-direction.ts: "the user records what they did, so outbound, unless a call's wording says
 * it came in", and classify-activity.ts keeps a call's notes out of it ("a call's notes are prose").
 * Today the note becomes the item's title (the type-named subject is skipped as a type word) and its
 * "appel entrant" / "incoming call" makes the callback inbound: it leaves the outbound attempts and the
 * connect rate, and an inbound touch ends the cadence (metrics.md, Cadence gaps).
 */
const callWithNote = (icon: string, subject: string, date: string, note: string) =>
  `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done" class="cui5-checkbox"></button><a class="FlowItem_subject__t7Kq2" href="/activities/7301">${subject}</a></div><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a></div><div data-test="activity-note">${note}</div></div></div>`;

describe('Pipedrive person: a call titled with its type whose note mentions an earlier incoming call', () => {
  it.each([
    ['fr', 'Appel', '19 nov. 2026 à 15:10', 'Rappelée suite à son appel entrant de lundi ; elle veut la démo.'],
    ['en', 'Call', 'Nov 19, 2026 3:10 PM', 'Called her back after her incoming call on Monday; she wants the demo.'],
  ])('%s: the callback the rep made is an outbound call', (lang, type, date, note) => {
    const r = read(personPage({ lang, history: [callWithNote(type, type, date, note)] }));
    expect(r.activities).toHaveLength(1);
    expect(r.activities[0]?.type).toBe('call');
    expect(r.activities[0]?.direction).toBe('outbound');
  });

  it('is titled with its subject, "Appel", not with its note', () => {
    const r = read(
      personPage({
        lang: 'fr',
        history: [callWithNote('Appel', 'Appel', '19 nov. 2026 à 15:10', 'Rappelée suite à son appel entrant.')],
      }),
    );
    expect(r.activities[0]?.title).toBe('Appel');
  });

  it('stays outbound when its subject is not a link and only the note has words', () => {
    const unlinked = callWithNote(
      'Call',
      'Call',
      'Nov 19, 2026 3:10 PM',
      'Incoming call from her on Monday, called back.',
    ).replace(/<a class="FlowItem_subject__t7Kq2" href="\/activities\/7301">Call<\/a>/, '<span>Call</span>');
    expect(unlinked).toContain('<span>Call</span>');
    const r = read(personPage({ lang: 'en', history: [unlinked] }));
    expect(r.activities[0]?.type).toBe('call');
    expect(r.activities[0]?.direction).toBe('outbound');
    expect(r.activities[0]?.title).not.toContain('Incoming');
  });
});
