import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  /** The item's `data-action` (contracts.md: `save-test-page`, `open-options`, …). */
  action: string;
  label: string;
  /** Set for one of a choice (a layout): the item is a `menuitemradio` with `aria-checked`. */
  checked?: boolean;
  onSelect(): void;
}

/** Every kind of item the list holds, for moving focus among them. */
const ITEM_SELECTOR = '[role="menuitem"], [role="menuitemradio"]';

/**
 * The panel header's menu: a button that opens a list of actions. Keyboard: Enter, Space or
 * ArrowDown open it on the first item, ArrowUp on the last; arrows, Home and End move; Escape
 * and Tab close it (Escape returns focus to the button and goes no further, so it never folds
 * the panel); choosing an item closes it.
 */
export function PanelMenu({ items }: { items: MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  // Before the browser paints the open list: with an effect (after paint), a key pressed as the
  // list appears reached the button, and an Escape went on to fold the panel.
  useLayoutEffect(() => {
    if (!open) return;
    const item = list.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR)[active];
    item?.focus();
  }, [open, active]);

  const show = (at: number) => {
    setActive((at + items.length) % items.length);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  function onButtonKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') show(0);
    else if (event.key === 'ArrowUp') show(items.length - 1);
    else if (event.key === 'Escape' && open) close(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  function onMenuKey(event: KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: items.length - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) show(to);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      class="tl-menu"
      onFocusOut={(event) => {
        // Focus left the menu (a click elsewhere in the panel): close without stealing focus back.
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="tl-icon-button"
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : 'false'}
        aria-label="Touchline menu"
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div ref={list} class="tl-menu-list" role="menu" aria-label="Touchline menu" onKeyDown={onMenuKey}>
          {items.map((item, i) => (
            <button
              key={item.action}
              type="button"
              {...roleOf(item)}
              class="tl-menu-item"
              data-action={item.action}
              tabIndex={i === active ? 0 : -1}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

/** An action is a `menuitem`; one of a choice a `menuitemradio` that says whether it is the one chosen. */
function roleOf(item: MenuItem) {
  return item.checked === undefined
    ? { role: 'menuitem' as const }
    : { role: 'menuitemradio' as const, 'aria-checked': item.checked ? ('true' as const) : ('false' as const) };
}
