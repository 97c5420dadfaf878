// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { metric, renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

const outcomesText = () => screen.getByRole('region', { name: 'Outcomes' }).textContent ?? '';

/**
 * Emails whose sender the page did not show are in neither count of the reply rate (rates.ts). The
 * panel says so beside a rate over the emails read as outbound, as it says how many calls had no
 * recorded outcome; a rate with none gives that as its reason, never "no outbound emails in period".
 */
describe('the reply rate beside emails whose direction was not read', () => {
  it('stands over the emails read as outbound, with how many others there were', () => {
    const view = jordanLee();
    view.outcomes.replyRate = { value: 0.33, numerator: 1, denominator: 3 };
    view.outcomes.emailsDirectionUnknown = 2;
    const { container } = renderPanel({ status: 'ready', view });
    expect(metric(container, 'reply-rate').dataset.value).toBe('0.33');
    expect(outcomesText()).toContain('2 emails whose sender was not read (in neither count of the reply rate)');
  });

  it('is "—" because the direction was not read when no email was read as outbound', () => {
    const view = jordanLee();
    view.outcomes.replyRate = { value: null, numerator: 0, denominator: 0, reason: 'email-direction-not-read' };
    view.outcomes.emailsDirectionUnknown = 11;
    const { container } = renderPanel({ status: 'ready', view });
    const reply = metric(container, 'reply-rate');
    expect([reply.dataset.value, reply.dataset.reason]).toEqual(['', 'email-direction-not-read']);
    expect(reply.parentElement?.textContent).toContain('who sent each email was not read from the page');
    expect(outcomesText()).not.toMatch(/no outbound emails|whose sender was not read/);
  });
});

describe('the first reply beside emails whose direction was not read', () => {
  it('does not say "no reply in period": any of them may be the reply', () => {
    const view = jordanLee();
    view.outcomes.touchesToFirstReply = null;
    view.outcomes.undatedReplies = 0;
    view.outcomes.emailsDirectionUnknown = 11;
    renderPanel({ status: 'ready', view });
    expect(outcomesText()).not.toContain('no reply in period');
    expect(outcomesText()).toContain('whether the contact replied is not known (who sent each email was not read)');
  });

  it('still counts the touches before a reply that was read', () => {
    const view = jordanLee();
    view.outcomes.touchesToFirstReply = 2;
    view.outcomes.emailsDirectionUnknown = 3;
    renderPanel({ status: 'ready', view });
    expect(outcomesText()).toContain('first reply after 2 outbound touches');
  });
});
