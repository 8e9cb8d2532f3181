import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { LanguageSelect } from './LanguageSelect';

/** Sign-in: a development token pasted in (local server with --auth-secret), or off to Cognito's managed login. */
export function SignInScreen({
  mode,
  onToken,
  onCognito,
  passwordResetUrl,
  failed,
}: {
  mode: 'token' | 'cognito';
  onToken?: (token: string) => Promise<void>;
  onCognito?: () => void;
  passwordResetUrl?: string;
  failed?: boolean;
}) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!onToken) return;
    setBusy(true);
    try {
      await onToken(token.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <span className="brand">{t('appName')}</span>
          <LanguageSelect />
        </div>
        <h1>{t('signInTitle')}</h1>
        {failed ? (
          <p className="notice notice-error" role="alert">
            {t('signInFailed')}
          </p>
        ) : null}
        {mode === 'token' ? (
          <form onSubmit={submit} className="form">
            <p className="muted">{t('signInTokenHelp')}</p>
            <label htmlFor="token">{t('token')}</label>
            <textarea id="token" rows={4} value={token} onChange={(event) => setToken(event.target.value)} spellCheck={false} />
            <button type="submit" className="button button-primary" disabled={busy || !token.trim()}>
              {t('signIn')}
            </button>
          </form>
        ) : (
          <div className="form">
            <button type="button" className="button button-primary" onClick={onCognito}>
              {t('signInWithCognito')}
            </button>
            {passwordResetUrl ? <a href={passwordResetUrl}>{t('forgotPassword')}</a> : null}
          </div>
        )}
      </div>
    </main>
  );
}
