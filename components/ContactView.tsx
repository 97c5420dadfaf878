import { loadedBack, withTimelineReadInPart } from '../lib/metrics/timeline-read-in-part';
import type { NotRead } from '../lib/schema/read-result';
import type { ContactView as ContactViewModel } from '../lib/schema/view-model';
import { CadenceCard } from './CadenceCard';
import { ContactOutcomes } from './ContactOutcomes';
import { Coverage } from './Coverage';
import { CrmComparison } from './CrmComparison';
import { ItemsNotRead } from './ItemsNotRead';
import { LogButtons } from './LogButtons';
import { lastTouchReason } from './last-touch-reason';
import { NoActivityNotice } from './NoActivityNotice';
import { timelineNotRead, typesNotRead } from './page-not-read';
import { staged } from './panel/staged-sections';
import type { LogRequest, PanelProps } from './panel-state';
import { RecentTouches } from './RecentTouches';
import { TimelineNotRead } from './TimelineNotRead';
import { TouchSummary } from './TouchSummary';
import { TrendSection } from './TrendSection';
import type { TrendChartModule } from './trend-chart-api';

interface ContactViewProps {
  view: ContactViewModel;
  /** What the adapter could not read on this page: an unread timeline changes what the figures can say. */
  notRead?: readonly NotRead[];
  onLog(touch: LogRequest): void;
  onRemoveLogged?: PanelProps['onRemoveLogged'];
  loadTrendChart: () => Promise<TrendChartModule>;
}

/** The sections in page order; on a CRM page the first few are drawn at once, the rest a task each. */
export function ContactView({ view: stored, notRead = [], onLog, onRemoveLogged, loadTrendChart }: ContactViewProps) {
  const unread = timelineNotRead(notRead);
  // The figures that hang on the oldest or newest touch say when the timeline was read in part;
  // those on the newest need not when no item not loaded can be newer than the last touch.
  const view = unread === undefined ? stored : withTimelineReadInPart(stored, notRead);
  const title = (
    <h2 key="title" class="tl-title">
      {view.name}
      {view.company && <span class="tl-subtitle"> · {view.company}</span>}
    </h2>
  );
  const coverage = <Coverage key="coverage" activitiesRead={view.activitiesRead} />;
  const log = <LogButtons key="log" onLog={onLog} />;
  if (unread !== undefined && view.activitiesRead === 0) {
    return (
      <div class="tl-view" data-kind="contact">
        {staged([title, <TimelineNotRead key="not-read" view={view} reason={unread} />, coverage, log])}
      </div>
    );
  }
  const sections = [
    title,
    ...(unread === undefined ? [] : [<TimelineNotRead key="not-read" view={view} reason={unread} />]),
    <NoActivityNotice
      key="notice"
      view={view}
      timelinePartlyRead={unread !== undefined}
      typesNotRead={typesNotRead(notRead).length}
    />,
    <ItemsNotRead key="items-not-read" notRead={notRead} />,
    <TouchSummary key="touches" touches={view.touches} period={view.period} band={view.band} />,
    <ContactOutcomes
      key="outcomes"
      outcomes={view.outcomes}
      timelineReadInPart={view.timelineReadInPart === true}
      periodReadInPart={view.periodReadInPart === true}
      olderOutbound={{
        reply: view.olderNotKept?.beforeReply === true,
        meeting: view.olderNotKept?.beforeMeeting === true,
      }}
      loadedBack={loadedBack(notRead)}
    />,
    <CadenceCard
      key="cadence"
      cadence={view.cadence}
      daysSinceLastTouch={view.daysSinceLastTouch}
      lastTouchReason={lastTouchReason(view, unread !== undefined)}
      period={view.period}
    />,
    <CrmComparison key="crm" comparisons={view.crmComparisons} />,
    <RecentTouches
      key="recent"
      recent={view.recent}
      timeZone={view.period.timeZone}
      automatedCounted={view.touches.automatedCounted}
      onRemoveLogged={onRemoveLogged}
    />,
    <TrendSection
      key="trend"
      weekly={view.weekly}
      loadTrendChart={loadTrendChart}
      notRead={notRead}
      timeZone={view.period.timeZone}
    />,
    coverage,
    log,
  ];
  return (
    <div class="tl-view" data-kind="contact">
      {staged(sections)}
    </div>
  );
}
