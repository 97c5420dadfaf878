import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../../fixtures/fixture-files';

const fixtures = fixtureFiles().filter((f) => f.crm === 'salesforce');
const fixture = (name: string) => {
  const found = fixtures.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
};
type Output = {
  activities: { title: string; sourceId?: string; planned?: boolean; type: string; direction: string }[];
  record: { contacts?: { id: string; name: string }[]; stageHistory?: { stage: string }[]; email?: string };
  notRead: { field: string }[];
};
const read = (name: string) => {
  const f = fixture(name);
  return inspectPage(f.html, f.url, FIXTURE_NOW, FIXTURE_ZONE).output as Output;
};

describe('Salesforce pages in the newer timeline markup (crm-evidence-2.md)', () => {
  const deal = read('deal-activity-groups');

  it('reads Contact Roles and Stage History from the Related tab that is not selected', () => {
    expect(fixture('deal-activity-groups').html).toMatch(/aria-labelledby="tab-2" style="display: none;"/);
    expect(deal.record.contacts?.map((c) => c.name)).toEqual(['Maria Jensen', 'Tom Becker']);
    expect(deal.record.stageHistory?.map((e) => e.stage)).toEqual([
      'Prospecting',
      'Qualification',
      'Needs Analysis',
      'Proposal/Price Quote',
    ]);
  });

  it('counts contact links only in the Contact Roles list, not in Recent Items', () => {
    expect(fixture('deal-activity-groups').html).toContain('Jordan Lee');
    expect(JSON.stringify(deal.record.contacts)).not.toContain('Jordan');
  });

  it('reads each item once: the clipped accessibility copy and the Open Activities rows are copies', () => {
    const html = fixture('deal-activity-groups').html;
    expect(html.match(/02s5g00000DpQ5eAAF/g)).toHaveLength(2);
    expect(html.match(/00T5g00000DpQ1aEAF/g)).toHaveLength(2);
    const ids = deal.activities.map((a) => a.sourceId).filter(Boolean);
    expect(ids).toHaveLength(9);
    expect(new Set(ids).size).toBe(9);
  });

  it('tells open from done by the summary sentence, not only by the section', () => {
    expect(deal.activities.filter((a) => a.planned).map((a) => a.title)).toEqual([
      'Send revised quote',
      'Pricing review',
      'Security questionnaire',
    ]);
  });

  it('reads the timeline of a contact whose Activity tab is not selected, and No due date as no date', () => {
    const contact = read('contact-activity-groups');
    expect(contact.activities).toHaveLength(6);
    expect(contact.activities[0]).toMatchObject({ title: 'Send case study', dateText: 'No due date', planned: true });
    expect(contact.activities.find((a) => a.title === 'Re: Case study')?.direction).toBe('inbound');
  });

  it('keeps a page loading only while its stencil items are empty', () => {
    const loading = fixture('contact-loading');
    expect(inspectPage(loading.html, loading.url, FIXTURE_NOW, FIXTURE_ZONE).output).toMatchObject({
      status: 'loading',
    });
    expect(deal.activities.length).toBeGreaterThan(0);
  });
});
