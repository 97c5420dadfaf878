import type { NotRead } from '../../schema/read-result';
import type { Classification, ItemFacts } from './classify-activity';
import { ownWording } from './wording';

/** The page's language code when Touchline has no word table for it (Polish, say); a page without `lang` is English. */
export function untabledLanguage(lang: string): string | undefined {
  return ownWording(lang) ? undefined : lang.toLowerCase().split('-')[0];
}

/**
 * What only wording tells, reported as not read on a page in a language without a word table
 * (README: "reported as not read rather than guessed"), as the Salesforce reader does: an
 * activity type no icon label names in a known word (read as a task, which is no touch), a
 * call's or mail's direction, and whether an activity drawn without a done toggle, under no
 * heading Touchline knows, is done (read as done, classify-activity.ts isPlanned).
 */
export function wordingGaps(classified: Classification, facts: ItemFacts, title: string, lang: string): NotRead[] {
  const language = `the page is in "${lang}", a language Touchline has no words for`;
  const gaps: NotRead[] = [];
  if (facts.kind === 'activity' && facts.done === undefined && !facts.inFocus && !facts.inHistory)
    gaps.push({
      field: 'activities.done',
      reason: `${language}: "${title}" shows no done toggle, and whether it is done or planned is only in its wording`,
    });
  if (classified.type === 'task')
    gaps.push({
      field: 'activities.type',
      reason: `${language}: "${title}" may be a call, meeting or email, which only its wording tells`,
    });
  if (classified.direction === 'unknown' && (classified.type === 'email' || classified.type === 'call'))
    gaps.push({
      field: 'activities.direction',
      reason: `${language}: whether "${title}" came in or went out is only in its wording`,
    });
  return gaps;
}
