// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * decisions.md: 'A setting "your name in this CRM" stands in for "You" in Salesforce sentences, so
 * owners resolve.' The reader marks such items `byViewer` (lib/db/your-touches.ts gives them the
 * name). "Maria Jensen sent an email to You" is marked; "Maria Jensen sent you an email" (the
 * wording the reader's tables give for a received email, `inboundEmail`) names the viewer just the
 * same, in every language the tables word it. Oracle, by hand: each is the viewer's received
 * email, and no one else's. (Moved from zz-review-salesforce.)
 */
function received(summary: string, lang = 'en-US') {
  const li = item({
    token: 'EmailMessage',
    icon: 'email',
    iconTitle: 'Email',
    subject: 'Re: Pricing',
    id: '02s5g00000QpRsTAAV',
    date: lang.startsWith('en') ? '9:05 AM | Nov 17' : '09:05 | 17 nov.',
    summary,
  });
  const html = contactPage(timeline('', [{ heading: 'November • 2026', items: li }]), { lang });
  return read(html).activities.find((a) => a.title === 'Re: Pricing');
}

describe('an email the contact sent to the viewer', () => {
  it('guard: "Maria Jensen sent an email to You" is the viewer’s', () => {
    expect(received('Maria Jensen sent an email to You')?.byViewer).toBe(true);
  });

  it.each([
    ['en-US', 'Maria Jensen sent you an email'],
    ['fr-FR', 'Maria Jensen vous a envoyé un e-mail'],
    ['de-DE', 'Maria Jensen hat Ihnen eine E-Mail gesendet'],
    ['es-ES', 'Maria Jensen le envió un correo electrónico'],
    ['pt-BR', 'Maria Jensen enviou um e-mail para você'],
    ['nl-NL', 'Maria Jensen heeft u een e-mail gestuurd'],
    ['it-IT', "Maria Jensen ti ha inviato un'email"],
  ])('%s "%s" is the viewer’s, inbound, with no other owner', (lang, summary) => {
    const email = received(summary, lang);
    expect(email).toMatchObject({ direction: 'inbound', byViewer: true });
    expect(email?.owner).toBeUndefined();
  });
});
