import type { CrmFigures } from '../../schema/crm-figures';
import type { NotRead } from '../../schema/read-result';
import type { RecordKind } from '../../schema/record';
import { allVisible, firstVisible, textOf } from '../dom';
import type { PageClock } from '../types';
import { fieldDate } from './fields';
import type { PageLanguage } from './page-locale';
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
  const rotting = closed ? false : isRotting(view, language);
  if (rotting === undefined)
    notRead.push({
      field: 'crmFigures.rotting',
      reason: 'no rotting mark found, and Touchline knows no word for it in this language',
    });
  else figures.rotting = rotting;
  return figures;
}

/**
 * The rotting marker, else a header text in the page's wording ("Rotting for 5 days", "Stagniert
 * seit 5 Tagen"); unknown in a language whose word is not known.
 */
function isRotting(view: Element, language: PageLanguage): boolean | undefined {
  if (firstVisible(view, SELECTORS.rotting)) return true;
  // Without the page's own word, a marker whose classes were renamed would pass for a fresh deal.
  if (!ownWording(language.locale.lang)?.rotting.length) return undefined;
  const { words } = language;
  const header = firstVisible(view, SELECTORS.header) ?? view;
  return allVisible(header, 'span, div, p, strong, small').some(
    (el) => el.children.length === 0 && hasWord(textOf(el), words.rotting),
  );
}
