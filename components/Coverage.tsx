import { plural } from './format';
import { Metric } from './Metric';

interface CoverageProps {
  activitiesRead: number;
}

/** How much Touchline has seen of this record, so low numbers can be told from low coverage. */
export function Coverage({ activitiesRead }: CoverageProps) {
  return (
    <p class="tl-footnote">
      Based on{' '}
      <Metric name="activities-read" value={activitiesRead}>
        {plural(activitiesRead, 'activity', 'activities')}
      </Metric>{' '}
      Touchline has for this record.
    </p>
  );
}
