import { describe, expect, it } from 'vitest';
import { mergeActivity } from '../../../lib/db/page-activities';
import { withoutUserFields, withUserFields } from '../../../lib/db/user-fields';
import type { Activity } from '../../../lib/schema/activity';

const base: Activity = {
  key: 'salesforce:acme.lightning.force.com:activity:00T000000000001AAA',
  crm: 'salesforce',
  tenant: 'acme.lightning.force.com',
  type: 'call',
  channel: 'call',
  direction: 'outbound',
  timestamp: '2026-11-18T10:00:00.000Z',
  title: 'Call',
  automated: false,
  contactKeys: [],
  dealKeys: [],
  origin: 'page',
};
const fromSetting = (owner: string) => ({ owner, ownerBySetting: true as const });
const ownerOf = (a: Activity) => [a.owner, a.ownerBySetting];

describe('an owner from the "your name" setting meets another sighting of the touch', () => {
  it('does not replace an owner a file or page named', () => {
    const named = { ...base, byViewer: true as const, owner: 'Dana Reyes' };
    expect(ownerOf(mergeActivity(named, { ...base, byViewer: true, ...fromSetting('Dana') }))).toEqual([
      'Dana Reyes',
      undefined,
    ]);
  });

  it('gives way to an owner the page names, and follows a changed setting', () => {
    const bySetting = { ...base, ...fromSetting('Dana') };
    expect(ownerOf(mergeActivity(bySetting, { ...base, owner: 'Casey Nguyen' }))).toEqual(['Casey Nguyen', undefined]);
    expect(ownerOf(mergeActivity(bySetting, { ...base, ...fromSetting('Dana Reyes') }))).toEqual(['Dana Reyes', true]);
    expect(ownerOf(mergeActivity(bySetting, base))).toEqual(['Dana', true]);
    expect(ownerOf(mergeActivity(base, { ...base, ...fromSetting('Dana') }))).toEqual(['Dana', true]);
  });
});

describe('a logged touch merged into its page copy', () => {
  const logged: Activity = { ...base, key: 'touchline:x', origin: 'logged-in-touchline', ...fromSetting('Dana') };

  it('gives a page copy that names nobody its owner, so the touch stays on the same team row', () => {
    expect(ownerOf(withUserFields(base, logged))).toEqual(['Dana', true]);
    expect(ownerOf(withUserFields({ ...base, owner: 'Casey Nguyen' }, logged))).toEqual(['Casey Nguyen', undefined]);
  });

  it('takes that owner back when undone, and leaves a name the page or a "You" item had', () => {
    const copy = withUserFields(base, logged);
    expect(ownerOf(withoutUserFields(copy, logged))).toEqual([undefined, undefined]);
    const you = { ...base, byViewer: true as const, ...fromSetting('Dana') };
    expect(ownerOf(withoutUserFields(you, logged))).toEqual(['Dana', true]);
    expect(ownerOf(withoutUserFields({ ...base, owner: 'Dana' }, logged))).toEqual(['Dana', undefined]);
  });
});
