import { describe, expect, it } from 'vitest';
import { NOW, readFixture } from '../../page-to-panel/chain';

const titles = (r: ReturnType<typeof readFixture>) => (r.status === 'read' ? r.activities.map((a) => a.title) : []);

/**
 * Reviewer s36: a Pipedrive person drawer over the deal (Maya Lindqvist clicked in the deal's persons),
 * showing her history. Guessed markup (no source shows the drawer).
 */
const PIPEDRIVE_DRAWER =
  '<div role="dialog" aria-modal="true" aria-label="Person" class="cui5-sidebar PersonDrawer_root__a1"><header class="PersonDrawer_header__a1"><h1>Maya Lindqvist</h1></header><div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Call" title="Call"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done" class="cui5-checkbox"></button><a class="FlowItem_subject__t7Kq2" href="/activities/99001">Call about the other deal</a></div><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">November 19, 2026 at 9:00 AM</span> · <span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a></div></div></div></div>';

describe('a modal drawer open over a Pipedrive record is not the record', () => {
  it("Pipedrive deal: the person drawer's call is not one of the deal's touches", () => {
    const r = readFixture('pipedrive', 'deal-hashed', NOW, 'UTC', (html) =>
      html.replace('</main>', `${PIPEDRIVE_DRAWER}</main>`),
    );
    // The deal's own feed has 7 entries (deal-hashed.expected.json); Maya's call on another deal is not one.
    expect(titles(r)).not.toContain('Call about the other deal');
    expect(titles(r)).toHaveLength(7);
  });

  it('also with every class, id and data attribute removed (the second path)', () => {
    const stripped = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');
    const r = readFixture('pipedrive', 'deal-hashed', NOW, 'UTC', (html) =>
      stripped(html.replace('</main>', `${PIPEDRIVE_DRAWER}</main>`)),
    );
    expect(r.status === 'read' && r.record.name).toBe('Nordhavn — Cold-chain pilot');
    expect(titles(r)).not.toContain('Call about the other deal');
    expect(titles(r)).toHaveLength(7);
  });
});

/** A person drawer with the other person's own fields (guessed markup, as above). */
const FIELDS_DRAWER =
  '<div role="dialog" aria-modal="true" aria-label="Person"><header><h1>Maya Lindqvist</h1></header><div class="field" data-test-key="phone"><div class="field__label">Phone</div><div class="field__value">+46 8 123 456 78</div></div></div>';

describe("a drawer's fields are not the record's", () => {
  it("Pipedrive person without a phone: the drawer's is not taken, also without classes and data attributes", () => {
    const stripped = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');
    const view = '<div class="detail-view person-view" data-testid="detail-view" data-record-id="1077">';
    const withDrawer = (html: string) => html.replace(view, `${view}${FIELDS_DRAWER}`);
    for (const edit of [withDrawer, (html: string) => stripped(withDrawer(html))]) {
      const r = readFixture('pipedrive', 'person-hidden-earlier', NOW, 'UTC', edit);
      expect(r.status === 'read' && r.record.name).toBe('Lee Okafor');
      expect(r.status === 'read' && r.kind === 'contact' && r.record.phone).toBeUndefined();
    }
  });
});
