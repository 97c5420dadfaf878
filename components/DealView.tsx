import type { DealView as DealViewModel } from '../lib/schema/view-model';
import { Coverage } from './Coverage';
import { CrmComparison } from './CrmComparison';
import { DealContacts } from './DealContacts';
import { DealTitle } from './DealTitle';
import { LogButtons } from './LogButtons';
import { NoActivityNotice } from './NoActivityNotice';
import { staged } from './panel/staged-sections';
import type { LogRequest } from './panel-state';
import { RecentTouches } from './RecentTouches';
import { StageCard } from './StageCard';
import { StageConversion } from './StageConversion';
import { TouchSummary } from './TouchSummary';
import { TrendSection } from './TrendSection';
import type { TrendChartModule } from './trend-chart-api';

interface DealViewProps {
  view: DealViewModel;
  onLog(touch: LogRequest): void;
  loadTrendChart: () => Promise<TrendChartModule>;
}

/** The sections in page order; on a CRM page the first few are drawn at once, the rest a task each. */
export function DealView({ view, onLog, loadTrendChart }: DealViewProps) {
  const sections = [
    <DealTitle key="title" view={view} />,
    <NoActivityNotice key="notice" view={view} />,
    <StageCard key="stage" view={view} />,
    <DealContacts key="contacts" view={view} />,
    <TouchSummary key="touches" touches={view.touches} period={view.period} />,
    <StageConversion key="conversion" conversion={view.conversion} />,
    <CrmComparison key="crm" comparisons={view.crmComparisons} />,
    <RecentTouches key="recent" recent={view.recent} timeZone={view.period.timeZone} />,
    <TrendSection key="trend" weekly={view.weekly} loadTrendChart={loadTrendChart} />,
    <Coverage key="coverage" activitiesRead={view.activitiesRead} />,
    <LogButtons key="log" onLog={onLog} contacts={view.contacts} />,
  ];
  return (
    <div class="tl-view" data-kind="deal">
      {staged(sections)}
    </div>
  );
}
