import { describe, expect, it } from 'vitest';
import { NOW, readFixture } from '../../page-to-panel/chain';

const titles = (r: ReturnType<typeof readFixture>) => (r.status === 'read' ? r.activities.map((a) => a.title) : []);

describe('Salesforce: the address already names the next record while the previous view is still the active one', () => {
  it("does not read Jordan Lee's view as Rita Okoye's record", () => {
    // Reviewer s36. Rita's URL (…/Contact/0035g00000000EYAAY/view) and tab title "Rita Okoye | Contact | Salesforce";
    // Lightning has not switched views yet: Jordan's cached view still carries `active`, Rita's is not shown.
    const r = readFixture('salesforce', 'contact-hidden-earlier-record', NOW, 'UTC', (html) =>
      html
        .replace(
          '<div class="windowViewMode-normal oneContent lafPageHost"><div',
          '<div class="windowViewMode-normal oneContent lafPageHost active"><div',
        )
        .replace(
          '<div class="windowViewMode-normal oneContent lafPageHost active"><div class="record-page flexipage-component"><records-lwc-highlights-panel><records-highlights2 class="slds-page-header slds-page-header_record-home"><lightning-formatted-name slot="primaryField">Rita',
          '<div class="windowViewMode-normal oneContent lafPageHost" hidden><div class="record-page flexipage-component"><records-lwc-highlights-panel><records-highlights2 class="slds-page-header slds-page-header_record-home"><lightning-formatted-name slot="primaryField">Rita',
        ),
    );
    // Every item of the active view says "… with Jordan Lee" linking Contact 0035g00000000EXAAY, and the
    // tab names Rita: the view is Jordan's. Under Rita's record it would add Jordan's 17 activities
    // to Rita, who has one call.
    const readAsRita = r.status === 'read' && r.record.name === 'Jordan Lee';
    expect(readAsRita).toBe(false);
    expect(titles(r)).not.toContain('Call with Jordan Lee');
    // Not yet Rita's page: the watcher waits for it (a typed loading result with its reason).
    expect(r.status).toBe('loading');
    expect(r.status === 'loading' && r.reason).toContain('Rita Okoye');
  });

  it('reads the record when the tab title still names a list the page no longer holds', () => {
    // Arriving from a list view, the tab title may lag behind the record view Lightning already shows.
    const r = readFixture('salesforce', 'contact-hidden-earlier-record', NOW, 'UTC', (html) =>
      html.replace('<title>Rita Okoye | Contact | Salesforce', '<title>Recently Viewed | Contacts | Salesforce'),
    );
    expect(r.status === 'read' && r.record.name).toBe('Rita Okoye');
  });
});
