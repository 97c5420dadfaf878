import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * A History entry's type is in its icon's aria-label/title (crm-evidence-2.md: "type only in an icon's
 * aria-label/title"). Reps paste what a customer wrote into a note, headers included, and write call
 * notes such as "From: front desk, transferred to Maya." A "From:" line inside an entry's text does not
 * make it a synced mail. metrics.md: notes are not touches; a call is a touch (a call attempt).
 * Feed: a done call Nov 17 3:10 PM; a note Nov 16 2:30 PM holding a pasted mail.
 */
describe('Pipedrive person: "From:" lines inside a note or a call\'s notes', () => {
  const pasted =
    '<p>Forwarding what Maya wrote:</p><p>From: Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;</p><p>Sent: Monday, November 16, 2026 9:05 AM</p><p>To: Casey Nguyen</p><p>Subject: Budget</p><p>We got the budget approved.</p>';

  it('reads a note with a pasted mail as a note, not as an inbound email', () => {
    const reading = read(
      personPage({
        history: [
          item({ icon: 'Call', done: true, subject: 'Call with Maya', date: 'Nov 17, 2026 3:10 PM' }),
          item({ icon: 'Note', body: pasted, date: 'Nov 16, 2026 2:30 PM' }),
        ],
      }),
    );
    expect(reading.activities.map((a) => a.type)).toEqual(['call', 'note']);
  });

  it('reads a done call whose notes start a line with "From:" as a call', () => {
    const reading = read(
      personPage({
        history: [
          item({
            icon: 'Call',
            done: true,
            subject: 'Call with Maya',
            date: 'Nov 17, 2026 3:10 PM',
            body: '<p>From: front desk, transferred to Maya.</p><p>Outcome: Connected</p>',
          }),
          item({ icon: 'Note', body: 'Prefers email.', date: 'Nov 16, 2026 2:30 PM' }),
        ],
      }),
    );
    const call = reading.activities.find((a) => a.title === 'Call with Maya');
    expect(call?.type).toBe('call');
    expect(call?.outcome).toBe('connected');
  });
});
