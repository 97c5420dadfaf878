/**
 * A rep has worked Jordan for a month: 18 outbound emails (above the
 * mid-market band's top of 14), no reply, and one Pipedrive call "Call Jordan" marked done. Pipedrive
 * calls have no outcome field (crm-evidence-2.md; pipedrive/outcomes.ts), so that call's result is
 * "unknown" — as is nearly every Pipedrive call and every Salesforce "Log a Call" on the default layout.
 * metrics.md, "When a number cannot be computed": such a call "counts as an attempt with outcome
 * 'unknown': it is in the attempts, not in the connects". The vanity flag is "many touches (above
 * the top of the band) with no reply, connect or meeting in the period": the unknown call is no
 * connect, so the flag is raised. Withholding it over any call of unknown result would take the
 * flag away on Pipedrive (and default-layout Salesforce) from every contact who was ever phoned.
 */
import { expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { at, call, contact, email, NOW, settings } from './builders';

it('raises the vanity flag over 18 unanswered emails and one call whose result the page did not show', () => {
  const emails = Array.from({ length: 18 }, (_, i) =>
    email(at(`2026-11-${String(1 + i).padStart(2, '0')} 09:00`), `Follow-up ${i + 1}`),
  );
  const dial = call(at('2026-11-19 10:00'), null, { title: 'Call Jordan' });
  const view = buildContactView({ contact: contact(), activities: [...emails, dial], settings: settings(), now: NOW });
  expect(view.outcomes.connectRate).toMatchObject({ numerator: 0, denominator: 1 });
  expect(view.outcomes.vanity).toBe(true);
});
