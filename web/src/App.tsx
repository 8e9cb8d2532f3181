import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, Http } from './api/http';
import { RosterApi } from './api/roster';
import type { Me, Platform } from './api/types';
import type { Cognito } from './auth/cognito';
import { openSession, rememberedToken, tokenSession, type Session } from './auth/session';
import type { AppConfig } from './config';
import { AppContext, useApp, type AppState } from './context';
import { describeFailure } from './failure';
import { useI18n } from './i18n/i18n';
import { Link, navigate, paths, routeOf, useLocation } from './router';
import { AccountScreen } from './screens/AccountScreen';
import { AccountsScreen } from './screens/AccountsScreen';
import { LanguageSelect } from './screens/LanguageSelect';
import { ReportsScreen } from './screens/ReportsScreen';
import { SignInScreen } from './screens/SignInScreen';

type Phase =
  | { kind: 'starting' }
  | { kind: 'signIn'; failed?: boolean }
  | { kind: 'ready'; state: AppState }
  | { kind: 'failed'; error: unknown };

/** Signs the person in as config.json says, learns who they are and the platforms, then draws the screens. */
export function App({ config }: { config: AppConfig }) {
  const i18n = useI18n();
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  // Kept across sign-outs and refused tokens, so "sign in" always has Cognito to go to.
  const cognitoClient = useRef<Cognito | null>(null);

  const signedOut = useCallback(() => setPhase({ kind: 'signIn', failed: true }), []);

  const enter = useCallback(
    async (session: Session) => {
      const api = new RosterApi(new Http(config.apiBase, session));
      try {
        const [me, platforms]: [Me, Platform[]] = await Promise.all([api.me(), api.platforms()]);
        setPhase({ kind: 'ready', state: { api, session, me, platforms } });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) setPhase({ kind: 'signIn', failed: true });
        else setPhase({ kind: 'failed', error });
      }
    },
    [config.apiBase],
  );

  useEffect(() => {
    const auth = config.auth;
    if (auth.mode === 'none') {
      void enter(openSession());
    } else if (auth.mode === 'token') {
      const token = rememberedToken();
      if (token) void enter(tokenSession(token, signedOut));
      else setPhase({ kind: 'signIn' });
    } else {
      // Loaded only here: the local app never downloads the OIDC client.
      void import('./auth/cognito').then(async ({ cognito }) => {
        const client = cognito(auth);
        cognitoClient.current = client;
        try {
          const session = await client.resume(signedOut);
          if (session) await enter(session);
          else setPhase({ kind: 'signIn' });
        } catch (error) {
          setPhase({ kind: 'failed', error });
        }
      });
    }
  }, [config, enter, signedOut]);

  if (phase.kind === 'starting') {
    return (
      <main id="main" className="starting" aria-busy="true">
        <p className="muted">{i18n.t('loading')}</p>
      </main>
    );
  }
  if (phase.kind === 'failed') {
    return (
      <main id="main" className="starting">
        <p className="notice notice-error" role="alert">
          {phase.error instanceof ApiError && phase.error.status === 403 ? i18n.t('noRole') : describeFailure(phase.error, i18n)}
        </p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {i18n.t('retry')}
        </button>
      </main>
    );
  }
  if (phase.kind === 'signIn') {
    return config.auth.mode === 'cognito' ? (
      <SignInScreen
        mode="cognito"
        failed={phase.failed}
        onCognito={() => void cognitoClient.current?.signIn(i18n.language)}
        passwordResetUrl={cognitoClient.current?.passwordResetUrl()}
      />
    ) : (
      <SignInScreen mode="token" failed={phase.failed} onToken={(token) => enter(tokenSession(token, signedOut))} />
    );
  }
  return (
    <AppContext.Provider value={phase.state}>
      <Shell
        onSignOut={async () => {
          await phase.state.session.signOut();
          setPhase({ kind: 'signIn' });
        }}
      />
    </AppContext.Provider>
  );
}

function Shell({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  const location = useLocation();
  const route = routeOf(location.path);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <nav aria-label={t('mainNav')} className="app-nav">
          <Link to="/" aria-current={route.screen !== 'missing' && route.screen !== 'reports' ? 'page' : undefined}>
            {t('accounts')}
          </Link>
          <Link to={paths.reports} aria-current={route.screen === 'reports' ? 'page' : undefined}>
            {t('reports')}
          </Link>
        </nav>
        <div className="app-tools">
          <LanguageSelect />
          <Who onSignOut={onSignOut} />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Screen route={route} search={location.search} />
      </main>
    </>
  );
}

/** Who is signed in, as the role they hold, and the way out; nothing in the local open mode, where nobody signs in. */
function Who({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  const { me, session } = useApp();
  if (session.kind === 'none') return null;
  const role = me.roles.includes('admin') ? t('roleAdmin') : me.roles.includes('editor') ? t('roleEditor') : t('roleViewer');
  return (
    <div className="who">
      <span className="muted" title={me.subject}>
        {role}
      </span>
      <button type="button" className="button button-quiet" onClick={onSignOut}>
        {t('signOut')}
      </button>
    </div>
  );
}

function Screen({ route, search }: { route: ReturnType<typeof routeOf>; search: URLSearchParams }) {
  const { platforms } = useApp();
  const { t } = useI18n();
  useEffect(() => {
    if (route.screen === 'home' && platforms.length > 0) navigate(paths.accounts(platforms[0].code), { replace: true });
  }, [route, platforms]);
  switch (route.screen) {
    case 'home':
      return null;
    case 'accounts':
      return <AccountsScreen key="accounts" platform={route.platform} search={search} />;
    case 'account':
      return <AccountScreen platform={route.platform} id={route.id} />;
    case 'reports':
      return <ReportsScreen />;
    default:
      return (
        <div className="empty">
          <p>{t('pageNotFound')}</p>
          <Link to="/">{t('goHome')}</Link>
        </div>
      );
  }
}
