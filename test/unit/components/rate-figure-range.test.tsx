// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RateFigure } from '../../../components/RateFigure';

afterEach(cleanup);

/** decisions.md: a range shows its lower bound in data-value and its upper in data-upper, as stage time does. */
describe('a reply rate known only as a range on the panel', () => {
  it('reads "50–100%" with data-value 0.50, data-upper 1.00 and the reason in words', () => {
    render(
      <RateFigure
        metric="reply-rate"
        label="Reply rate"
        rate={{ value: 0.5, upper: 1, numerator: 1, denominator: 2, reason: 'undated-replies' }}
        of={['email answered', 'emails answered']}
        fallbackReason="no-emails"
      />,
    );
    const cell = document.querySelector('[data-metric="reply-rate"]');
    expect(cell?.textContent).toBe('50–100%');
    expect(cell?.getAttribute('data-value')).toBe('0.50');
    expect(cell?.getAttribute('data-upper')).toBe('1.00');
    expect(document.body.textContent).toContain('1 of 2 emails answered; ');
  });
});

describe('a range whose bounds round to one whole percent', () => {
  it('reads "40%", not "40–40%", and keeps both bounds in its attributes', () => {
    render(
      <RateFigure
        metric="reply-rate"
        label="Reply rate"
        rate={{ value: 0.4, upper: 0.401, numerator: 400, denominator: 1000, reason: 'undated-replies' }}
        of={['email answered', 'emails answered']}
        fallbackReason="no-emails"
      />,
    );
    const cell = document.querySelector('[data-metric="reply-rate"]');
    expect(cell?.textContent).toBe('40%');
    expect(cell?.getAttribute('data-upper')).toBe('0.40');
  });
});
