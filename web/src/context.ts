import { createContext, useContext } from 'react';
import type { RosterApi } from './api/roster';
import type { Me, Platform, Role } from './api/types';
import type { Session } from './auth/session';

/** What every screen needs once someone is signed in. */
export interface AppState {
  api: RosterApi;
  session: Session;
  me: Me;
  platforms: Platform[];
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState & { can(role: Role): boolean; platformName(code: string): string } {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside a signed-in app');
  return {
    ...state,
    can: (role) => state.me.roles.includes(role),
    platformName: (code) => state.platforms.find((platform) => platform.code === code)?.name ?? code,
  };
}
