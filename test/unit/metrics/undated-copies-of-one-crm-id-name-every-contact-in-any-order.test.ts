import { describe, expect, it } from 'vitest';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { Activity } from '../../../lib/schema/activity';
import { fleetPilot, NOW, SAM, settings, undated } from './builders';

/**
 * One call to Sam (CRM id 88001) whose date neither page printed readably: the deal's timeline
 * stored a copy naming no contact, Sam's own page one naming him. Copies sharing a CRM id are one
 * touch (metrics.md "Duplicate" rule 1), and the touch keeps every contact a copy names: by hand,
 * Sam has 1 touch Touchline could not date, whichever page was read first. Before, the copy that
 * came first won, so the deal read before Sam's page said nothing of Sam's undated call.
 */
const copy = (key: string, contactKeys: string[]): Activity =>
  undated('a while ago', {
    type: 'call',
    channel: 'call',
    title: 'Route pricing v2',
    sourceId: '88001',
    key: `hubspot:4410982:activity:${key}`,
    contactKeys,
  });
const onDealPage = copy('80000', []);
const onSamsPage = copy('80001', [SAM]);

function samsUndated(activities: Activity[]): number | undefined {
  const { deal, contacts } = fleetPilot();
  const view = buildDealView({ deal, contacts, activities, settings: settings(), now: NOW, summaries: [] });
  return view.contacts.find((row) => row.key === SAM)?.undatedTouches;
}

describe('two undated copies of one call, one naming Sam', () => {
  it('give Sam 1 undated touch with the deal page read first', () => {
    expect(samsUndated([onDealPage, onSamsPage])).toBe(1);
  });

  it("give Sam 1 undated touch with Sam's page read first", () => {
    expect(samsUndated([onSamsPage, onDealPage])).toBe(1);
  });
});
