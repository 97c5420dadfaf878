import { useState } from 'preact/hooks';

interface FileDropProps {
  disabled: boolean;
  fileName?: string | undefined;
  onFile(file: File): void;
}

/** The CSV file input (`input[type=file][data-action="import-csv"]`), also a drop zone for a dragged file. */
export function FileDrop({ disabled, fileName, onFile }: FileDropProps) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer?.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <fieldset
      class={`tl-import-drop${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <legend>The file (drop it here, or choose it)</legend>
      <label class="tl-field-row">
        <span class="tl-label">Activity or deal export (CSV)</span>
        <input
          type="file"
          accept=".csv,text/csv"
          data-action="import-csv"
          disabled={disabled}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      <p class="tl-hint">{fileName ? `Chosen: ${fileName}` : 'Choose a file, or drop it here.'}</p>
    </fieldset>
  );
}
