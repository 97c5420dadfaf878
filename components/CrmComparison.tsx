import type { RecordView } from '../lib/schema/view-model';

interface CrmComparisonProps {
  comparisons: RecordView['crmComparisons'];
}

/** The CRM's own figures beside Touchline's, so a different number is explained, not suspicious. */
export function CrmComparison({ comparisons }: CrmComparisonProps) {
  if (comparisons.length === 0) return null;
  return (
    <section class="tl-card" aria-label="CRM figures compared">
      <h3 class="tl-card-title">CRM vs Touchline</h3>
      <p class="tl-small">Both over the record's whole history, not the panel's period.</p>
      <dl class="tl-compare">
        {comparisons.map((item) => (
          <div key={item.label} class="tl-compare-row">
            <dt class="tl-label">{item.label}</dt>
            <dd>
              CRM says <span class="tl-strong">{item.crmValue}</span> · Touchline{' '}
              <span class="tl-strong">{item.touchlineValue}</span>
              {item.explanation && <span class="tl-small tl-block">{item.explanation}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
