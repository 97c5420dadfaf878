import { accountId, accountLabel } from '../../lib/team/accounts';
import type { TeamView } from '../../lib/team/team-view';
import { EVERY_REP_LABEL, MOTION_LABELS, NO_PIPELINE_LABEL, PERIOD_LABELS } from './labels';

/**
 * What the status line leaves once the figures are in: focus stays on the filter just changed, so
 * this sentence is a screen reader user's only news that the tables below changed, and for which
 * filters. It names them in the filter bar's words; an account or pipeline only when one is chosen.
 */
export function figuresSentence(view: TeamView, updated: boolean): string {
  const { owner, period, motion, account, pipeline } = view.filters;
  const chosenAccount = view.choices.accounts.find((a) => accountId(a) === account);
  const parts = [
    owner ?? lowerFirst(EVERY_REP_LABEL),
    lowerFirst(PERIOD_LABELS[period]),
    lowerFirst(MOTION_LABELS[motion]),
    ...(account === undefined ? [] : [chosenAccount ? accountLabel(chosenAccount) : account]),
    ...(pipeline === undefined ? [] : [pipeline === '' ? lowerFirst(NO_PIPELINE_LABEL) : `pipeline ${pipeline}`]),
  ];
  return `${updated ? 'Figures updated' : 'Figures'} for ${parts.join(', ')}.`;
}

/** A label put inside a sentence: "Last 30 days" reads "last 30 days" ("SMB" keeps its capitals). */
function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
