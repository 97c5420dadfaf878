interface UndoBarProps {
  label: string;
  onUndo(): void;
  onDetails(): void;
}

export function UndoBar({ label, onUndo, onDetails }: UndoBarProps) {
  return (
    <div class="tl-undo" role="status">
      <span class="tl-undo-label">{label}</span>
      <button type="button" class="tl-link-button" data-action="log-details" onClick={onDetails}>
        Add details
      </button>
      <button type="button" class="tl-button" data-action="undo" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
