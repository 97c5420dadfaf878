import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { CrmFigures } from '../../../lib/schema/crm-figures';
import { at, contact, email, NOW, note, settings, task } from './builders';

const comparison = (figures: CrmFigures, label: string, countCompletedTasks: boolean) =>
  buildContactView({
    contact: contact({ crmFigures: figures }),
    activities: [email(at('2026-11-10 10:00')), task(at('2026-11-12 11:00')), note(at('2026-11-12 12:00'))],
    settings: settings({ countCompletedTasks }),
    now: NOW,
  }).crmComparisons.find((row) => row.label === label);

describe('the CRM comparison when completed tasks are counted as touches (setting on)', () => {
  it('names the counted task and does not say Touchline counts "only calls, emails, meetings, social and SMS"', () => {
    const row = comparison({ timesContacted: 1 }, 'Times contacted', true);
    expect(row?.touchlineValue).toBe('2');
    expect(row?.explanation).toBe(
      'Touchline counts 1 completed task (your setting). HubSpot counts notes, tasks and captured email its own way; Touchline counts calls, emails, meetings, social, SMS and completed tasks with the person.',
    );
  });

  it('does not list the counted task among the notes, tasks and system events that are not touches', () => {
    const row = comparison({ lastContacted: at('2026-11-18 14:00') }, 'Last contacted', true);
    expect(row?.touchlineValue).toBe('Nov 12, 2026');
    expect(row?.explanation).toMatch(/Touchline has 1 note, task or system event on this record\.$/);
  });

  it('keeps "only calls, emails, meetings, social and SMS" with the setting off', () => {
    const row = comparison({ timesContacted: 2 }, 'Times contacted', false);
    expect(row?.touchlineValue).toBe('1');
    expect(row?.explanation).toMatch(
      /Touchline counts only calls, emails, meetings, social and SMS with the person\.$/,
    );
    const last = comparison({ lastContacted: at('2026-11-18 14:00') }, 'Last contacted', false);
    expect(last?.explanation).toMatch(/Touchline has 2 notes, tasks and system events on this record\.$/);
  });
});
