import { describe, expect, it } from 'vitest';
import { basisOf, basisText } from '../../../lib/team/basis';
import { email } from '../metrics/builders';

/**
 * docs/team-view.md: "Every section says what it is based on: … 'from 3,412 activities on 611
 * contacts; 38 % of them imported'", and with no activities the share is "—", never "0 %": a
 * share must not say something the counts do not.
 *
 * 400 activities read from pages and 1 imported from a CRM export: the line says "0 % of them
 * imported" (1/401 rounds to 0), telling a manager that nothing came from the import they just
 * ran. Likewise 400 imported and 1 read from a page says "100 %". By hand: a share above 0 and
 * below 100 is shown as neither "0 %" nor "100 %" (e.g. "under 1 %", "over 99 %").
 */
describe('the basis line’s imported share (team-view.md: based on)', () => {
  const page = Array.from({ length: 400 }, (_, i) => email(`2026-11-0${1 + (i % 9)}T10:00:00.000Z`, `Page ${i}`));
  const imported = Array.from({ length: 400 }, (_, i) =>
    email(`2026-11-0${1 + (i % 9)}T11:00:00.000Z`, `Import ${i}`, { origin: 'import' }),
  );

  it('says under 1 % imported, not 0 %, when one activity of 401 was imported', () => {
    expect(basisText(basisOf([...page, ...imported.slice(0, 1)]))).toBe(
      'from 401 activities on 1 contact; under 1 % of them imported',
    );
  });

  it('says over 99 % imported, not 100 %, when one activity of 401 was read from a page', () => {
    expect(basisText(basisOf([...imported, ...page.slice(0, 1)]))).toBe(
      'from 401 activities on 1 contact; over 99 % of them imported',
    );
  });
});
