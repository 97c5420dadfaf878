import { type MenuItem, PanelMenu } from './PanelMenu';

interface HeaderProps {
  /** The period every number is for; absent until a view is ready. */
  periodLabel?: string;
  onCollapse(): void;
  /** The header menu's actions; no menu without any. */
  menuItems?: MenuItem[];
}

export function Header({ periodLabel, onCollapse, menuItems = [] }: HeaderProps) {
  return (
    <header class="tl-header">
      <span class="tl-brand">Touchline</span>
      {periodLabel && (
        <span class="tl-period" title="Every number in this panel is for this period">
          {periodLabel}
        </span>
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
