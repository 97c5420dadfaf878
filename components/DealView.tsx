import type { DealView as DealViewModel } from '../lib/schema/view-model';
import { Coverage } from './Coverage';
import { CrmComparison } from './CrmComparison';
import { DealContacts } from './DealContacts';
import { DealTitle } from './DealTitle';
import { LogButtons } from './LogButtons';
import { NoActivityNotice } from './NoActivityNotice';
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

export function DealView({ view, onLog, loadTrendChart }: DealViewProps) {
  return (
    <div class="tl-view" data-kind="deal">
      <DealTitle view={view} />
      <NoActivityNotice view={view} />
      <StageCard view={view} />
      <DealContacts view={view} />
      <TouchSummary touches={view.touches} periodLabel={view.period.label} />
      <StageConversion conversion={view.conversion} />
      <CrmComparison comparisons={view.crmComparisons} />
      <RecentTouches recent={view.recent} />
      <TrendSection weekly={view.weekly} loadTrendChart={loadTrendChart} />
      <Coverage activitiesRead={view.activitiesRead} />
      <LogButtons onLog={onLog} contacts={view.contacts} />
    </div>
  );
}
