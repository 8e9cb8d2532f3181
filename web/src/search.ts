import { useCallback, useEffect, useRef, useState } from 'react';
import type { Account, AccountPage, SearchQuery } from './api/types';

/** How long typing has to pause before a search goes out. */
export const DEBOUNCE_MS = 200;

export type Fetch = (query: SearchQuery, cursor: string | null, signal: AbortSignal) => Promise<AccountPage>;

export interface SearchState {
  items: Account[];
  nextCursor: string | null;
  /** A first page is on its way: the previous rows stay drawn until it arrives, so nothing jumps. */
  loading: boolean;
  /** A further page is on its way. */
  loadingMore: boolean;
  /** Rows of the current query have arrived at least once. */
  settled: boolean;
  error: unknown;
}

const INITIAL: SearchState = { items: [], nextCursor: null, loading: true, loadingMore: false, settled: false, error: null };

/**
 * Searches as the query changes: the text is debounced, everything else goes at once; an older answer never
 * replaces a newer one (each search aborts the one before); `more()` appends the next page.
 */
export function usePagedSearch(fetchPage: Fetch, query: SearchQuery, key: string) {
  const [state, setState] = useState<SearchState>(INITIAL);
  const current = useRef<AbortController | null>(null);
  const queryRef = useRef(query);
  queryRef.current = query;
  const [generation, setGeneration] = useState(0);
  const firstKey = useRef(key);

  const run = useCallback(
    (cursor: string | null) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      setState((previous) => (cursor ? { ...previous, loadingMore: true } : { ...previous, loading: true, error: null }));
      fetchPage(queryRef.current, cursor, controller.signal).then(
        (page) => {
          if (controller.signal.aborted) return;
          setState((previous) => ({
            items: cursor ? [...previous.items, ...page.items] : page.items,
            nextCursor: page.nextCursor,
            loading: false,
            loadingMore: false,
            settled: true,
            error: null,
          }));
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState((previous) => ({ ...previous, loading: false, loadingMore: false, error }));
        },
      );
    },
    [fetchPage],
  );

  // The text waits for a pause in typing; a change of platform, filter or sort searches at once.
  const textKey = query.q ?? '';
  const otherKey = `${key}|${query.minFollowers ?? ''}|${query.hasConsent ? 1 : 0}|${query.sort ?? ''}`;
  const lastOther = useRef<string | null>(null);
  useEffect(() => {
    const immediate = lastOther.current !== otherKey;
    lastOther.current = otherKey;
    if (immediate) {
      if (firstKey.current !== key) setState(INITIAL);
      firstKey.current = key;
      run(null);
      return;
    }
    // Waiting for the pause already counts as searching: the rows drawn are the previous query's.
    setState((previous) => (previous.loading ? previous : { ...previous, loading: true }));
    const timer = setTimeout(() => run(null), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [textKey, otherKey, key, run, generation]);

  useEffect(() => () => current.current?.abort(), []);

  const more = useCallback(() => {
    if (state.nextCursor && !state.loadingMore && !state.loading) run(state.nextCursor);
  }, [run, state.nextCursor, state.loadingMore, state.loading]);

  const refresh = useCallback(() => {
    lastOther.current = null;
    setGeneration((n) => n + 1);
  }, []);

  return { ...state, more, refresh };
}
