// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { metric, renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

const rateText = (container: Element, name: string) => metric(container, name).parentElement?.textContent ?? '';

/** metrics.md Reply rate: 'shown with its counts ("2 of 5 emails answered")'; a count of one in the singular. */
describe('rates with a single email or call, in the panel', () => {
  it('says "1 of 1 email answered" and "0 of 1 call", not "1 of 1 emails" / "0 of 1 calls"', () => {
    const view = jordanLee();
    view.outcomes.replyRate = { value: 1, numerator: 1, denominator: 1 };
    view.outcomes.connectRate = { value: 0, numerator: 0, denominator: 1 };
    const { container } = renderPanel({ status: 'ready', view });
    expect(rateText(container, 'reply-rate')).toContain('1 of 1 email answered');
    expect(rateText(container, 'connect-rate')).toContain('0 of 1 call');
    expect(rateText(container, 'connect-rate')).not.toContain('0 of 1 calls');
  });

  it('keeps the plural for two or more: "2 of 5 emails answered"', () => {
    const view = jordanLee();
    view.outcomes.replyRate = { value: 0.4, numerator: 2, denominator: 5 };
    const { container } = renderPanel({ status: 'ready', view });
    expect(rateText(container, 'reply-rate')).toContain('2 of 5 emails answered');
  });

  it('says the singular beside a rate shown as "—" too: "0 of 1 email answered; …"', () => {
    const view = jordanLee();
    view.outcomes.replyRate = { value: null, numerator: 0, denominator: 1, reason: 'undated-replies' };
    const { container } = renderPanel({ status: 'ready', view });
    expect(rateText(container, 'reply-rate')).toContain('0 of 1 email answered; ');
  });
});
