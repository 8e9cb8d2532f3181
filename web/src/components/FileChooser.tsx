import { useRef } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A workbook file input drawn by a button that speaks the app's language (the browser's own speaks the browser's).
 * The input stays the control: focusable, labelled by the caller's label for {@code id}.
 */
export function FileChooser({ id, file, onChange, empty }: {
  id: string;
  file: File | null;
  onChange: (file: File | null) => void;
  empty: string;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        className="file-input"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
      <div className="file-row">
        <span className="button" aria-hidden="true" onClick={() => input.current?.click()}>
          {t('chooseFile')}
        </span>
        <span className="muted">{file ? t('chosenFile', { name: file.name }) : empty}</span>
      </div>
    </>
  );
}
