import { describe, expect, it } from 'vitest';
import { readSubjectTask } from './subject-task-page';

/**
 * A rep's Salesforce contact page: calls logged under subjects that say the contact called (a
 * voicemail she left, a call the rep missed, a CTI's "Incoming: +1 …" line), with no Call Type in
 * the details. The direction word at the head says so even without a channel word beside it: it
 * stands alone before a separator (a name or number follows), or a "from" comes within two words.
 * Each is the contact's call, inbound (metrics.md "Direction": inbound = contact to rep), never the
 * rep's touch. "Inbound lead - discovery call" stays the rep's call:
 * call-to-an-inbound-lead-is-the-reps-outbound-call.test.ts. Oracle, by hand.
 */
describe('Salesforce: a logged call whose subject says the contact called', () => {
  it.each(['Received voicemail from Dana Whitfield', 'Missed - Dana Whitfield', 'Incoming: +1 415 555 0134'])(
    '"%s" came in',
    (subject) => {
      expect(readSubjectTask(subject, 'call')).toEqual(['call', 'inbound']);
    },
  );

  it('on a German page, "Verpasst - Dana Whitfield" came in', () => {
    expect(readSubjectTask('Verpasst - Dana Whitfield', 'call', 'de')).toEqual(['call', 'inbound']);
  });
});
