// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WhyItMoved } from '../../../../components/team/WhyItMoved';
import { touchesPerContact } from '../../../../lib/metrics/touches-per-contact';
import { teamPeriods } from '../../../../lib/team/periods';
import type { TeamView } from '../../../../lib/team/team-view';
import { beyondRetention, whyItMoved } from '../../../../lib/team/why-it-moved';

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
    expect(basis).toMatch(/\(\s*Sep 20, 2026 – Oct 20, 2026\s*\)/);
  });

  it('says plainly why it does not compare, with no table of parts, when the period before is past retention', () => {
    const periods = teamPeriods('30d', new Date('2026-11-20T15:00:00Z'), 'UTC');
    // 40 emails to 10 contacts now, and the 5 of the period before that retention still kept.
    const side = (touches: number, activeContacts: number) => ({
      value: touches / activeContacts,
      touches,
      activeContacts,
      byChannel: { call: 0, email: touches / activeContacts, meeting: 0, social: 0, sms: 0 },
    });
    const view = {
      periods,
      movement: beyondRetention(
        whyItMoved(side(5, 5), side(40, 10)),
        'the 30 days of activities Touchline keeps (the retention setting)',
      ),
    } as TeamView;
    const { container } = render(<WhyItMoved view={view} />);
    const sentence = container.querySelector('[data-metric="movement"]');
    expect([sentence?.getAttribute('data-value'), sentence?.getAttribute('data-reason')]).toEqual([
      '',
      'beyond-retention',
    ]);
    expect(sentence?.textContent).toMatch(/^Not compared/);
    expect(container.querySelector('table')).toBeNull();
  });
});
