import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A person page whose Details section is collapsed shows no field values; its composer still has
 * tabs named like fields ("Email", "Activity"). A label found there is no field: its neighbours are
 * the composer's own text.
 */
const page = fixturePage('pipedrive', 'person-hashed');
const collapsed = edited(
  page.html,
  ['aria-expanded="true">Details</button>', 'aria-expanded="false">Details</button>'],
  ['<div class="FieldsList_list__r1Pz0">', '<div class="FieldsList_list__r1Pz0" hidden>'],
);

describe('a Pipedrive person page with its Details collapsed', () => {
  it('reads no email, phone or owner from the composer tabs', () => {
    const { record } = readPage(collapsed, page.url);
    for (const field of ['email', 'phone', 'owner'])
      expect([field, record[field]]).not.toEqual([field, expect.stringMatching(/Notes|Activity|Focus|Files/)]);
    expect(record.email === undefined || String(record.email).includes('@')).toBe(true);
  });

  it('still reads the email from the fields when they are shown', () => {
    expect(readPage(page.html, page.url).record.email).toBe('maya.lindqvist@nordhavn.example');
  });
});
