import { describe, expect, it } from 'vitest';
import { classifyActivity } from '../../../../lib/adapters/hubspot/classify-activity';
import { de } from '../../../../lib/adapters/hubspot/words/de';
import { en } from '../../../../lib/adapters/hubspot/words/en';
import { es } from '../../../../lib/adapters/hubspot/words/es';
import { fr } from '../../../../lib/adapters/hubspot/words/fr';
import { nl } from '../../../../lib/adapters/hubspot/words/nl';
import { pt } from '../../../../lib/adapters/hubspot/words/pt';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * HubSpot's timeline also shows what happened to an email without anyone writing one: the
 * contact unsubscribed, a send bounced, a (marketing) email was opened or a link clicked (HubSpot's
 * email event types: sent, delivered, open, click, bounce, status change). These name "email" but
 * are nobody's touch: they are system items, never counted as an email.
 */
describe('HubSpot email events that are not a touch', () => {
  it.each([
    ['Maya Chen unsubscribed from all email', [en]],
    ['Unsubscribed from all email', [en]],
    ['Email bounced', [en]],
    ['Email hard bounced', [en]],
    ['Maya Chen opened Marketing email "November product update"', [en]],
    ['Maya Chen clicked a link in Marketing email "November product update"', [en]],
    ['Email opened by Maya Chen', [en]],
    ['Email subscription status changed', [en]],
    ['Hat sich von allen E-Mails abgemeldet', [de, en]],
    ['E-Mail unzustellbar (Bounce)', [de, en]],
    ['Marketing-E-Mail geöffnet', [de, en]],
    ['Désabonné(e) de tous les e-mails', [fr, en]],
    ["A ouvert l'e-mail marketing", [fr, en]],
    ['Se dio de baja de todos los correos electrónicos', [es, en]],
    ['Correo electrónico rebotado', [es, en]],
    ['Cancelou a inscrição de todos os e-mails', [pt, en]],
    ['E-mail devolvido', [pt, en]],
    ['Afgemeld voor alle e-mail', [nl, en]],
    ['E-mail gebounced', [nl, en]],
  ])('"%s" is a system item', (header, words) => {
    expect(classifyActivity(header, { words })).toMatchObject({ type: 'system', direction: 'unknown' });
  });

  it.each([
    ['Email', [en]],
    ['Logged email', [en]],
    ['Marketing email sent: November product update', [en]],
    ['Email reply from Maya Chen', [en]],
    ['E-Mail gesendet von Alex Morgan', [de, en]],
    // A subject that only says someone opened or clicked something.
    ['Email: Re: Opened the new account?', [en]],
    ['Email reply from Maya Chen: clicked through the demo', [en]],
    ['Email: Bounce rate figures for Q4', [en]],
  ])('"%s" stays an email', (header, words) => {
    expect(classifyActivity(header, { words }).type).toBe('email');
  });

  it('on the page, an "unsubscribed from all email" item adds no email touch', () => {
    const page = fixturePage('hubspot', 'contact-long-timeline');
    const html = edited(page.html, ['>Logged email<', '>Dana Whitfield unsubscribed from all email<']);
    const item = readPage(html, page.url).activities.find((a) => a.sourceId === '51229944');
    expect(item).toMatchObject({ type: 'system', automated: true });
    expect(item?.channel).toBeUndefined();
  });
});
