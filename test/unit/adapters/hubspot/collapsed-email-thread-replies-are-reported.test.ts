// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * Review hs51. HubSpot groups an email conversation in the timeline: the preview shows the latest
 * message and a count of the replies folded under it ("3 replies"), opened only on a click. Each
 * reply is an email touch (metrics.md: reply rate, "an outbound email counts as answered when a
 * (non-automated) inbound email follows it"). Read as one email with nothing said, the thread lost
 * the others; crm-pages.md: "report what they could not read instead of guessing". The latest
 * message is read, the folded ones are reported, none is invented. Guessed wording: no public
 * source shows the count's label (words/*.ts `foldedReplies`).
 */
function reading(lang: string, header: string, body: string) {
  const html = contactRecord({
    lang,
    properties: property('Email', 'mara.quist@northwind.example') + property('Contact owner', 'Alex Morgan'),
    middle: timeline(groupHeading('November 2026') + previewEvent(header, 'Nov 17, 2026 at 9:00 AM', body)),
  });
  return readHubSpot(html);
}

describe('a collapsed HubSpot email thread', () => {
  it('with "3 replies" folded: the latest email is read, the replies reported as not read', () => {
    const { activities, notRead } = reading(
      'en-US',
      'Email - Re: Fleet pricing',
      '<div>from Mara Quist to Alex Morgan</div><div>Thanks, can we move the call to Friday?</div><div>3 replies</div>',
    );
    expect(activities.map((a) => [a.type, a.direction])).toEqual([['email', 'inbound']]);
    expect(notRead.filter((n) => n.field === 'activities')).toEqual([
      {
        field: 'activities',
        reason:
          'the email thread "Email - Re: Fleet pricing" shows "3 replies" folded under its latest message: those emails were not read (their dates and senders were not shown)',
        // Only emails: no call's outcome and no meeting is in the part not read.
        part: 'emails',
      },
    ]);
  });

  it('in German ("2 Antworten") is reported too', () => {
    const { notRead } = reading(
      'de-DE',
      'E-Mail - AW: Flottenpreise',
      '<div>von Mara Quist an Alex Morgan</div><div>Danke, passt Freitag?</div><div>2 Antworten</div>',
    );
    expect(notRead.filter((n) => n.field === 'activities')).toHaveLength(1);
  });

  it('with no count under it is one email, nothing reported', () => {
    const { activities, notRead } = reading(
      'en-US',
      'Email - Re: Fleet pricing',
      '<div>from Mara Quist to Alex Morgan</div><div>Thanks, 3 replies from the board are in.</div>',
    );
    expect(activities).toHaveLength(1);
    expect(notRead.filter((n) => n.field === 'activities')).toEqual([]);
  });
});
