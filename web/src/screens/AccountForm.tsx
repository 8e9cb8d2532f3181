import { useRef, useState, type FormEvent } from 'react';
import type { AccountFields } from '../api/types';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { formFailure, type FormFailure } from '../failure';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const FIELDS: Array<{ name: keyof AccountFields; label: MessageKey; required?: boolean; type?: string; multiline?: boolean }> = [
  { name: 'name', label: 'name', required: true },
  { name: 'phone', label: 'phone', required: true, type: 'tel' },
  { name: 'handle', label: 'handle', required: true },
  { name: 'profileUrl', label: 'profileUrl', type: 'url' },
  { name: 'email', label: 'email', type: 'email' },
  { name: 'notes', label: 'notes', multiline: true },
];

/**
 * The account form, for adding and for editing: the person (name, phone) and the account's fields. The API's field
 * errors show next to their fields, all at once; a stale edit says someone else changed it and offers to reload.
 */
export function AccountForm({
  title,
  initial,
  onSave,
  onClose,
  onReload,
}: {
  title: string;
  initial: AccountFields;
  onSave: (fields: AccountFields) => Promise<void>;
  onClose: () => void;
  /** Present when editing: fetches the latest and returns it, to start over from. */
  onReload?: () => Promise<AccountFields>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<AccountFields>(initial);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFailure(null);
    try {
      await onSave(values);
    } catch (refused) {
      const read = formFailure(refused, i18n);
      setFailure(read);
      // Move to the first field to fix, so keyboard and screen-reader users land on it.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } finally {
      setSaving(false);
    }
  };

  const reload = async () => {
    if (!onReload) return;
    const fresh = await onReload();
    setValues(fresh);
    setFailure(null);
  };

  return (
    <Dialog title={title} onClose={onClose}>
      {() => (
        <form ref={form} onSubmit={submit} noValidate className="form">
          {failure?.message ? (
            <div className={failure.stale ? 'notice notice-warning' : 'notice notice-error'} role="alert">
              <p>{failure.message}</p>
              {failure.stale && onReload ? (
                <button type="button" className="button" onClick={reload}>
                  {t('reload')}
                </button>
              ) : null}
            </div>
          ) : null}
          <div className="form-grid">
            {FIELDS.map((field) => (
              <Field
                key={field.name}
                name={field.name}
                label={t(field.label)}
                required={field.required}
                type={field.type}
                multiline={field.multiline}
                autoComplete="off"
                value={values[field.name] ?? ''}
                error={failure?.fields[field.name]}
                onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
              />
            ))}
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={saving} aria-busy={saving || undefined}>
              {t('save')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
