import { motionSchema } from '../../lib/schema/motion';
import { periodChoiceSchema } from '../../lib/settings/period-choice';
import { accountId, accountLabel } from '../../lib/team/accounts';
import { type TeamFilters, withAccount } from '../../lib/team/filters';
import type { OwnerLists } from '../../lib/team/owner-lists';
import type { TeamView } from '../../lib/team/team-view';
import { EVERY_REP_LABEL, MOTION_LABELS, NO_PIPELINE_LABEL, PERIOD_LABELS } from './labels';

interface TeamFilterBarProps {
  filters: TeamFilters;
  /** Undefined until the first view is computed: the lists then hold only "all". */
  choices: TeamView['choices'] | undefined;
  onChange: (filters: TeamFilters) => void;
  onRefresh: () => void;
}

const ALL = '';
/** The select's value for deals whose page showed no pipeline ('' is "all"). */
const NO_PIPELINE = '\u0000none';
/** Before the first view there is no account to choose; were there one, no owner would be kept. */
const NONE: OwnerLists = { all: [], byAccount: {} };

/** Account, pipeline, owner, period and motion; an empty choice means all. */
export function TeamFilterBar({ filters, choices, onChange, onRefresh }: TeamFilterBarProps) {
  const set = (patch: Partial<TeamFilters>) => {
    const next: Record<string, unknown> = { ...filters, ...patch };
    for (const key of ['account', 'pipeline', 'owner']) if (next[key] === undefined) delete next[key];
    onChange(next as TeamFilters);
  };
  const optional = (value: string) => (value === ALL ? undefined : value);
  return (
    <form class="tl-team-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        CRM account
        <select
          name="account"
          value={filters.account ?? ALL}
          // The pipeline and owner lists hold the new account's only: a pipeline, or an owner the
          // account's rows do not name, would filter out every row while its list could not show it.
          onChange={(e) => onChange(withAccount(filters, optional(e.currentTarget.value), choices?.ownerLists ?? NONE))}
        >
          <option value={ALL}>All accounts</option>
          {choices?.accounts.map((a) => (
            <option key={accountId(a)} value={accountId(a)}>
              {accountLabel(a)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Pipeline
        <select
          name="pipeline"
          value={filters.pipeline === undefined ? ALL : filters.pipeline === '' ? NO_PIPELINE : filters.pipeline}
          onChange={(e) => {
            const value = e.currentTarget.value;
            set({ pipeline: value === NO_PIPELINE ? '' : optional(value) });
          }}
        >
          <option value={ALL}>All pipelines</option>
          {choices?.pipelines.map((p) => (
            <option key={p} value={p === '' ? NO_PIPELINE : p}>
              {p === '' ? NO_PIPELINE_LABEL : p}
            </option>
          ))}
        </select>
      </label>
      <label>
        Owner
        <select
          name="owner"
          value={filters.owner ?? ALL}
          onChange={(e) => set({ owner: optional(e.currentTarget.value) })}
        >
          <option value={ALL}>{EVERY_REP_LABEL}</option>
          {choices?.owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label>
        Period
        <select
          name="period"
          data-action="period"
          value={filters.period}
          onChange={(e) => set({ period: periodChoiceSchema.parse(e.currentTarget.value) })}
        >
          {periodChoiceSchema.options.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Motion
        <select
          name="motion"
          value={filters.motion}
          onChange={(e) => set({ motion: motionSchema.parse(e.currentTarget.value) })}
        >
          {motionSchema.options.map((m) => (
            <option key={m} value={m}>
              {MOTION_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-action="refresh" onClick={onRefresh}>
        Refresh
      </button>
    </form>
  );
}
