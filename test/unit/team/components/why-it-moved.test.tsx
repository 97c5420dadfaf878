import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WhyItMoved } from '../../../../components/team/WhyItMoved';
import { touchesPerContact } from '../../../../lib/metrics/touches-per-contact';
import { teamPeriods } from '../../../../lib/team/periods';
import type { TeamView } from '../../../../lib/team/team-view';
import { whyItMoved } from '../../../../lib/team/why-it-moved';

afterEach(cleanup);

describe('WhyItMoved', () => {
  it("gives the period before's dates in the time-zone setting, not the browser's", () => {
    // 03:00 UTC on 20 November is the evening of the 19th in Los Angeles: the 30 days before the
    // last 30 run from 20 September to 20 October there (21 September to 21 October in UTC).
    const periods = teamPeriods('30d', new Date('2026-11-20T03:00:00Z'), 'America/Los_Angeles');
    const none = touchesPerContact([], true);
    const view = { periods, movement: whyItMoved(none, none) } as TeamView;
    const { container } = render(<WhyItMoved view={view} />);
    const basis = container.querySelector('.tl-basis')?.textContent ?? '';
    expect(basis).toMatch(/\(\s*20 Sept\s*–\s*20 Oct\s*\)/);
  });
});
