import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * A timeline still loading shows empty placeholders beside its loaded entries (crm-pages.md: "wait
 * until they are gone"). They were found by Lightning's class only: on a page without it
 * (decisions.md "Reading pages": a second path needing no class name) the loaded call was taken
 * as the whole history. Without classes, the entries of a loaded item's list that show no text are
 * the placeholders. Pages by hand: one logged call under "This Month", then two skeleton entries.
 */
const call = item({
  token: 'Task',
  icon: 'log-a-call',
  iconTitle: 'Call',
  subject: 'Call',
  id: '00T5g00000DpQM5EAN',
  date: 'Nov 18',
  summary: 'You logged a call with Maria Jensen',
});
const skeleton =
  '<li class="runtime_sales_activitiesActivityTimelineFixedStencil"><div class="slds-media"><div class="stencil-icon"></div><div class="slds-media__body"><div class="stencil-line"></div><div class="stencil-line"></div></div></div></li>';
const loadingGaps = (items: string, transform: 'stripped' | 'renamed') =>
  read(contactPage(timeline('', [{ heading: 'This Month', items }])), transform)
    .notRead.filter((n) => n.field === 'activities' && /still loading/.test(n.reason))
    .map((n) => n.reason);

describe('empty entries beside a loaded one, on a page without Lightning’s classes', () => {
  it.each(['stripped', 'renamed'] as const)('say the timeline is still loading (%s)', (transform) => {
    expect(loadingGaps(call + skeleton + skeleton, transform)).toEqual([
      'the activity timeline is still loading: 2 entries show only a placeholder',
    ]);
  });

  it('guard: entries that all show text are no placeholders', () => {
    const call2 = item({
      token: 'Task',
      icon: 'log-a-call',
      iconTitle: 'Call',
      subject: 'Follow-up call',
      id: '00T5g00000DpQM6EAN',
      date: 'Nov 17',
      summary: 'You logged a call with Maria Jensen',
    });
    expect(loadingGaps(call + call2, 'stripped')).toEqual([]);
  });
});
