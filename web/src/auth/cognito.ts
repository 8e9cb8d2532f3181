// Amazon Cognito's managed login with the authorization-code flow and PKCE, through oidc-client-ts. Loaded only when
// config.json asks for Cognito, so the local app never downloads it. Managed login rather than a sign-in form of ours:
// passwords, MFA, lockout and password reset stay on Cognito's pages and never pass through this app's JavaScript.
// No client secret exists (a public app client); tokens live in memory only (never in web storage), the PKCE verifier
// and state in this tab's sessionStorage for the round trip; tokens are renewed with the refresh token before they
// expire (silent refresh without an iframe, which Cognito does not support).
import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AuthConfig } from '../config';
import type { Session } from './session';

type CognitoConfig = Extract<AuthConfig, { mode: 'cognito' }>;

export const CALLBACK_PATH = '/auth/callback';

export interface Cognito {
  /** The signed-in session, finishing a sign-in if the browser just came back from Cognito; null if not signed in. */
  resume(onRejected: () => void): Promise<Session | null>;
  signIn(language: string): Promise<void>;
  /** Cognito's own page to reset a forgotten password. */
  passwordResetUrl(): string;
}

export function cognito(config: CognitoConfig): Cognito {
  const origin = window.location.origin;
  const manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    scope: config.scopes ?? 'openid email profile',
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    // Cognito publishes no end_session_endpoint; its /logout takes client_id and logout_uri.
    metadataSeed: { end_session_endpoint: `${config.domain}/logout` },
  });
  // Set once this tab has signed in: a reload (tokens were in memory) then goes straight back through Cognito, whose
  // own session answers without asking for the password again.
  const SIGNED_IN = 'roster.cognito';

  const session = (onRejected: () => void): Session => ({
    kind: 'cognito',
    token: async () => (await manager.getUser())?.access_token ?? null,
    rejected: () => {
      void manager.removeUser();
      onRejected();
    },
    signOut: async () => {
      sessionStorage.removeItem(SIGNED_IN);
      await manager.removeUser();
      await manager.signoutRedirect({
        extraQueryParams: { client_id: config.clientId, logout_uri: origin + '/' },
      });
    },
  });

  return {
    async resume(onRejected) {
      if (window.location.pathname === CALLBACK_PATH) {
        const user = await manager.signinRedirectCallback();
        const back = (user.state as string | undefined) ?? '/';
        window.history.replaceState(null, '', back);
        sessionStorage.setItem(SIGNED_IN, '1');
        return session(onRejected);
      }
      const user = await manager.getUser();
      if (user && !user.expired) return session(onRejected);
      if (sessionStorage.getItem(SIGNED_IN)) {
        await manager.signinRedirect({ state: window.location.pathname + window.location.search });
      }
      return null;
    },
    async signIn(language) {
      // lang= picks the managed login page's language (Korean where Cognito has it).
      await manager.signinRedirect({
        state: window.location.pathname + window.location.search,
        extraQueryParams: { lang: language },
      });
    },
    passwordResetUrl() {
      const params = new URLSearchParams({
        client_id: config.clientId,
        response_type: 'code',
        redirect_uri: origin + CALLBACK_PATH,
      });
      return `${config.domain}/forgotPassword?${params}`;
    },
  };
}
