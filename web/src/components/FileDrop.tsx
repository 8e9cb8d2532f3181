import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A file chosen with the picker or dropped on the zone. The input stays the control (focusable, labelled), drawn by a
 * button in the app's language beside it: the browser's own file button speaks the browser's. Clearing `file`
 * clears the input too.
 */
export function FileDrop({
  label,
  accept,
  prompt,
  file,
  onFile,
  testId,
}: {
  label: string;
  accept: string;
  prompt: string;
  file: File | null;
  onFile: (file: File | null) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!file && input.current) input.current.value = '';
  }, [file]);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };

  return (
    <div
      className={dragging ? 'dropzone dropzone-active' : 'dropzone'}
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label htmlFor={inputId} className="dropzone-label">
        {label}
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        className="file-input"
        accept={accept}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
      <div className="file-row">
        <span className="button" aria-hidden="true" onClick={() => input.current?.click()}>
          {t('chooseFile')}
        </span>
        <span className="muted">{file ? t('chosenFile', { name: file.name }) : prompt}</span>
      </div>
    </div>
  );
}
