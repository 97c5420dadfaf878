import { describe, expect, it } from 'vitest';
import { samePersonName } from '../../../lib/locale/same-person-name';

describe('samePersonName: one person as a mail client and the CRM spell the name', () => {
  it('a middle name or initial left out', () => {
    expect(samePersonName('Omar J. Haddad', 'Omar Haddad')).toBe(true);
    expect(samePersonName('Ana Maria Silva', 'Ana Silva')).toBe(true);
  });

  it('"Last, First" read as "First Last", in any case and accents', () => {
    expect(samePersonName('Rivera, Samuel', 'Samuel Rivera')).toBe(true);
    expect(samePersonName('MÜLLER, Jürgen', 'jurgen muller')).toBe(true);
  });

  it('a short form the full first name starts with, three letters at least', () => {
    expect(samePersonName('Sam Rivera', 'Samuel Rivera')).toBe(true);
    expect(samePersonName('S. Rivera', 'Samuel Rivera')).toBe(false);
    expect(samePersonName('Nick Shaw', 'Nicky Shaw')).toBe(true);
    expect(samePersonName('Bill Tran', 'Billy Tran')).toBe(true);
  });

  it('another first name, or another last name, is another person', () => {
    expect(samePersonName('Samantha Rivera', 'Samuel Rivera')).toBe(false);
    expect(samePersonName('Dan Whitfield', 'Dana Whitfield')).toBe(false);
    expect(samePersonName('Ann Berg', 'Anna Berg')).toBe(false);
    expect(samePersonName('Leila Haddad', 'Omar Haddad')).toBe(false);
    expect(samePersonName('Omar Haddadi', 'Omar Haddad')).toBe(false);
  });

  it('a first name alone is only the same one word', () => {
    expect(samePersonName('Omar', 'Omar Haddad')).toBe(false);
    expect(samePersonName('Omar', 'omar')).toBe(true);
  });
});
