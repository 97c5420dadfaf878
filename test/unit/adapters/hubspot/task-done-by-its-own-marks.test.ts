import { describe, expect, it } from 'vitest';
import { contactPage, previewItem, readContact } from './contact-page';

/**
 * A HubSpot task is open or done by its own marks: its checkbox (aria-checked), its Status value,
 * its header's wording. metrics.md: "Planned items of any type are never touches while the CRM
 * shows them as planned", and a setting counts tasks *completed*. What the rep wrote in the title
 * or the notes says nothing of the task's state. HubSpot dates a task by its due day, so a task
 * ticked done before it was due is dated ahead and must say it is done (`planned: false`, metrics'
 * shownDone), as the Salesforce and Pipedrive readers say it. Clock Fri 20 Nov 2026 15:00 UTC.
 */
function task({ title, done, status, notes = '' }: { title: string; done?: boolean; status?: string; notes?: string }) {
  const box =
    done === undefined ? '' : `<span role="checkbox" aria-checked="${done}" aria-label="Mark as complete"></span>`;
  const row = status ? `<div><span>Status</span> <span>${status}</span></div>` : '';
  return `${box}<span data-selenium-test="timeline-editable-title">${title}</span><div><span>Task type</span> <span>Email</span></div>${row}${notes}`;
}

const read = (feed: string) => readContact(contactPage({ feed })).activities;
const taskItem = (date: string, body: string) =>
  previewItem({ header: 'Task assigned to Alex Morgan', date, body, icon: 'Task' });

describe('HubSpot task: open or done by its own marks, never by what its title or notes say', () => {
  it('an unticked "Not started" task titled "Send Lena the completed order form" is open', () => {
    const [item] = read(
      taskItem(
        'Due: Nov 18, 2026 at 10:00 AM',
        task({ title: 'Send Lena the completed order form', done: false, status: 'Not started' }),
      ),
    );
    expect(item).toMatchObject({ type: 'task', planned: true });
  });

  it('an unticked task whose notes strike an old price through is open', () => {
    const notes =
      '<div data-test-id="rte-content"><p>Price <s>$12,000</s> <span style="text-decoration: line-through">$11,900</span> $11,400</p></div>';
    const [item] = read(
      taskItem(
        'Due: Nov 18, 2026 at 10:00 AM',
        task({ title: 'Send Lena the signed order form', done: false, status: 'Not started', notes }),
      ),
    );
    expect(item).toMatchObject({ type: 'task', planned: true });
  });

  it('a task without a checkbox whose Status says "Not started", its notes saying "completed", is open', () => {
    const notes = '<div data-test-id="rte-content"><p>Lena completed the survey</p></div>';
    const [item] = read(
      taskItem('Due: Nov 18, 2026 at 10:00 AM', task({ title: 'Call Lena', status: 'Not started', notes })),
    );
    expect(item).toMatchObject({ type: 'task', planned: true });
  });

  it('a task ticked done on Fri 20, due Mon 23, is shown done and dated Mon 23', () => {
    const [item] = read(
      taskItem('Due: Nov 23, 2026 at 10:00 AM', task({ title: 'Send the deck', done: true, status: 'Completed' })),
    );
    expect(item).toMatchObject({ type: 'task', planned: false, timestamp: '2026-11-23T10:00:00.000Z' });
  });

  it('a task whose Status row alone says "Completed", due Mon 23, is shown done', () => {
    const [item] = read(
      taskItem('Due: Nov 23, 2026 at 10:00 AM', task({ title: 'Send the deck', status: 'Completed' })),
    );
    expect(item).toMatchObject({ type: 'task', planned: false });
  });

  it('a done task due "Nov 23" without a year (this year\'s, as HubSpot writes it) is dated Mon 23 Nov 2026', () => {
    const [item] = read(
      taskItem('Due: Nov 23 at 10:00 AM', task({ title: 'Send the deck', done: true, status: 'Completed' })),
    );
    expect(item).toMatchObject({ planned: false, timestamp: '2026-11-23T10:00:00.000Z' });
  });

  it('a task ticked done still in the Upcoming group is shown done, an unticked one there is open', () => {
    const feed = `<section data-test-id="timeline-group-upcoming"><h2>Upcoming</h2>${taskItem(
      'Due: Nov 24, 2026 at 9:00 AM',
      task({ title: 'Send the deck', done: true, status: 'Completed' }),
    )}${taskItem('Due: Nov 25, 2026 at 9:00 AM', task({ title: 'Book the demo', done: false, status: 'Not started' }))}</section>`;
    const items = read(feed);
    expect(items.find((a) => a.title === 'Send the deck')).toMatchObject({ type: 'task', planned: false });
    expect(items.find((a) => a.title === 'Book the demo')).toMatchObject({ type: 'task', planned: true });
  });

  it('a task done and due in the past is neither planned nor told done (its date says it happened)', () => {
    const [item] = read(
      taskItem('Due: Nov 16, 2026 at 10:00 AM', task({ title: 'Send the deck', done: true, status: 'Completed' })),
    );
    expect(item?.type).toBe('task');
    expect(item?.planned).toBeUndefined();
  });
});
