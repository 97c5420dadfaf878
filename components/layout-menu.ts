import { LAYOUTS, type Layout } from '../lib/content/layout-choice';
import type { MenuItem } from './PanelMenu';

/** The layout in use and how to change it (the content script remembers it per CRM). */
export interface LayoutOffer {
  current: Layout;
  onChoose(layout: Layout): void;
}

const LAYOUT_LABEL: Record<Layout, string> = {
  overlay: 'Overlay the page',
  'make-room': 'Make room beside the page',
};

/** The menu's choice of layout: one checked item per layout, `layout-overlay` and `layout-make-room`. */
export function layoutMenuItems({ current, onChoose }: LayoutOffer): MenuItem[] {
  return LAYOUTS.map((layout) => ({
    action: `layout-${layout}`,
    label: LAYOUT_LABEL[layout],
    checked: layout === current,
    onSelect: () => onChoose(layout),
  }));
}
