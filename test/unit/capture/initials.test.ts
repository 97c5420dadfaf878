import { describe, expect, it } from 'vitest';
import { TextMasker } from '../../../lib/capture/mask-text';
import { capturedBody, contactReading, SALESFORCE_CONTACT_URL } from './capture-html';

// README: names are replaced; an avatar's initials beside the name's placeholder would give it back.
describe('the capture of initials', () => {
  it('masks an initials avatar (SLDS <abbr class="slds-avatar__initials">JL</abbr>)', async () => {
    const body = await capturedBody(
      '<span class="slds-avatar"><abbr class="slds-avatar__initials" title="Jordan Lee">JL</abbr></span><h1>Jordan Lee</h1>',
      contactReading({}, 'salesforce'),
      { url: SALESFORCE_CONTACT_URL, title: 'Jordan Lee | Salesforce' },
    );
    expect(body).not.toMatch(/>JL</);
    expect(body).toMatch(/<abbr class="slds-avatar__initials" title="[A-Z][a-z]{5} [A-Z][a-z]{2}">[A-Z]{2}<\/abbr>/);
  });
});

describe('masking initials', () => {
  const masker = () =>
    new TextMasker({
      names: ['Jordan Lee', 'Ana de la Cruz', 'Paul Martin', 'Mary Ann Smith'],
      phrases: [],
      phones: [],
    });

  it.each([
    ['JL', 'an avatar of Jordan Lee'],
    ['AC', 'an avatar of Ana de la Cruz (particles left out)'],
    ['MAS', 'all three of Mary Ann Smith'],
    ['MS', 'the first and last of Mary Ann Smith'],
  ])('masks %s, %s, as a whole word', (initials) => {
    expect(masker().mask(`Notes by ${initials}.`)).not.toContain(initials);
  });

  it('gives the initials one placeholder of their own, the same each time, and two other people another', () => {
    const m = masker();
    expect(m.mask('JL')).toBe(m.mask('JL'));
    expect(m.mask('JL')).not.toBe(m.mask('AC'));
    expect(m.mask('JL')).toMatch(/^[A-Z]{2}$/);
    expect(m.mask('JL')).not.toBe('JL');
  });

  it.each([
    'Meeting at 3:00 PM',
    'PM', // Paul Martin's initials, and a 12-hour clock's word
    '10 PM',
    'JLX',
    'jl',
    'JL2026',
    'GMT+2',
  ])('keeps %s (a time, another word, or letters beside a number)', (text) => {
    expect(masker().mask(text)).toBe(text);
  });

  it('keeps a word of capitals that are no one\'s initials ("VP Sales", "CFO")', () => {
    expect(masker().mask('VP Sales, CFO')).toBe('VP Sales, CFO');
  });
});
