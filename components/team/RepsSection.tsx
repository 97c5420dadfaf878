import { basisText } from '../../lib/team/basis';
import { weeksRead } from '../../lib/team/periods';
import type { TeamView } from '../../lib/team/team-view';
import { MOTION_LABELS } from './labels';
import { RepRowView } from './RepRowView';
import { teamDate } from './team-dates';

/** One row per rep, the team on top: effort beside outcomes, and the early warning in words. */
export function RepsSection({ view }: { view: TeamView }) {
  const { low, high } = view.band;
  const unnamed = view.unownedLogged + view.unnamedYou;
  return (
    <section class="tl-team-section" aria-labelledby="tl-reps-title">
      <h2 id="tl-reps-title">Reps</h2>
      <p class="tl-basis">
        {view.periods.current.label}. The {weeksRead(view.periods)} weeks read (the period, the one before it, the early
        warning's 5 weeks and the charts' 12) give the figures {basisText(view.basis)}. Touches and channel mix count
        active contacts' touches only, as touches per contact does. Touches per active contact are compared with the{' '}
        {MOTION_LABELS[view.filters.motion].toLowerCase()} band ({low}–{high}) over the last 30 days. Touches without an
        owner on the page are in no rep's row.
        {view.filters.pipeline !== undefined &&
          ' The pipeline filter narrows the deals and the funnel only: a touch is with a person, not filed under a pipeline, so these rows count every pipeline.'}
        {view.invalidRows > 0 &&
          ` ${view.invalidRows} stored ${view.invalidRows === 1 ? 'row' : 'rows'} could not be read and ${view.invalidRows === 1 ? 'is' : 'are'} left out of every figure.`}
      </p>
      {view.keptFrom && (
        <p class="tl-hint" data-notice="beyond-retention" data-value={view.keptFrom.from}>
          Activities read from pages are held from {teamDate(view.keptFrom.from, view.periods.timeZone)} on (
          {view.keptFrom.raised
            ? 'older ones were deleted, or never stored, under a shorter retention setting since raised'
            : 'the retention setting on the options page'}
          ): before that day, the weeks read count only touches logged in Touchline.
          {periodHeld(view.periods.current, view.keptFrom.from)}
        </p>
      )}
      {unnamed > 0 && (
        <p class="tl-hint" data-notice="unowned-logged" data-count={unnamed}>
          {unnamedWords(view.unownedLogged, view.unnamedYou)} in this period {unnamed === 1 ? 'is' : 'are'} on no rep's
          row: set your name in each CRM on the <a href="/options.html">options page</a> to count{' '}
          {unnamed === 1 ? 'it' : 'them'} on yours.
        </p>
      )}
      {view.reps.length === 0 ? (
        <p class="tl-hint">No rep has a touch in the weeks read with these filters.</p>
      ) : (
        <div class="tl-table-wrap">
          <table class="tl-team-table">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Touches</th>
                <th scope="col">Active contacts</th>
                <th scope="col">Touches per contact</th>
                <th scope="col">Channel mix</th>
                <th scope="col">Manual / automated</th>
                <th scope="col">Reply rate</th>
                <th scope="col">Connect rate</th>
                <th scope="col">Early warning</th>
              </tr>
            </thead>
            <tbody>
              {view.team && <RepRowView row={view.team} isTeam perRep={view.perRep} />}
              {view.reps.map((row) => (
                <RepRowView key={row.rep} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What the notice adds for the chosen period: all of it held, part of it, or none. */
/** "2 touches logged in Touchline and 1 a CRM page credits to "You"", each part only where there are some. */
function unnamedWords(logged: number, you: number): string {
  const parts = [
    logged > 0 && `${logged} ${logged === 1 ? 'touch' : 'touches'} logged in Touchline`,
    you > 0 && `${you} ${logged > 0 ? '' : you === 1 ? 'touch ' : 'touches '}a CRM page credits to "You"`,
  ];
  return parts.filter(Boolean).join(' and ');
}

function periodHeld(period: TeamView['periods']['current'], heldFrom: string): string {
  const from = Date.parse(heldFrom);
  if (period.end.getTime() <= from) {
    return ` None of ${period.label} is held: its figures count only touches logged in Touchline.`;
  }
  return period.start.getTime() < from
    ? ` The figures for ${period.label} count activities read from pages from that day on.`
    : '';
}
