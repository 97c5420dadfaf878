import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * The newest undo offer waits (its time paused in the content script) while the rep is on it, and
 * while the details form of an earlier touch is open beside it: the rep is typing there and has not
 * had the offer's few seconds to notice it. One hold for both, told to the session when it changes.
 * Returns the bar's own hold callback (focus or pointer on it).
 */
export function useOfferHold(onHoldUndo: ((held: boolean) => void) | undefined, besideForm: boolean) {
  const on = useRef({ bar: false, form: false, told: false });
  const latest = useRef(onHoldUndo);
  latest.current = onHoldUndo;
  const tell = () => {
    const held = on.current.bar || on.current.form;
    if (held === on.current.told) return;
    on.current.told = held;
    latest.current?.(held);
  };
  useLayoutEffect(() => {
    on.current.form = besideForm;
    tell();
  }, [besideForm]);
  // Gone while holding (the page is no record any more): the offer's time runs again.
  useLayoutEffect(
    () => () => {
      on.current.bar = on.current.form = false;
      tell();
    },
    [],
  );
  return (held: boolean) => {
    on.current.bar = held;
    tell();
  };
}
