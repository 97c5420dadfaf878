import type { ContactView as ContactViewModel } from '../lib/schema/view-model';
import { CadenceCard } from './CadenceCard';
import { Coverage } from './Coverage';
import { CrmComparison } from './CrmComparison';
import { LogButtons } from './LogButtons';
import { NoActivityNotice } from './NoActivityNotice';
import { OutcomesCard } from './OutcomesCard';
import type { LogRequest } from './panel-state';
import { RecentTouches } from './RecentTouches';
import { TouchSummary } from './TouchSummary';
import { TrendSection } from './TrendSection';
import type { TrendChartModule } from './trend-chart-api';

interface ContactViewProps {
  view: ContactViewModel;
  onLog(touch: LogRequest): void;
  loadTrendChart: () => Promise<TrendChartModule>;
}

export function ContactView({ view, onLog, loadTrendChart }: ContactViewProps) {
  return (
    <div class="tl-view" data-kind="contact">
      <h2 class="tl-title">
        {view.name}
        {view.company && <span class="tl-subtitle"> · {view.company}</span>}
      </h2>
      <NoActivityNotice view={view} />
      <TouchSummary touches={view.touches} periodLabel={view.period.label} band={view.band} />
      <OutcomesCard outcomes={view.outcomes} />
      <CadenceCard cadence={view.cadence} daysSinceLastTouch={view.daysSinceLastTouch} period={view.period} />
      <CrmComparison comparisons={view.crmComparisons} />
      <RecentTouches recent={view.recent} />
      <TrendSection weekly={view.weekly} loadTrendChart={loadTrendChart} />
      <Coverage activitiesRead={view.activitiesRead} />
      <LogButtons onLog={onLog} />
    </div>
  );
}
