import { describe, expect, it } from 'vitest';
import { contactPage, read, timeline } from './contact-page';

/**
 * crm-evidence-2.md (Salesforce, trust A: "The design system's own markup … marks type three ways:
 * `slds-timeline__item_{task,call,email,event}` …; emails show `To:`/`From:` rows, so direction
 * comes from who sent it versus the record"). The design system's activity-timeline email item, as
 * written out in its blueprint, words it so:
 * - the summary sentence is "You emailed Lea Chan" (verb "emailed", no "sent an email to");
 * - the expanded details' rows are labelled "From Address" and "To Address" (a `slds-text-title`
 *   span beside a `slds-text-body_medium` value, no colon).
 * On a contact page whose Email and Contact Owner fields are shown, a rep's email ("You emailed
 * Maria Jensen") and Maria's reply ("Maria Jensen emailed You", From Address her email) were both
 * read with direction "unknown": no outbound touch, no reply.
 *
 * Oracle: the part before "emailed" sent it: the viewer's email is outbound, the contact's inbound;
 * without a sentence the reader knows, the From Address row placing the contact's email makes it
 * inbound, the owner's name outbound, and the To Address row naming only the contact outbound.
 */
const MARIA = '<a href="/lightning/r/0035g00000DpQ9xAAF/view">Maria Jensen</a>';
const YOU = '<a href="javascript:void(0);">You</a>';
const MARIA_EMAIL = 'maria@jensen.example';

/** The blueprint's email item; `rows` are its expanded From Address and To Address values. */
function email(subject: string, id: string, date: string, sentence: string, rows?: [string, string]): string {
  const open = rows ? ' slds-is-open' : '';
  const details = rows
    ? `<article class="slds-box slds-timeline__item_details slds-theme_shade slds-m-top_x-small slds-m-horizontal_xx-small" id="email-${id}" aria-hidden="false"><ul class="slds-list_horizontal slds-wrap">
<li class="slds-grid slds-grid_vertical slds-size_1-of-2 slds-p-bottom_small"><span class="slds-text-title slds-p-bottom_x-small">From Address</span><span class="slds-text-body_medium slds-truncate" title="${rows[0]}">${rows[0]}</span></li>
<li class="slds-grid slds-grid_vertical slds-size_1-of-2 slds-p-bottom_small"><span class="slds-text-title slds-p-bottom_x-small">To Address</span><span class="slds-text-body_medium slds-truncate" title="${rows[1]}">${rows[1]}</span></li></ul>
<div><span class="slds-text-title">Text Body</span><p class="slds-p-top_x-small">Thanks, see the attached quote.</p></div></article>`
    : '';
  return `<li class="runtime_sales_activitiesActivityTimelineFixedStencil"><div class="slds-timeline__item_expandable slds-timeline__item_email${open}"><span class="slds-assistive-text">email</span><div class="slds-media">
<div class="slds-media__figure"><button class="slds-button slds-button_icon" title="Toggle details for ${subject}" aria-controls="email-${id}" aria-expanded="${rows ? 'true' : 'false'}"><span class="slds-assistive-text">Toggle details for ${subject}</span></button><div class="slds-icon_container slds-icon-standard-email slds-timeline__icon" title="email"></div></div>
<div class="slds-media__body"><div class="slds-grid slds-grid_align-spread slds-timeline__trigger"><div class="slds-grid slds-grid_vertical-align-center slds-truncate_container_75 slds-no-space"><h3 class="slds-truncate" title="${subject}"><a class="subjectLink slds-truncate" title="${subject}" rel="noreferrer" href="/lightning/r/EmailMessage/${id}/view"><strong>${subject}</strong></a></h3></div>
<div class="slds-timeline__actions slds-timeline__actions_inline"><p class="slds-timeline__date">${date}</p><button class="slds-button slds-button_icon slds-button_icon-border-filled slds-button_icon-x-small" aria-haspopup="true" title="More Options for this item"><span class="slds-assistive-text">More Options for this item</span></button></div></div>
<p class="slds-m-horizontal_xx-small">${sentence}</p>${details}</div></div></div></li>`;
}

function readEmails(items: string, t: 'none' | 'stripped' = 'none') {
  const html = contactPage(timeline('', [{ heading: 'November • 2026', items }]), {
    email: MARIA_EMAIL,
    owner: 'Sam Rivera',
  });
  return read(html, t).activities.map((a) => ({ title: a.title, type: a.type, direction: a.direction }));
}

describe("the design system's email timeline item", () => {
  it.each(['none', 'stripped'] as const)(
    'collapsed: "You emailed Maria Jensen" is an outbound email, "Maria Jensen emailed You" an inbound one (%s)',
    (t) => {
      const items =
        email('Quote for renewal', '02s5g00000Aa110AAA', '10:00am | 11/10/2026', `${YOU} emailed ${MARIA}`) +
        email('Re: Quote for renewal', '02s5g00000Aa111AAA', '3:12pm | 11/12/2026', `${MARIA} emailed ${YOU}`);
      expect(readEmails(items, t)).toEqual([
        { title: 'Quote for renewal', type: 'email', direction: 'outbound' },
        { title: 'Re: Quote for renewal', type: 'email', direction: 'inbound' },
      ]);
    },
  );

  it("expanded: with the sentence, the From Address row naming the contact's address makes it inbound", () => {
    const items = email('Re: Pricing', '02s5g00000Aa112AAA', '4:12pm | 11/13/2026', `${MARIA} emailed ${YOU}`, [
      MARIA_EMAIL,
      'sam@acme.example',
    ]);
    expect(readEmails(items)).toEqual([{ title: 'Re: Pricing', type: 'email', direction: 'inbound' }]);
  });

  it.each(['none', 'stripped'] as const)(
    'expanded, under a sentence the reader has no verb for: the From Address and To Address rows alone give the direction (%s)',
    (t) => {
      const items =
        email('Re: Pricing', '02s5g00000Aa113AAA', '4:12pm | 11/13/2026', `${MARIA} wrote to ${YOU}`, [
          MARIA_EMAIL,
          'sam@acme.example',
        ]) +
        email('Pricing', '02s5g00000Aa114AAA', '9:02am | 11/12/2026', `${YOU} wrote to ${MARIA}`, [
          'Sam Rivera',
          MARIA_EMAIL,
        ]) +
        email('Agenda', '02s5g00000Aa115AAA', '9:00am | 11/11/2026', `${YOU} wrote to ${MARIA}`, [
          'sam@acme.example',
          MARIA_EMAIL,
        ]);
      expect(readEmails(items, t)).toEqual([
        { title: 'Re: Pricing', type: 'email', direction: 'inbound' },
        { title: 'Pricing', type: 'email', direction: 'outbound' },
        { title: 'Agenda', type: 'email', direction: 'outbound' },
      ]);
    },
  );
});
