import { useState } from 'react';
import { describeFailure } from '../failure';
import { useI18n } from '../i18n/i18n';
import { Dialog } from './Dialog';

/**
 * Asks before something that cannot be undone (a delete): Cancel has the focus, the action is the danger button, and
 * a refusal is told inside the dialog, which stays open.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } catch (refused) {
      setFailure(describeFailure(refused, i18n));
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} onClose={onClose}>
      {() => (
        <div className="form">
          <p>{body}</p>
          {failure ? (
            <p className="notice notice-error" role="alert">
              {failure}
            </p>
          ) : null}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose} autoFocus>
              {t('cancel')}
            </button>
            <button type="button" className="button button-danger" onClick={confirm} disabled={busy}>
              {confirmLabel}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
