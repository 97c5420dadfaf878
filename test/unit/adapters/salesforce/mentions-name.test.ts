import { describe, expect, it } from 'vitest';
import { mentionsName } from '../../../../lib/adapters/salesforce/mentions-name';

/**
 * An email's side is read from who its sentence and From/To rows name (crm-evidence-2.md). A person
 * or address is named whole, never as the start of a longer one. Oracle, by hand, each row.
 */
describe('a name or address named whole', () => {
  it.each([
    ['Dan Li', 'Dan Li', true],
    ['Dan Li <dan.li@globex.example>', 'Dan Li', true],
    ['Sent to Dan Li.', 'Dan Li', true],
    ['Dan  Li', 'Dan Li', true],
    ['dan li', 'Dan Li', true],
    ['Dan Lindberg', 'Dan Li', false],
    ['Dan Li-Sørensen', 'Dan Li', false],
    ['Jean-Dan Li', 'Dan Li', false],
    ['Anna Müllerová', 'Anna Müller', false],
    ['Łukasz Ęcki', 'Łukasz Ę', false],
    ['Dan Li <dan.li@globex.example>', 'dan.li@globex.example', true],
    ['<x.dan.li@globex.example>', 'dan.li@globex.example', false],
    ['<dan.li@globex.example>', 'li@globex.example', false],
    ['<dan.li@globex.example.com>', 'dan.li@globex.example', false],
  ])('"%s" names "%s": %s', (text, name, named) => {
    expect(mentionsName(text, name)).toBe(named);
  });
});
