// @vitest-environment happy-dom
/**
 * crm-evidence-2.md (B): a field's label is `[data-testid="field-name"]`, its value
 * `[data-testid="fields-list-row-field-components"]` in the same row. Read only by the label's leaf
 * text and its next sibling (or its parent's), a label one wrapper deeper (a tooltip or truncation
 * wrapper: field-name > div > span) left owner, pipeline and expected close date "not found". The
 * row pairs them whatever the depth; the text-based way stays for pages without those test ids.
 */
import { describe, expect, it } from 'vitest';
import { CALL, dealPage, readDeal } from './div-header-deal-page';

const nested = (label: string, value: string) =>
  `<div class="FieldsListRow__row--E60Qw"><div data-testid="field-name" class="FieldsListRow__label--u1Kp"><div class="Truncate__root--t1Gh"><span>${label}</span></div></div><div data-testid="fields-list-row-field-components" class="FieldsListRow__value--r8Tq"><div><span>${value}</span></div></div></div>`;
const plain = (label: string, value: string) => `<div><span>${label}</span><span>${value}</span></div>`;

describe('Pipedrive: field rows whose label text is nested inside field-name', () => {
  it('still reads owner, pipeline and expected close date', () => {
    const fields =
      nested('Owner', 'Casey Nguyen') +
      nested('Pipeline', 'New business') +
      nested('Expected close date', 'Dec 15, 2026');
    expect(readDeal(dealPage({ fields, feed: CALL })).record).toMatchObject({
      owner: 'Casey Nguyen',
      pipeline: 'New business',
      closeDate: '2026-12-15',
    });
  });

  it('reads a German label with its colon, and an empty value ("-") as none, reported', () => {
    const fields = nested('Eigentümer:', 'Casey Nguyen') + nested('Pipeline', '-');
    const reading = readDeal(dealPage({ lang: 'de', fields, feed: CALL }));
    expect(reading.record.owner).toBe('Casey Nguyen');
    expect(reading.record.pipeline).toBeUndefined();
    expect(reading.notRead).toContainEqual(expect.objectContaining({ field: 'pipeline' }));
  });

  it('control: rows without those test ids are read by their label text', () => {
    const fields = plain('Owner', 'Casey Nguyen') + plain('Pipeline', 'New business');
    expect(readDeal(dealPage({ fields, feed: CALL })).record).toMatchObject({
      owner: 'Casey Nguyen',
      pipeline: 'New business',
    });
  });
});
