import { describe, expect, it } from 'vitest';
import { basisOf, basisText, importedShare } from '../../../lib/team/basis';
import { call, contactKey, email, NOW } from '../metrics/builders';

const at = NOW.toISOString();

describe('the team page’s "based on" line', () => {
  it('counts a logged touch merged into its page copy once, as the panel counts activities read', () => {
    const page = call(at, 'connected', { key: 'hubspot:4410982:activity:page-1', contactKeys: [] });
    const logged = call(at, 'connected', {
      key: 'touchline:logged-1',
      origin: 'logged-in-touchline',
      mergedInto: page.key,
      contactKeys: [contactKey('904')],
    });
    // The page copy on a deal names nobody; the logged one names the contact, who still counts.
    expect(basisOf([page, logged])).toEqual({ activities: 1, contacts: 1, imported: 0 });
  });

  it('counts each stored row once, and says how many were imported', () => {
    const imported = email(at, 'Imported', { key: 'hubspot:4410982:activity:9', origin: 'import' });
    const basis = basisOf([imported, imported, email(at, 'Read', { key: 'hubspot:4410982:activity:10' })]);
    expect(basisText(basis)).toBe('from 2 activities on 1 contact; 50 % of them imported');
  });

  it('gives no share imported, not "0 %", of no activity at all', () => {
    const basis = basisOf([]);
    expect(importedShare(basis)).toBeNull();
    expect(basisText(basis)).toBe('from 0 activities on 0 contacts; share imported: — (no activities)');
  });
});
