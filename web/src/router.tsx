import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

// A small router over the History API: the app has a handful of screens, each a path. The server answers every
// client path with index.html (SPA fallback), so addresses can be bookmarked and shared.

const CHANGE = 'roster:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const [path, query = ''] = current.split('?');
  return { path, search: new URLSearchParams(query) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

/** A real link (open in a new tab works) that navigates inside the app on a plain click. */
export function Link({ to, onClick, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}

/** The screens, as paths. A new screen adds a pattern here and a case in App. */
export type Route =
  | { screen: 'home' }
  | { screen: 'reports' }
  | { screen: 'accounts'; platform: string }
  | { screen: 'account'; platform: string; id: string }
  | { screen: 'missing' };

export function routeOf(path: string): Route {
  if (path === '/' || path === '') return { screen: 'home' };
  if (/^\/reports\/?$/.test(path)) return { screen: 'reports' };
  let match = path.match(/^\/platforms\/([^/]+)\/?$/);
  if (match) return { screen: 'accounts', platform: decodeURIComponent(match[1]) };
  match = path.match(/^\/platforms\/([^/]+)\/accounts\/([^/]+)\/?$/);
  if (match) return { screen: 'account', platform: decodeURIComponent(match[1]), id: decodeURIComponent(match[2]) };
  return { screen: 'missing' };
}

export const paths = {
  reports: '/reports',
  accounts: (platform: string, query?: string) =>
    `/platforms/${encodeURIComponent(platform)}${query ? `?${query}` : ''}`,
  account: (platform: string, id: string) =>
    `/platforms/${encodeURIComponent(platform)}/accounts/${encodeURIComponent(id)}`,
};
