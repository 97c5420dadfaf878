import { describe, expect, it } from 'vitest';
import { capturedBody, contactReading } from '../capture/capture-html';

/**
 * README "When Touchline misreads a page": the test page replaces names, emails, phone numbers and
 * note text; "dates, labels and layout stay" and "company names, subjects and amounts are kept".
 * Since 17b0eae, every number run beside a text holding a phone word ("phone", "mobile", "Handy",
 * ...) is taken for a phone number and masked wherever its digits appear on the page.
 */
describe('a captured page keeps dates with a time and amounts shown next to a phone word', () => {
  it('keeps "11/20/2026 3:00 PM" beside "Last phone call" and on the timeline item of that call (README: dates stay)', async () => {
    const body = await capturedBody(
      '<div>Last phone call</div><div>11/20/2026 3:00 PM</div>' +
        '<p><span>Logged call</span> <span>11/20/2026 3:00 PM</span></p>',
      contactReading(),
    );
    // By hand: two dates of the page, no digit of them personal.
    expect(body.match(/11\/20\/2026 3:00 PM/g)).toHaveLength(2);
  });

  it('keeps "20.11.2026 15:00" beside a German "Telefon: …" subject line and on the item (README: dates stay)', async () => {
    const body = await capturedBody(
      '<span>Telefon: Rückruf Preisliste</span><span>20.11.2026 15:00</span>' +
        '<p><span>Anruf</span> <span>20.11.2026 15:00</span></p>',
      contactReading(),
      { lang: 'de-DE' },
    );
    expect(body.match(/20\.11\.2026 15:00/g)).toHaveLength(2);
  });

  it('keeps the amount "1 250 000 €" of a deal named "Mobile fleet pilot" on a French page (README: amounts are kept)', async () => {
    const body = await capturedBody(
      '<div class="deals-card"><span>Mobile fleet pilot</span><span>1 250 000 €</span></div>' +
        '<div><span>Montant</span> <span>1 250 000,00 €</span></div>',
      contactReading(),
      { lang: 'fr-FR' },
    );
    expect(body).toContain('<span>1 250 000 €</span>');
    expect(body).toContain('<span>1 250 000,00 €</span>');
  });

  it('keeps the amount "2.400.000 €" of a deal named "Handy-Rollout Nordhavn" on a German page (README: amounts are kept)', async () => {
    const body = await capturedBody(
      '<span>Handy-Rollout Nordhavn</span><span>2.400.000 €</span><div>Betrag: 2.400.000,00 €</div>',
      contactReading(),
      { lang: 'de-DE' },
    );
    expect(body).toContain('<span>2.400.000 €</span>');
    expect(body).toContain('Betrag: 2.400.000,00 €');
  });
});
