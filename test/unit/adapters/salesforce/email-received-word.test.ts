import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * An email's direction is who sent it (crm-evidence-2.md: "direction comes from who sent it versus
 * the record"); the reader leaves it unknown when its sentence and From/To rows place no one. An
 * email reply ("Re: …") whose own text uses the word "received" ("glad you received the signed
 * contract") is read as inbound: the word is the rep's, inside the email's body.
 *
 * Oracle, by hand: without a sentence or From/To rows nothing says who sent "Re: Contract", so its
 * direction is unknown; with the SLDS blueprint's "You emailed Maria Jensen" the viewer sent it
 * (outbound). Inbound is wrong in both: the customer did not write it.
 */
const reply = (summary: string) =>
  item({
    token: 'EmailMessage',
    icon: 'email',
    iconTitle: 'Email',
    subject: 'Re: Contract',
    id: '02s5g00000DpQQ1AAN',
    date: '3:30 PM | Nov 17',
    summary,
    body: '<div><p>Hi Maria, glad you received the signed contract. Next step: kickoff.</p></div>',
  });
const direction = (summary: string, t: 'none' | 'stripped') =>
  read(contactPage(timeline('', [{ heading: 'This Month', items: reply(summary) }])), t).activities.find(
    (a) => a.title === 'Re: Contract',
  )?.direction;

describe('an email reply whose body says "received"', () => {
  it.each(['none', 'stripped'] as const)('with no sentence, its direction is unknown (%s)', (t) => {
    expect(direction('', t)).toBe('unknown');
  });

  it.each(['none', 'stripped'] as const)('with "You emailed Maria Jensen", it is not inbound (%s)', (t) => {
    expect(direction('You emailed Maria Jensen', t)).not.toBe('inbound');
  });

  it('guard: "You sent an email to Maria Jensen" is outbound (passes today)', () => {
    expect(direction('You sent an email to Maria Jensen', 'none')).toBe('outbound');
  });
});
