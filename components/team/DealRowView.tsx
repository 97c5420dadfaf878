import { CRM_NAMES } from '../../lib/crm-names';
import type { DealRow } from '../../lib/team/deal-row';
import { type ContactsWorkedCounts, contactsWorkedFigure, contactsWorkedNotes } from '../contacts-worked';
import { formatMoney, relativeDays } from '../format';
import { Metric } from '../Metric';
import { noTouchReason, noVerdict, READ_IN_PART_WORDS, warningWords } from './deal-row-words';
import { NO_TOUCH_WORDS } from './labels';

/** One open deal (`data-deal` = its record key, contracts.md), linking to the deal in its CRM. */
export function DealRowView({ row }: { row: DealRow }) {
  const days = row.daysInStage;
  const daysText =
    days === null
      ? '—'
      : row.daysInStageUpTo !== undefined
        ? `${days}–${row.daysInStageUpTo}`
        : row.daysInStageAtLeast
          ? `≥ ${days}`
          : String(days);
  const noTouch = noTouchReason(row);
  // A touch not read can only add contacts worked: with every contact worked, nothing to say.
  const untouchedMayBeWorked = row.timelineReadInPart === true && (row.contactsWorked ?? 0) < (row.contactsOnDeal ?? 0);
  return (
    <tr data-deal={row.key} class={`tl-warning-${row.warning}`}>
      <th scope="row">
        <a href={row.url} target="_blank" rel="noreferrer">
          {row.name}
        </a>
        <span class="tl-small">{[row.owner, CRM_NAMES[row.crm], row.pipeline].filter(Boolean).join(' · ')}</span>
      </th>
      <td>{row.stage ?? '—'}</td>
      <td>
        <Metric
          name="days-in-stage"
          value={days}
          // As the deal panel says it (components/stage-days.ts daysMissing): no stage shown, a stage without its
          // history, or an entry the history dates after today.
          reason={
            row.warningNotKnown === 'entered-after-now'
              ? row.warningNotKnown
              : row.stage
                ? 'no-stage-history'
                : 'no-stage'
          }
          data={{
            upper: row.daysInStageUpTo === undefined ? undefined : String(row.daysInStageUpTo),
            'lower-bound': row.daysInStageAtLeast ? 'true' : undefined,
            approximate: row.daysInStageApproximate ? 'true' : undefined,
          }}
        >
          {daysText}
        </Metric>
        <span class="tl-small">
          {row.typicalDays === null
            ? 'typical unknown'
            : `typical ${row.typicalDays}${row.typicalSource === 'default' ? ' (default)' : ''}`}
        </span>
      </td>
      <td>
        {/* A warning not computed has no value, and its reason, as on the deal panel (contracts.md). */}
        <Metric
          name="stage-warning"
          value={row.warningNotKnown ? null : row.warning}
          reason={row.warningNotKnown}
          class={`tl-badge tl-badge-${noVerdict(row) ? 'unknown' : row.warning}`}
        >
          {warningWords(row)}
        </Metric>
        {(row.warning !== 'none' || row.outcomeNotRead) && <span class="tl-small">{row.warningReason}</span>}
      </td>
      <td>
        <Metric name="days-since-last-touch" value={row.daysSinceTouch} reason={noTouch}>
          {row.daysSinceTouch === null ? NO_TOUCH_WORDS[noTouch] : relativeDays(row.daysSinceTouch)}
        </Metric>
        {/* Without a day count the reason says it already ("none in what was read"). */}
        {row.timelineReadInPart && row.daysSinceTouch !== null && <ReadInPart words={READ_IN_PART_WORDS.lastTouch} />}
      </td>
      <td>
        {row.contactsOnDeal === null ? (
          <Metric name="contacts-touched" value={null} reason="not-in-export">
            <span title="A deal export lists no contacts; open the deal in the CRM once to read them.">
              not in the export
            </span>
          </Metric>
        ) : (
          <>
            <ContactsWorked
              contacts={row.contactsOnDeal}
              touched={row.contactsWorked ?? 0}
              unnamed={row.touchesNamingNoContact}
              undated={row.undatedTouchesOfUntouched}
              readInPart={untouchedMayBeWorked}
            />
            {untouchedMayBeWorked && <ReadInPart words={READ_IN_PART_WORDS.contactsWorked} />}
          </>
        )}
      </td>
      <td class="tl-num">{row.amount === undefined ? '—' : formatMoney(row.amount, row.currency)}</td>
    </tr>
  );
}

/** Contacts worked as the deal panel says it (contactsWorkedFigure), why it is not exact in a tooltip. */
function ContactsWorked(counts: ContactsWorkedCounts) {
  const worked = contactsWorkedFigure(counts);
  const notes = contactsWorkedNotes(counts);
  return (
    <Metric name="contacts-touched" value={worked.value} reason={worked.reason} data={worked.data}>
      {notes ? <span title={notes}>{worked.text}</span> : worked.text}
    </Metric>
  );
}

/** The panel's caveat for a timeline its page showed in part, cut to the cell, the whole sentence on hover. */
function ReadInPart({ words }: { words: { text: string; title: string } }) {
  return (
    <span class="tl-small" title={words.title}>
      {words.text}
    </span>
  );
}
