interface UndoBarProps {
  label: string;
  onUndo(): void;
}

export function UndoBar({ label, onUndo }: UndoBarProps) {
  return (
    <div class="tl-undo" role="status">
      <span class="tl-undo-label">{label}</span>
      <button type="button" class="tl-button" data-action="undo" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
