import { describe, expect, it } from 'vitest';
import { TextMasker } from '../../../lib/capture/mask-text';
import { capturedBody, contactReading } from './capture-html';

// decisions.md: the page capture masks names wherever they appear; a link's address is one place.
describe('the capture of link addresses', () => {
  it("masks the person's name in a LinkedIn profile link's href", async () => {
    const body = await capturedBody(
      '<h1>Jordan Lee</h1><div>LinkedIn</div><a href="https://www.linkedin.com/in/jordan-lee-4a1b2c">LinkedIn profile</a>',
      contactReading(),
    );
    expect(body.toLowerCase()).not.toMatch(/jordan|lee-4a1b2c/);
    expect(body).toMatch(/<a href="https:\/\/www\.linkedin\.com\/in\/[a-z]{6}-[a-z]{3}-4a1b2c">LinkedIn profile<\/a>/);
  });

  it('masks the name in the subject of a mailto: link', async () => {
    const body = await capturedBody(
      '<h1>Jordan Lee</h1><a href="mailto:jordan.lee@contoso.example?subject=Hi%20Jordan">Email</a>',
      contactReading(),
    );
    expect(body).not.toContain('Jordan');
    expect(body).toMatch(
      /<a href="mailto:[a-z]{6}\.[a-z]{3}@[a-z]{7}\.example\?subject=Hi%20[A-Z][a-z]{5}">Email<\/a>/,
    );
  });
});

describe('masking a URL', () => {
  const masker = () => new TextMasker({ names: ['Jordan Lee', 'Ana de la Cruz'], phrases: [], phones: [] });

  it.each([
    ['an underscore-separated path', 'https://example.com/people/jordan_lee', /jordan|lee/i],
    ['a dot-separated path', 'https://example.com/u/jordan.lee/profile', /jordan|lee/i],
    ['an encoded full name in a query', 'https://example.com/search?q=Jordan%20Lee&page=2', /jordan|lee/i],
    ['a name with particles in a fragment', 'https://example.com/#Ana%20de%20la%20Cruz', /Ana|Cruz/],
  ])('masks the name in %s', (_, href, name) => {
    expect(masker().maskHref(href)).not.toMatch(name);
  });

  it("keeps the host, the CRM's own paths, the query's form and what is no name", () => {
    const m = masker();
    expect(m.maskHref('https://lee.example.com/contacts/123/record/0-1/902?view=all&x=a+b')).toBe(
      'https://lee.example.com/contacts/123/record/0-1/902?view=all&x=a+b',
    );
    expect(m.maskHref('/lightning/r/Contact/0035g00000000EXAAY/view')).toBe(
      '/lightning/r/Contact/0035g00000000EXAAY/view',
    );
  });

  it('writes a masked piece URL-encoded again, with the same placeholder as in the text', () => {
    const m = masker();
    const name = m.mask('Jordan Lee');
    expect(m.maskHref('https://example.com/?to=Jordan%20Lee%2Fsales')).toBe(
      `https://example.com/?to=${name.replace(' ', '%20')}%2Fsales`,
    );
  });
});
