import { describe, expect, it } from 'vitest';
import { readSubjectTask } from './subject-task-page';

/**
 * A rep's Salesforce contact page (Lightning activity timeline). Reps log calls to people who came
 * in through a form or a demo request under subjects such as "Inbound lead follow-up" or "Incoming
 * demo request - intro call": the word "inbound" names where the LEAD came from, not who placed the
 * call. The call's details show no Call Type, so the rep's logged call is outbound (metrics.md
 * "Direction": outbound = rep to contact; the adapter: "a call is outbound unless its details say
 * it came in"). Same for a LinkedIn message the rep sent to an inbound lead. A direction word says
 * who called or wrote only beside the channel ("Inbound call", "SMS received") or before a sender
 * ("Inbound from Dana Whitfield"): message-task-subject-gives-its-direction.test.ts. Oracle, by hand.
 */
const read = readSubjectTask;

describe('Salesforce: a rep logs a call to an inbound lead', () => {
  it.each(['Inbound lead follow-up', 'Inbound lead - discovery call', 'Incoming demo request - intro call'])(
    '"%s" is the rep\'s outbound call',
    (subject) => {
      expect(read(subject, 'call')).toEqual(['call', 'outbound']);
    },
  );

  it('"Inbound lead: LinkedIn message" is the rep\'s outbound LinkedIn touch', () => {
    expect(read('Inbound lead: LinkedIn message', 'task')).toEqual(['social', 'outbound']);
  });

  it('on a German page, "Eingehender Lead - Erstgespräch" is the rep\'s outbound call', () => {
    expect(read('Eingehender Lead - Erstgespräch', 'call', 'de')).toEqual(['call', 'outbound']);
  });

  it.each(['Inbound: call from Dana Whitfield', 'Incoming from Dana Whitfield'])(
    '(control) "%s" came in',
    (subject) => {
      expect(read(subject, 'call')).toEqual(['call', 'inbound']);
    },
  );
});
