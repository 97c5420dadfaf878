/**
 * Review s35 (a reviewer's doubt): an item whose date element is gone must not take another text
 * of its header as its date. contracts.md keeps `dateText` for a date the page shows but that could
 * not be parsed; a name beside the subject ("Jordan Lee") is no such date, and the note must say the
 * date is missing rather than `unparsable "Jordan Lee"`.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const page = fixturePage('salesforce', 'deal-stage-history');
const callDate = '<p class="slds-timeline__date dueDate">3:15 PM | Nov 18</p>';
const call = (html: string) => {
  const reading = readPage(html, page.url);
  const activity = reading.activities.find((a) => a.title === 'Call with Jordan Lee' && a.direction === 'outbound');
  const notes = reading.notRead.filter((n) => n.field.includes('Call with Jordan Lee'));
  return { activity, notes };
};

describe('a timeline item whose date element is removed', () => {
  it('keeps no header text that is no date as its date text, and says the date is missing', () => {
    const { activity, notes } = call(edited(page.html, [callDate, '']));
    expect(activity?.timestamp).toBeUndefined();
    expect(activity?.dateText).toBeUndefined();
    expect(notes).toHaveLength(1);
    expect(notes[0]?.reason).not.toContain('Jordan Lee');
    expect(notes[0]?.reason).toMatch(/no date/);
  });

  it('keeps a header text that tries to be a date ("Nov 31") as its date text', () => {
    const { activity, notes } = call(edited(page.html, [callDate, '<p>3:15 PM | Nov 31</p>']));
    expect(activity?.timestamp).toBeUndefined();
    expect(activity?.dateText).toBe('3:15 PM | Nov 31');
    expect(notes[0]?.reason).toContain('3:15 PM | Nov 31');
  });

  it('keeps the date element\'s own text, whatever it says ("sometime")', () => {
    const { activity, notes } = call(edited(page.html, [callDate, callDate.replace('3:15 PM | Nov 18', 'sometime')]));
    expect(activity?.dateText).toBe('sometime');
    expect(notes[0]?.reason).toContain('sometime');
  });
});
