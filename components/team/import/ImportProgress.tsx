import { useLayoutEffect, useRef } from 'preact/hooks';

interface ImportProgressProps {
  /** 0–1. */
  progress: number;
  label: string;
  onCancel(): void;
  /** Called as the bar goes away (the import ended or was cancelled) with focus on it, before focus falls to the page's body. */
  onRemovedWithFocus(): void;
}

/** How far the file has been read, with a Cancel button (rows already written stay; importing again adds the rest). */
export function ImportProgress({ progress, label, onCancel, onRemovedWithFocus }: ImportProgressProps) {
  const percent = Math.round(progress * 100);
  const box = useRef<HTMLDivElement>(null);
  const removed = useRef(onRemovedWithFocus);
  removed.current = onRemovedWithFocus;
  // A hook's cleanup runs while the bar is still in the document: whether Cancel holds focus can still be told.
  useLayoutEffect(
    () => () => {
      if (box.current?.contains(document.activeElement)) removed.current();
    },
    [],
  );
  return (
    <div class="tl-import-progress" ref={box}>
      <label>
        <span class="tl-label">{label}</span>
        <progress max={100} value={percent} aria-valuetext={`${percent} %`}>
          {percent} %
        </progress>
      </label>
      <button type="button" class="tl-button" data-action="cancel-import" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
