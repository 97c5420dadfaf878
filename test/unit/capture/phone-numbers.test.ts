import { describe, expect, it } from 'vitest';
import { TextMasker } from '../../../lib/capture/mask-text';
import { capturedBody, contactReading } from './capture-html';

// README: phone numbers are replaced with placeholders of the same shape; dates stay.
const HEADER = '<h1>Jordan Lee</h1><div>Phone number</div><div><a href="tel:+14155551037">+1 415 555 1037</a></div>';

describe('the capture of phone numbers the reading does not give', () => {
  it('masks the text of a tel: link in a local format, not only its href', async () => {
    const body = await capturedBody(
      `${HEADER}<div>Mobile phone number</div><div><a href="tel:+493012345678">030 12345678</a></div>`,
      contactReading(),
    );
    expect(body).not.toContain('12345678');
  });

  it.each([
    ['a French mobile', '+33 6 12 34 56 78', '12 34 56 78'],
    ['a UK number with a 00 prefix', '0044 20 7946 0018', '7946 0018'],
    ['a German landline', '030 1234567', '1234567'],
    ['a French number with dots', '06.12.34.56.78', '06.12.34.56.78'],
  ])('masks %s shown in a second phone field (%s)', async (_, shown, digits) => {
    const body = await capturedBody(`${HEADER}<div>Mobile phone number</div><div>${shown}</div>`, contactReading());
    expect(body).not.toContain(digits);
  });

  it('masks a number no shape tells from others, shown beside a phone label, wherever the page shows it', async () => {
    const body = await capturedBody(
      '<dl><dt>Telefono</dt><dd>02 1234 5678</dd></dl><p>Richiamare al 02 1234 5678 domani</p>',
      contactReading(),
      { lang: 'it-IT' },
    );
    expect(body).not.toContain('1234 5678');
    expect(body).toMatch(/<p>Richiamare al \d\d \d{4} \d{4} domani<\/p>/);
  });

  it('keeps a date shown beside a phone label ("Last phone call")', async () => {
    const body = await capturedBody('<div>Last phone call</div><div>20.11.2026</div>', contactReading());
    expect(body).toContain('<div>20.11.2026</div>');
  });
});

describe('phone shapes masked on any page', () => {
  const masker = () => new TextMasker({ names: [], phrases: [], phones: [] });
  const shape = (text: string) => text.replace(/\d/g, '0');

  it.each([
    '+33 6 12 34 56 78',
    '0044 20 7946 0018',
    '030 1234567',
    '030/1234567',
    '020 7946 0018',
    '06.12.34.56.78',
    '06 12 34 56 78',
    '06-12345678',
    '(11) 91234-5678',
  ])('masks %s, keeping its shape', (number) => {
    const masked = masker().mask(`Call ${number} today`);
    expect(masked).not.toContain(number);
    expect(shape(masked)).toBe(`Call ${shape(number)} today`);
  });

  it.each([
    '10.12.2026',
    '01.02.2026',
    '2026-11-20',
    '01-02-2026',
    '03/04/2026',
    '20.11.2026 15:00',
    '15:00–16:30',
    '$31,500',
    '$1,234,567.00',
    '1.234.567 €',
    '22.500,00 €',
    '12.5 %',
    '+12.5%',
    'ID 4829301',
    'Deal 0065g00000001IfAAI',
    'Q4 2026',
    'GMT+2 2026',
  ])('keeps %s as it is', (text) => {
    expect(masker().mask(text)).toBe(text);
  });

  it.each(['02 1234 5678', '912 345 678'])(
    'leaves %s to phone fields and tel: links (a shape would take amounts too)',
    (number) => {
      expect(masker().mask(number)).toBe(number);
    },
  );

  it('masks a known number in any formatting but never inside a longer run of digits', () => {
    const m = new TextMasker({ names: [], phrases: [], phones: ['030 1234567'] });
    expect(m.mask('030-123 4567')).not.toContain('4567');
    expect(m.mask('Order 90301234567')).toBe('Order 90301234567');
  });
});
