import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * A CRM may hold a name or subject decomposed ("Jose\u0301", loaded from a file made on a Mac) or
 * with the spaces a user typed ("Call  with", a trailing or no-break space), while its report
 * export, composed and collapsed by the import, carries the same text: one touch and one person
 * either way (metrics.md duplicate rule 3: same title; the email's sides read from the names the
 * record shows). So a reading gives text composed and its whitespace collapsed, the Task's subject
 * from its link's title too. Oracle, by hand (review "unicode").
 */
function read(subject: string, summary: string, name = 'Dana Whitfield') {
  const item = entry({
    object: 'Task',
    id: '00T8d00000Sm5r1AAB',
    subject,
    kind: 'email',
    iconTitle: 'Email',
    date: 'Nov 18',
    summary,
  });
  const page = recordPage(auraTimeline({ groups: [{ heading: 'This Month', items: item }] }), { name });
  return readRecord(page).activities[0];
}

describe('Salesforce text held decomposed or spaced', () => {
  it.each([
    ['a doubled space', 'Pricing  for José'],
    ['a trailing space', 'Pricing for José '],
    ['a no-break space', 'Pricing for\u00a0José'],
    ['decomposed letters', 'Pricing for Jose\u0301'],
  ])('a subject with %s is titled as its export prints it', (_, subject) => {
    expect(read(subject, 'You sent an email to Dana Whitfield')?.title).toBe('Pricing for José');
  });

  it('an email from a contact whose name the org holds decomposed is her reply', () => {
    const name = 'José Núñez'.normalize('NFD');
    const reply = read('Re: Pricing', `${name} sent an email to ${'Zoë Park'.normalize('NFD')}`, name);
    expect(reply?.direction).toBe('inbound');
  });
});
