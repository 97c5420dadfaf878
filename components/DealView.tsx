import { rowsBeforeHistory } from '../lib/metrics/history-read-in-part';
import { newestTouchRead, periodMayBeUnread, withRatesReadInPart } from '../lib/metrics/timeline-read-in-part';
import type { NotRead } from '../lib/schema/read-result';
import type { DealView as DealViewModel } from '../lib/schema/view-model';
import { Coverage } from './Coverage';
import { CrmComparison } from './CrmComparison';
import { DealContacts } from './DealContacts';
import { DealTitle } from './DealTitle';
import { ItemsNotRead } from './ItemsNotRead';
import { LogButtons } from './LogButtons';
import { NoActivityNotice } from './NoActivityNotice';
import { OutcomesCard } from './OutcomesCard';
import { contactsNotRead, stageHistoryNotRead, timelineNotRead, typesNotRead } from './page-not-read';
import { staged } from './panel/staged-sections';
import type { LogRequest, PanelProps } from './panel-state';
import { RecentTouches } from './RecentTouches';
import { StageCard } from './StageCard';
import { StageConversion } from './StageConversion';
import { TimelineNotRead } from './TimelineNotRead';
import { TouchSummary } from './TouchSummary';
import { TrendSection } from './TrendSection';
import type { TrendChartModule } from './trend-chart-api';

interface DealViewProps {
  view: DealViewModel;
  /** What the adapter could not read on this page: an unread timeline or contact list changes what the figures can say. */
  notRead?: readonly NotRead[];
  onLog(touch: LogRequest): void;
  onRemoveLogged?: PanelProps['onRemoveLogged'];
  loadTrendChart: () => Promise<TrendChartModule>;
}

/** The sections in page order; on a CRM page the first few are drawn at once, the rest a task each. */
export function DealView({ view, notRead = [], onLog, onRemoveLogged, loadTrendChart }: DealViewProps) {
  const unread = timelineNotRead(notRead);
  // The part of the timeline not read may hold touches of the period: its absences are not known.
  const periodPartlyRead = periodMayBeUnread(view, notRead);
  const title = <DealTitle key="title" view={view} />;
  const historyNotRead = stageHistoryNotRead(notRead);
  const stage = <StageCard key="stage" view={view} historyNotRead={historyNotRead} />;
  const conversion = (
    <StageConversion
      key="conversion"
      conversion={view.conversion}
      unknownRows={historyNotRead === undefined ? 0 : rowsBeforeHistory(view)}
    />
  );
  const coverage = <Coverage key="coverage" activitiesRead={view.activitiesRead} />;
  const log = <LogButtons key="log" onLog={onLog} contacts={view.contacts} />;
  if (unread !== undefined && view.activitiesRead === 0) {
    const notice = <TimelineNotRead key="not-read" view={view} reason={unread} />;
    return (
      <div class="tl-view" data-kind="deal">
        {staged([title, notice, stage, conversion, coverage, log])}
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
    stage,
    <DealContacts
      key="contacts"
      view={view}
      contactsNotRead={contactsNotRead(notRead)}
      timelinePartlyRead={unread !== undefined}
      newestRead={newestTouchRead(notRead, view.lastTouchBy)}
      periodPartlyRead={periodPartlyRead}
      typesNotRead={typesNotRead(notRead).length}
    />,
    <ItemsNotRead key="items-not-read" notRead={notRead} />,
    <TouchSummary key="touches" touches={view.touches} period={view.period} />,
    <OutcomesCard
      key="outcomes"
      outcomes={periodPartlyRead ? withRatesReadInPart(view.outcomes, notRead) : view.outcomes}
    />,
    conversion,
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
    <div class="tl-view" data-kind="deal">
      {staged(sections)}
    </div>
  );
}
