/**
 * crm-evidence-2.md: Pipedrive shows meaning in "an icon's `aria-label`/`title`"; read type and
 * marks "from every carrier". A sequence mail whose automation tag is an icon alone
 * (`role="img" aria-label="Automation"`) is automated, as one with the word as a badge is
 * (metrics.md: automated touches are counted apart). Only the tag's own word or a labelled tag
 * ("Sequence: Q4 outreach"): a mail's type icon ("Email") says nothing of who wrote it.
 */
import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemFacts } from '../../../../lib/adapters/pipedrive/classify-activity';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';

const mail = (iconNames: string[]): ItemFacts => ({
  kind: 'email',
  typeName: 'Email',
  text: 'Quick question about your Q1 plans From: Casey Nguyen To: Maya Lindqvist Hi Maya, following up.',
  chunks: ['Quick question about your Q1 plans', 'From: Casey Nguyen', 'To: Maya Lindqvist', 'Hi Maya, following up.'],
  done: undefined,
  inFocus: false,
  inHistory: true,
  iconNames,
});

describe('Pipedrive: an automation tag drawn as an icon', () => {
  it.each([
    ['en', ['Email', 'Automation']],
    ['en', ['Email', 'Sequence: Q1 outreach']],
    ['de', ['E-Mail', 'Automatisierung']],
    ['fr', ['E-mail', 'Séquence']],
  ])('%s icons %j: the mail is automated', (lang, icons) => {
    expect(classifyItem(mail(icons), wordingFor(lang))).toMatchObject({ type: 'email', automated: true });
  });

  it('only its type icon ("Email"): written by a person', () => {
    expect(classifyItem(mail(['Email']), wordingFor('en'))).toMatchObject({ automated: false });
  });
});
