// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * Review regress51. crm-evidence-2.md: a HubSpot item's header is "{type} - {outcome/event} …"
 * (French "Appel - Connecté passé par …"); the type and what happened are only in that wording. An
 * email that bounced or a contact unsubscribing is an email event, nobody's touch (the tables'
 * emailEvents). The part after the dash counts when it opens with an event word; a subject there
 * ("E-mail - RE : Nouveau magasin ouvert", email-subject-saying-opened-stays-an-email) does not.
 * Read as an email of unknown direction, each bounce or unsubscribe counted as an outbound touch,
 * filled the cadence and reset "gone cold" on a contact nobody reached.
 *
 * Oracle, by hand: an email event is `system`.
 */
const props = property('Email', 'mara.quist@northwind.example') + property('Contact owner', 'Alex Morgan');

function typeOf(lang: string, header: string, when: string): string | undefined {
  const html = contactRecord({
    lang,
    properties: props,
    middle: timeline(groupHeading('November 2026') + previewEvent(header, when, '<div>Q4 pricing update</div>')),
  });
  return readHubSpot(html).activities[0]?.type;
}

describe('a HubSpot email event headed "{type} - {event}"', () => {
  it.each([
    ['en-US', 'Email - Bounced', 'Nov 10, 2026 at 3:00 PM'],
    ['en-US', 'Email - Hard bounce', 'Nov 10, 2026 at 3:00 PM'],
    ['en-US', 'Email - Unsubscribed', 'Nov 10, 2026 at 3:00 PM'],
    ['fr-FR', 'E-mail - Désabonné', '10 nov. 2026 à 15:00'],
  ])('%s "%s" is no email touch', (lang, header, when) => {
    expect(typeOf(lang, header, when)).toBe('system');
  });
});
