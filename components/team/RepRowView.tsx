import { countOf, countText } from '../../lib/team/counts';
import type { RepRow } from '../../lib/team/rep-row';
import type { TouchesPerRep } from '../../lib/team/touches-per-rep';
import { rateValue, reasonText, twoDecimals } from '../format';
import { Metric } from '../Metric';
import { shownRate } from '../percent-range';
import { bandWords } from './band-words';
import { ChannelMix } from './ChannelMix';

/** A rep's row (`data-rep`, contracts.md) or the team's (`data-team`), cells carrying `data-metric`. */
export function RepRowView({
  row,
  isTeam = false,
  perRep = null,
}: {
  row: RepRow;
  isTeam?: boolean;
  /** On the team row: its touches per rep with a touch (metrics.md, activity per rep). */
  perRep?: TouchesPerRep | null;
}) {
  const { counts, perContact, band, warning } = row;
  const rowAttributes = isTeam ? { 'data-team': 'true' } : { 'data-rep': row.rep };
  return (
    <tr {...rowAttributes} class={isTeam ? 'tl-team-total' : undefined}>
      <th scope="row">{isTeam ? 'Team' : row.rep}</th>
      <td>
        <Metric name="rep-touches" value={counts.total}>
          {countText(counts.total)}
        </Metric>
        {perRep && (
          <span class="tl-small">
            <Metric name="activity-per-rep" value={twoDecimals(perRep.value)}>
              {twoDecimals(perRep.value)}
            </Metric>{' '}
            per rep with a touch ({countText(perRep.reps)})
          </span>
        )}
      </td>
      <td>
        <Metric name="rep-active-contacts" value={perContact.activeContacts}>
          {countText(perContact.activeContacts)}
        </Metric>
      </td>
      <td>
        <Metric
          name="rep-touches-per-contact"
          value={perContact.value === null ? null : twoDecimals(perContact.value)}
          reason={perContact.reason}
        >
          {perContact.value === null ? '—' : twoDecimals(perContact.value)}
        </Metric>
        <span class="tl-small">{bandWords(band)}</span>
      </td>
      <td>
        <ChannelMix byChannel={counts.byChannel} {...(counts.tasks ? { tasks: counts.tasks } : {})} />
      </td>
      <td>
        {countText(counts.manual)} / {countText(counts.automated)}
        {!counts.automatedCounted && counts.automated > 0 && <span class="tl-small">automated not counted</span>}
      </td>
      <td>
        <RateCell metric="rep-reply-rate" rate={row.replyRate} of={['email answered', 'emails answered']} />
      </td>
      <td>
        <RateCell
          metric="rep-connect-rate"
          rate={row.connectRate}
          of={['call connected', 'calls connected']}
          note={
            row.callsWithoutOutcome > 0 ? `${countText(row.callsWithoutOutcome)} without a recorded outcome` : undefined
          }
        />
      </td>
      <td class={warning.warning && !row.warningNotRead ? 'tl-warn-cell' : undefined}>
        {row.warningNotRead ? (
          <Metric name="rep-early-warning" value={null} reason={row.warningNotRead}>
            Not computed
          </Metric>
        ) : (
          <Metric name="rep-early-warning" value={String(warning.warning)}>
            {warning.warning ? 'Dropped' : 'No'}
          </Metric>
        )}
        <span class="tl-small">{row.warningReason}</span>
      </td>
    </tr>
  );
}

function RateCell({
  metric,
  rate,
  of,
  note,
}: {
  metric: string;
  rate: RepRow['replyRate'];
  /** What the denominator counts, one and many. */
  of: readonly [one: string, many: string];
  note?: string;
}) {
  if (rate.value === null) {
    const reason = rate.reason ?? 'unknown';
    return (
      <>
        <Metric name={metric} value={null} reason={reason}>
          —
        </Metric>
        <span class="tl-small">{reasonText(reason)}</span>
      </>
    );
  }
  const shown = shownRate({ ...rate, value: rate.value });
  return (
    <>
      <Metric name={metric} value={rateValue(rate.value)} data={shown.data}>
        {shown.text}
      </Metric>
      <span class="tl-small">
        {countText(rate.numerator)} of {countOf(rate.denominator, ...of)}
        {note && `; ${note}`}
        {shown.data.reason && `; ${reasonText(shown.data.reason)}`}
      </span>
    </>
  );
}
