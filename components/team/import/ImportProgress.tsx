interface ImportProgressProps {
  /** 0–1. */
  progress: number;
  label: string;
  onCancel(): void;
}

/** How far the file has been read, with a Cancel button (rows already written stay; importing again adds the rest). */
export function ImportProgress({ progress, label, onCancel }: ImportProgressProps) {
  const percent = Math.round(progress * 100);
  return (
    <div class="tl-import-progress">
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
