import type { CrmFigures } from '../../schema/crm-figures';
import type { NotRead } from '../../schema/read-result';
import type { RecordKind } from '../../schema/record';
import { allVisible, firstVisible, textOf } from '../dom';
import type { PageClock } from '../types';
import { dealHeader } from './deal-header';
import { fieldDate } from './fields';
import type { PageLanguage } from './page-locale';
import { timelineItems } from './read-timeline';
import { FIELDS, SELECTORS } from './selectors';
import { hasWord } from './text-match';
import { ownWording } from './wording';

/**
 * Pipedrive's own figures: last and next activity dates (person and deal fields; the next is a
 * planned activity's, so a day shown without its year looks ahead) and, on open deals, the
 * rotting marker. A deal page with a readable header, no marker and no rotting words is not
 * rotting where the language's word is known, else not read; closed deals never rot.
 */
export function readFigures(
  view: Element,
  kind: RecordKind,
  closed: boolean,
  clock: PageClock,
  language: PageLanguage,
  notRead: NotRead[],
): CrmFigures {
  const lastActivity = fieldDate(view, FIELDS.lastActivity, clock, language, 'crmFigures.lastActivity', notRead);
  const nextActivity = fieldDate(
    view,
    FIELDS.nextActivity,
    clock,
    language,
    'crmFigures.nextActivity',
    notRead,
    'planned',
  );
  if (!lastActivity && !notRead.some((n) => n.field === 'crmFigures.lastActivity'))
    notRead.push({ field: 'crmFigures.lastActivity', reason: 'no "Last activity date" shown' });
  const figures: CrmFigures = {
    ...(lastActivity ? { lastActivity } : {}),
    ...(nextActivity ? { nextActivity } : {}),
  };
  if (kind !== 'deal') return figures;
  const rotting = closed ? false : isRotting(view, clock, language);
  if (typeof rotting === 'string') notRead.push({ field: 'crmFigures.rotting', reason: rotting });
  else figures.rotting = rotting;
  return figures;
}

/**
 * The rotting marker, else a text in the deal's header (deal-header.ts) in the page's wording
 * ("Rotting for 5 days", "Stagniert seit 5 Tagen"), never the feed's (a note saying a deal was
 * rotting); unknown, with the reason, in a language whose word is not known or without a header.
 */
function isRotting(view: Element, clock: PageClock, language: PageLanguage): boolean | string {
  if (firstVisible(view, SELECTORS.rotting)) return true;
  // Without the page's own word, a marker whose classes were renamed would pass for a fresh deal.
  if (!ownWording(language.locale.lang)?.rotting.length)
    return 'no rotting mark found, and Touchline knows no word for it in this language';
  const { words } = language;
  const header = dealHeader(view, words, timelineItems(view, clock, language));
  if (!header) return 'no rotting mark found, and no deal header to look in';
  return allVisible(header, 'span, div, p, strong, small').some(
    (el) => el.children.length === 0 && hasWord(textOf(el), words.rotting),
  );
}
