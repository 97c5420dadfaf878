import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A Pipedrive person may have several addresses, each with its kind ("(Work)", "(Home)"), in the
 * email field's value (crm-evidence-2.md: label and value in the same row; the fixtures show the kind).
 */
describe('a Pipedrive person with a work and a home email', () => {
  const page = fixturePage('pipedrive', 'person-hashed');
  const one =
    '<a href="mailto:maya.lindqvist@nordhavn.example">maya.lindqvist@nordhavn.example</a> <span class="FormField__hint--E60Qw">(Work)</span>';
  const two =
    '<div><a href="mailto:maya.lindqvist@nordhavn.example">maya.lindqvist@nordhavn.example</a> <span class="FormField__hint--E60Qw">(Work)</span></div>' +
    '<div><a href="mailto:maya.l@gmail.example">maya.l@gmail.example</a> <span class="FormField__hint--E60Qw">(Home)</span></div>';
  const reading = readPage(edited(page.html, [one, two]), page.url);

  it('has the first address as its email', () => {
    expect(reading.record.email).toBe('maya.lindqvist@nordhavn.example');
  });

  it("still reads the person's reply as inbound", () => {
    expect(reading.activities.find((a) => a.title === 'Re: Q1 volumes')?.direction).toBe('inbound');
  });
});
