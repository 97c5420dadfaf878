import type { Motion } from '../lib/schema/motion';
import type { RecordView } from '../lib/schema/view-model';
import { MOTION_LABEL, MOTION_SHORT_LABEL } from './motion-labels';
import { type MenuItem, PanelMenu } from './PanelMenu';
import { PeriodSelect } from './PeriodSelect';
import type { SettingsActions } from './settings-actions';

interface HeaderProps {
  /** The period every number is for; absent until a view is ready. */
  period?: RecordView['period'];
  /** The sales motion the numbers are for (a setting). */
  motion?: Motion;
  /** Period switch and options page; without them the period is plain text. */
  settings?: SettingsActions;
  onCollapse(): void;
  /** The header menu's actions; no menu without any. */
  menuItems?: MenuItem[];
}

export function Header({ period, motion, settings, onCollapse, menuItems = [] }: HeaderProps) {
  return (
    <header class="tl-header">
      <span class="tl-brand">Touchline</span>
      {period && settings && period.choice ? (
        <PeriodSelect value={period.choice} label={period.label} onChange={settings.choosePeriod} />
      ) : (
        period && (
          <span
            class="tl-period"
            title="Touches, rates and gaps are for this period; the band (last 30 days), last touch, next step and recent touches are not"
          >
            {period.label}
          </span>
        )
      )}
      {motion && settings && (
        <button
          type="button"
          class="tl-link-button"
          style={{ whiteSpace: 'nowrap', fontSize: '11px' }}
          data-action="motion"
          data-motion={motion}
          title={`Sales motion: ${MOTION_LABEL[motion]}. Change it in Touchline's settings`}
          onClick={settings.openOptions}
        >
          {MOTION_SHORT_LABEL[motion]}
        </button>
      )}
      {menuItems.length > 0 && <PanelMenu items={menuItems} />}
      <button
        type="button"
        class="tl-icon-button"
        data-action="collapse"
        aria-expanded="true"
        aria-label="Collapse the Touchline panel"
        onClick={onCollapse}
      >
        <span aria-hidden="true">›</span>
      </button>
    </header>
  );
}
