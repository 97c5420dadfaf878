// @vitest-environment happy-dom
/**
 * Review s46 hscontact. metrics.md: "An automated inbound email (auto-reply, out-of-office) is
 * never a reply." The reader expects a preview item's subject after its type in the header
 * ("Email - Re: workflow question", classify-activity.ts typeWording), but the automatic-reply
 * step (lib/adapters/auto-replies.ts) looks only at `title`, which for such an item is the body's
 * first line ("from Mara Quist to Alex Morgan", read-timeline.ts titleOf). So an out-of-office
 * answer whose subject is in the header is a real reply: the rep's email is "answered", the reply
 * rate and touches-to-first-reply are wrong and the cadence ends.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';

const cases = [
  {
    lang: 'en-US',
    email: 'Email',
    sent: previewEvent('Email - Pricing for 40 seats', 'Nov 17, 2026 at 9:05 AM', 'from Alex Morgan to Mara Quist'),
    auto: previewEvent(
      'Email - Automatic reply: Pricing for 40 seats',
      'Nov 17, 2026 at 9:06 AM',
      'from Mara Quist to Alex Morgan',
    ),
  },
  {
    lang: 'de-DE',
    email: 'E-Mail',
    sent: previewEvent('E-Mail - Angebot für 40 Lizenzen', '17. Nov. 2026 um 09:05', 'von Alex Morgan an Mara Quist'),
    auto: previewEvent(
      'E-Mail - Abwesenheitsnotiz: Angebot für 40 Lizenzen',
      '17. Nov. 2026 um 09:06',
      'von Mara Quist an Alex Morgan',
    ),
  },
  {
    lang: 'fr-FR',
    email: 'Adresse e-mail',
    sent: previewEvent('E-mail - Offre pour 40 licences', '17 nov. 2026 à 09:05', 'de Alex Morgan à Mara Quist'),
    auto: previewEvent(
      'E-mail - Réponse automatique : Offre pour 40 licences',
      '17 nov. 2026 à 09:06',
      'de Mara Quist à Alex Morgan',
    ),
  },
];

describe('HubSpot: an out-of-office answer whose subject is in the item header', () => {
  it.each(cases)('is an automated inbound email, not a reply ($lang)', ({ lang, email, sent, auto }) => {
    const html = contactRecord({
      lang,
      properties: property(email, 'mara@quist.example'),
      middle: timeline(auto + sent),
    });
    const { activities } = readHubSpot(html);
    const inbound = activities.filter((a) => a.type === 'email' && a.direction === 'inbound');
    expect(inbound).toHaveLength(1);
    expect(inbound[0]?.automated).toBe(true);
  });
});
