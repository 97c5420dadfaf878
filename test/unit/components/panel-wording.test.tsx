// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { ContactView } from '../../../lib/schema/view-model';
import { metric, renderPanel } from '../components/render-panel';
import { jordanLee } from '../components/view-fixtures';
import * as builders from '../metrics/builders';

afterEach(cleanup);

const contact = (patch: Partial<ContactView>): ContactView => ({ ...jordanLee(), ...patch });

describe('band meter, a single touch', () => {
  it('names "1 touch" (not "1 touches") in the meter that screen readers announce', () => {
    // One touch in the last 30 days, below the mid-market band of 8 to 14.
    const view = contact({
      band: { motion: 'mid-market', low: 8, high: 14, position: 'below', touches: 1, samePeriod: true },
    });
    const { container } = renderPanel({ status: 'ready', view });
    const meter = container.querySelector('.tl-band-meter');
    expect(meter?.getAttribute('aria-label')).toMatch(/^1 touch\b/);
    expect(meter?.getAttribute('aria-label')).not.toMatch(/1 touches/);
  });
});

describe('connect rate when every call in the period was the contact calling in', () => {
  it('does not say "no calls in period" beside a call count of 2', () => {
    // metrics.md: connect rate = connected calls / call attempts; the contact's own (inbound) calls are
    // no attempts, so the denominator is 0 and the rate is "—" with the reason. The panel shows
    // "call 2" in the channel bars (contracts.md: per channel, inbound included), so the reason must
    // name the missing attempts, not deny the calls.
    const view = buildContactView({
      contact: builders.contact(),
      activities: [
        builders.email(builders.at('2026-11-09 09:00'), 'Route pricing v2'),
        builders.call(builders.at('2026-11-10 10:00'), 'connected', { direction: 'inbound', title: 'Jordan called' }),
        builders.call(builders.at('2026-11-16 11:00'), 'connected', {
          direction: 'inbound',
          title: 'Jordan called back',
        }),
      ],
      settings: builders.settings(),
      now: builders.NOW,
    });
    const { container } = renderPanel({ status: 'ready', view });
    expect(metric(container, 'touches-call').dataset.value).toBe('2');
    const rate = metric(container, 'connect-rate');
    expect(rate.dataset.value).toBe('');
    const shown = rate.closest('.tl-rate')?.textContent ?? '';
    expect(shown).toContain('—');
    expect(shown).not.toMatch(/no calls in period/);
  });
});

describe("the CRM's 'times contacted' beside Touchline's count", () => {
  it("says which period Touchline's figure is for when it is not the panel's period", () => {
    // metrics.md: "Every number is for one period, and the panel always says which." Period: last 7 days
    // (a setting). Three outbound emails, 1, 5 and 16 Nov; on 20 Nov the last 7 days hold one of them.
    // HubSpot says 3 times contacted; Touchline's figure beside it counts the whole history (3), while
    // the headline says "1 touch in last 7 days" and the header says every number is for that period.
    const view = buildContactView({
      contact: builders.contact({ crmFigures: { timesContacted: 3 } }),
      activities: [
        builders.email(builders.at('2026-11-01 09:00'), 'Intro'),
        builders.email(builders.at('2026-11-05 09:00'), 'Route pricing'),
        builders.email(builders.at('2026-11-16 09:00'), 'Route pricing v2'),
      ],
      settings: builders.settings({ period: '7d' }),
      now: builders.NOW,
    });
    const { container } = renderPanel({ status: 'ready', view });
    expect(metric(container, 'touches-total').dataset.value).toBe('1');
    const section = container.querySelector('[aria-label="CRM figures compared"]');
    expect(section?.textContent).toMatch(/Touchline\s*3/);
    expect(section?.textContent).toMatch(/all time|whole history|lifetime|since .*(created|first)|every touch/i);
  });
});

describe('gone cold after a lone touch on the SMB cadence', () => {
  it('says "1 business day", not "1 business days"', () => {
    // metrics.md SMB cadence: day 0 email, day 1 call. One email on Mon 16 Nov, nothing since; on Fri 20 Nov
    // step 2 (due 1 business day later, plus 1 day grace) is a gap, so the contact has gone cold.
    const view = buildContactView({
      contact: builders.contact(),
      activities: [builders.email(builders.at('2026-11-16 09:00'), 'Intro')],
      settings: builders.settings({ motion: 'smb' }),
      now: builders.NOW,
    });
    const { container } = renderPanel({ status: 'ready', view });
    const cold = metric(container, 'gone-cold');
    expect(cold.dataset.value).toBe('true');
    expect(cold.textContent).toMatch(/step 2 was due 1 business day after it/);
    expect(cold.textContent).not.toMatch(/\b1 business days\b/);
  });
});

describe('trend chart of a contact with a single touch', () => {
  it('names "1 touch in all" (not "1 touches") on the chart screen readers announce', () => {
    const base = jordanLee();
    const view = contact({
      weekly: base.weekly.map((week, i) => ({
        ...week,
        byChannel: { call: 0, email: i === 3 ? 1 : 0, meeting: 0, social: 0, sms: 0 },
      })),
    });
    renderPanel({ status: 'ready', view });
    fireEvent.click(screen.getByRole('button', { name: 'Trend (90 days)' }));
    const canvas = document.querySelector('canvas.tl-trend-canvas');
    expect(canvas?.getAttribute('aria-label')).toMatch(/\b1 touch in all\b/);
  });
});
