import type { CrmFigures } from '../../schema/crm-figures';
import type { NotRead } from '../../schema/read-result';
import type { RecordKind } from '../../schema/record';
import { allVisible, firstVisible, textOf } from '../dom';
import type { PageClock } from '../types';
import { fieldDate } from './fields';
import type { PageLanguage } from './page-locale';
import { FIELDS, SELECTORS } from './selectors';

/**
 * Pipedrive's own figures: last and next activity dates (person and deal fields; the next is a
 * planned activity's, so a day shown without its year looks ahead) and, on open deals, the
 * rotting marker. A deal page with a readable header but no marker is not rotting;
 * closed deals never rot.
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
  if (kind === 'deal') figures.rotting = !closed && isRotting(view);
  return figures;
}

function isRotting(view: Element): boolean {
  if (firstVisible(view, SELECTORS.rotting)) return true;
  const header = firstVisible(view, SELECTORS.header) ?? view;
  return allVisible(header, 'span, div, p, strong, small').some(
    (el) => el.children.length === 0 && /\brott(ing|en)\b/i.test(textOf(el)),
  );
}
