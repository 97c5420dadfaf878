// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../../components/Panel';
import { contactViewSchema } from '../../../lib/schema/view-model';
import { metric, renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

const NO_TOUCHES = {
  total: 0,
  byChannel: { call: 0, email: 0, meeting: 0, social: 0, sms: 0 },
  automated: 0,
  manual: 0,
  inbound: 0,
  automatedCounted: true,
};

describe('Panel states', () => {
  it('shows a skeleton that says the page is being read', () => {
    const { container } = renderPanel({ status: 'reading' });
    expect(screen.getByText('Reading this page…')).toBeTruthy();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  it('renders nothing on a page that is not a record', () => {
    const { container } = renderPanel({ status: 'not-record' });
    expect(container.textContent).toBe('');
  });

  it('says what could not be read and how to report it', () => {
    renderPanel(
      {
        status: 'unreadable',
        reason: 'The activity timeline was not found',
        notRead: [{ field: 'activities', reason: 'timeline container missing' }],
      },
      { pageUrl: 'https://app.hubspot.com/contacts/4410021/record/0-1/951' },
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The activity timeline was not found');
    // The field in words (its path kept in data-field for bug reports).
    expect(alert.textContent).toContain('Activity timeline: timeline container missing');
    expect(alert.querySelector('[data-field="activities"]')).not.toBeNull();
    expect(alert.textContent).toContain(
      'Save the page (Ctrl+S) and run `npm run inspect -- page.html --url <this URL>`; attach the output to a bug report',
    );
    expect(alert.textContent).toContain('https://app.hubspot.com/contacts/4410021/record/0-1/951');
  });

  it('shows a storage error as a readable message', () => {
    renderPanel({ status: 'error', message: 'The local database could not be opened (quota exceeded).' });
    expect(screen.getByRole('alert').textContent).toContain('The local database could not be opened (quota exceeded).');
  });

  it('says there is no activity yet and still offers logging', () => {
    const view = contactViewSchema.parse({
      ...jordanLee(),
      activitiesRead: 0,
      touches: NO_TOUCHES,
      recent: [],
    });
    const { container } = renderPanel({ status: 'ready', view });
    expect(screen.getByText(/No activity on this record yet/)).toBeTruthy();
    expect(metric(container, 'touches-total').dataset.value).toBe('0');
    expect(metric(container, 'activities-read').dataset.value).toBe('0');
    expect(screen.getByRole('button', { name: 'Log a call' })).toBeTruthy();
  });

  it('never says "no activity yet" when the page showed only activity older than Touchline keeps', () => {
    const view = contactViewSchema.parse({
      ...jordanLee(),
      activitiesRead: 0,
      touches: NO_TOUCHES,
      daysSinceLastTouch: null,
      cadence: { ...jordanLee().cadence, daysSinceLastTouch: null },
      recent: [],
      olderNotKept: { activities: 3, before: '2025-10-16T15:00:00.000Z' },
    });
    const { container } = renderPanel({ status: 'ready', view });
    expect(container.textContent).not.toContain('No activity on this record yet');
    const notice = container.querySelector<HTMLElement>('[data-notice="older-not-kept"]');
    expect(notice?.dataset.count).toBe('3');
    expect(notice?.textContent).toMatch(
      /^This page shows 3 activities, all from before 16 Oct 2025, 15:00: older than Touchline keeps/,
    );
    const last = metric(container, 'days-since-last-touch');
    expect([last.dataset.value, last.dataset.reason, last.textContent]).toEqual([
      '',
      'older-not-kept',
      'none in the days Touchline keeps',
    ]);
  });

  it('says when activity was read but none of it is a touch in the period', () => {
    const view = contactViewSchema.parse({
      ...jordanLee(),
      touches: NO_TOUCHES,
    });
    renderPanel({ status: 'ready', view });
    expect(screen.getByText('No touches in last 30 days. Log a missed touch below if one happened.')).toBeTruthy();
  });

  it('never claims "no touches" when touches were read but could not be dated, and offers a report', () => {
    const view = contactViewSchema.parse({
      ...jordanLee(),
      touches: {
        total: 0,
        byChannel: { call: 0, email: 0, meeting: 0, social: 0, sms: 0 },
        automated: 0,
        manual: 0,
        inbound: 0,
        undated: 4,
        automatedCounted: true,
      },
    });
    const { container } = renderPanel({ status: 'ready', view });
    expect(metric(container, 'touches-undated').dataset.value).toBe('4');
    expect(metric(container, 'touches-undated').parentElement?.textContent).toContain(
      '0 touches in last 30 days · 4 touches could not be dated',
    );
    expect(container.textContent).not.toContain('No touches');
    const report = screen.getByText('Report this page');
    expect(report.tagName).toBe('SUMMARY');
    expect(report.parentElement?.textContent).toContain('npm run inspect');
  });
});

describe('Panel chrome', () => {
  it('keeps the period in the header', () => {
    renderPanel({ status: 'ready', view: jordanLee() });
    expect(screen.getByRole('banner').textContent).toContain('last 30 days');
  });

  it('collapses from a labelled button and expands again from the edge tab', () => {
    const { props, rerender } = renderPanel({ status: 'ready', view: jordanLee() });
    const collapse = screen.getByRole('button', { name: 'Collapse the Touchline panel' });
    expect(collapse.getAttribute('data-action')).toBe('collapse');
    fireEvent.click(collapse);
    expect(props.onToggleCollapsed).toHaveBeenCalledTimes(1);

    rerender(<Panel {...props} collapsed />);
    const tab = screen.getByRole('button', { name: 'Expand the Touchline panel' });
    expect(tab.getAttribute('data-action')).toBe('collapse');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('[data-metric]')).toBeNull();
    fireEvent.click(tab);
    expect(props.onToggleCollapsed).toHaveBeenCalledTimes(2);
  });

  it('offers Undo while the lead passes an undo label', () => {
    const { props } = renderPanel(
      { status: 'ready', view: jordanLee() },
      { undo: { label: 'Call logged', key: 'touch-1', channel: 'call' } },
    );
    expect(screen.getByRole('status').textContent).toContain('Call logged');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo.getAttribute('data-action')).toBe('undo');
    fireEvent.click(undo);
    expect(props.onUndo).toHaveBeenCalledTimes(1);
  });

  it('shows no Undo without an undo label', () => {
    const { container } = renderPanel({ status: 'ready', view: jordanLee() });
    expect(container.querySelector('[data-action="undo"]')).toBeNull();
  });

  it('makes every control a real, named, focusable button', () => {
    renderPanel({ status: 'ready', view: jordanLee() });
    const actions = document.querySelectorAll<HTMLElement>('[data-action]');
    expect(actions.length).toBeGreaterThanOrEqual(6);
    for (const element of actions) {
      expect(element.tagName).toBe('BUTTON');
      expect(element.getAttribute('aria-label') || element.textContent?.trim()).toBeTruthy();
      expect(element.getAttribute('tabindex')).not.toBe('-1');
    }
  });
});
