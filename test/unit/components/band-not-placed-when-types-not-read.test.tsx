// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotRead } from '../../../lib/schema/read-result';
import type { ContactView } from '../../../lib/schema/view-model';
import { metric, renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

/** A Japanese HubSpot page: two items' icons and words Touchline has no table for (a call and an email, say). */
const TWO_TYPES_NOT_READ: NotRead[] = [
  { field: 'activities[0].type', reason: 'the item names its type in words Touchline has no table for' },
  { field: 'activities[2].type', reason: 'the item names its type in words Touchline has no table for' },
];

/** 3 touches counted in the last 30 days, over the top of no band: "below" the mid-market 8–14. */
function threeTouchesBelow(vanity = false): ContactView {
  const view = jordanLee();
  view.band = { motion: 'mid-market', low: 8, high: 14, position: 'below', touches: 3, samePeriod: true };
  view.outcomes = { ...view.outcomes, vanity };
  return view;
}

function withNotRead(view: ContactView, notRead: NotRead[]) {
  return renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  );
}

describe('a contact page where some items were read without their type', () => {
  it('does not place the counted touches "below the band": the items not typed may be touches', () => {
    const { container } = withNotRead(threeTouchesBelow(), TWO_TYPES_NOT_READ);
    const band = container.querySelector('.tl-band');
    expect(band?.textContent).not.toMatch(/\bbelow\b/i);
    expect(band?.textContent).not.toContain('efficient');
    expect(container.querySelector('.tl-band-marker')).toBeNull();
    expect(band?.querySelector('[data-notice="band-not-placed"]')?.textContent).toContain(
      'the type of 2 activities on the page was not read',
    );
    expect(metric(container, 'band').dataset.value).toBe('8-14');
  });

  it('does not ask "effort in the wrong place?": one of the items not typed may be the reply', () => {
    const { container } = withNotRead(threeTouchesBelow(true), TWO_TYPES_NOT_READ);
    expect(container.textContent).not.toContain('effort in the wrong place');
  });

  it('places the band as before when every item was typed, only a direction was not read', () => {
    const { container } = withNotRead(threeTouchesBelow(true), [
      { field: 'activities[1].direction', reason: 'the sender was not shown' },
    ]);
    expect(container.querySelector('.tl-position')?.textContent).toBe('below');
    expect(container.textContent).toContain('effort in the wrong place');
  });
});
