import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * A synced mail in Pipedrive's feed shows who sent it on a From line (the saved pages' guess,
 * crm-evidence-2.md: no source shows a history item's markup) and who the mail belongs to on its
 * meta line ("Yesterday at 4:40 PM · Casey Nguyen · Maya Lindqvist"). The saved pages render the
 * person's reply twice (a clipped accessibility copy), so each edit is made to both copies.
 */
const person = fixturePage('pipedrive', 'person-hashed');
const deal = fixturePage('pipedrive', 'deal-hashed');
const mayasFrom = /From: Maya Lindqvist &lt;maya\.lindqvist@nordhavn\.example&gt;/g;

function directionOf(html: string, url: string, title: string) {
  return readPage(html, url).activities.find((a) => a.type === 'email' && a.title === title)?.direction;
}

describe('a Pipedrive mail from someone who is neither the person nor a user', () => {
  it('is not taken for a mail the user sent', () => {
    // Maya's colleague answers in the thread, the user in copy.
    const page = edited(person.html, [mayasFrom, 'From: Jonas Berg &lt;jonas.berg@nordhavn.example&gt;']);
    expect(directionOf(page, person.url, 'Re: Q1 volumes')).toBe('unknown');
  });

  it('is not given a direction by words of its body ("I sent the updated figures")', () => {
    const page = edited(person.html, [mayasFrom, 'From: Jonas Berg']);
    expect(page).toContain('I sent the updated figures');
    expect(directionOf(page, person.url, 'Re: Q1 volumes')).toBe('unknown');
  });

  it('on a deal, is unknown when the sender is of the organization but not one of the deal’s persons', () => {
    const page = edited(deal.html, [
      /From: Jonas Berg &lt;jonas\.berg@nordhavn\.example&gt;/g,
      'From: Ola Svensson &lt;ola.svensson@nordhavn.example&gt;',
    ]);
    expect(directionOf(page, deal.url, 'Re: Pilot scope')).toBe('unknown');
  });
});

describe('a Pipedrive person page that shows no address for the person', () => {
  // The person's email field is empty ("-", as Pipedrive shows it); Jamie owns the person, Casey works the mail.
  const page = edited(
    person.html,
    [/<a href="mailto:maya\.lindqvist@nordhavn\.example">.*?\(Work\)<\/span>/, '-'],
    ['>Casey Nguyen</div><button', '>Jamie Patel</div><button'],
  );

  it('reads the person’s mail as inbound by the sender’s name', () => {
    expect(readPage(page, person.url).record).toMatchObject({ owner: 'Jamie Patel' });
    expect(readPage(page, person.url).record).not.toHaveProperty('email');
    expect(directionOf(page, person.url, 'Re: Q1 volumes')).toBe('inbound');
  });

  it('reads the mail the user sent as outbound: its sender is the user the mail belongs to', () => {
    expect(directionOf(page, person.url, 'Q1 volumes')).toBe('outbound');
  });
});

describe('a Pipedrive mail from the person or the user', () => {
  it('keeps its direction: the person’s address is inbound, the user’s name outbound', () => {
    expect(directionOf(person.html, person.url, 'Re: Q1 volumes')).toBe('inbound');
    expect(directionOf(person.html, person.url, 'Q1 volumes')).toBe('outbound');
  });

  it('is the person’s when the From line shows their name alone', () => {
    const page = edited(person.html, [mayasFrom, 'From: Maya Lindqvist']);
    expect(directionOf(page, person.url, 'Re: Q1 volumes')).toBe('inbound');
  });
});
