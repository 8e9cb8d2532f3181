import type { TokenSource } from '../api/http';

/** How the current person is signed in: nobody needs to (local open mode), a pasted token, or Cognito. */
export interface Session extends TokenSource {
  readonly kind: 'none' | 'token' | 'cognito';
  signOut(): Promise<void>;
}

/** The local open mode: no token at all. */
export function openSession(): Session {
  return {
    kind: 'none',
    token: async () => null,
    rejected: () => {},
    signOut: async () => {},
  };
}

const TOKEN_KEY = 'roster.token';

/**
 * A development token (`roster token`), kept in this tab's sessionStorage: out of localStorage, gone when the tab
 * closes, kept over a reload.
 */
export function tokenSession(token: string, onRejected: () => void, storage: Storage = sessionStorage): Session {
  storage.setItem(TOKEN_KEY, token);
  return {
    kind: 'token',
    token: async () => storage.getItem(TOKEN_KEY),
    rejected: () => {
      storage.removeItem(TOKEN_KEY);
      onRejected();
    },
    signOut: async () => storage.removeItem(TOKEN_KEY),
  };
}

export function rememberedToken(storage: Storage = sessionStorage): string | null {
  return storage.getItem(TOKEN_KEY);
}
