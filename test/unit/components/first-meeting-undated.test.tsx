// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { activity, at, contact, email, NOW, settings } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

function outcomesText(activities: Activity[]) {
  const view = buildContactView({ contact: contact(), activities, settings: settings(), now: NOW });
  renderPanel({ status: 'ready', view });
  return screen.getByRole('region', { name: 'Outcomes' }).textContent ?? '';
}

/**
 * Jordan got an email on 16 Nov; the page shows a held meeting whose date ("Dienstag") it could not
 * read. The meeting may be in the period, and the first: "no meeting held in period" is a claim the
 * page does not support (as a reply without a readable date already says, firstReplyText).
 */
describe('touches to the first meeting beside a held meeting without a readable date', () => {
  const sent = email(at('2026-11-16 09:00'));
  const heldUndated = activity({
    type: 'meeting',
    title: 'Fleet pilot scoping',
    outcome: 'held',
    dateText: 'Dienstag',
  });

  it('does not say "no meeting held in period"', () => {
    const text = outcomesText([sent, heldUndated]);
    expect(text).not.toMatch(/no meeting held in period/);
    expect(text).toMatch(/1 meeting without a readable date: when the first was held is not known/);
  });

  it('(control) says "no meeting held in period" when no meeting was read', () => {
    expect(outcomesText([sent])).toMatch(/no meeting held in period/);
  });
});
