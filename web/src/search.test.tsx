import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account, AccountPage, SearchQuery } from './api/types';
import { DEBOUNCE_MS, usePagedSearch, type Fetch } from './search';

function account(id: string): Account {
  return {
    id,
    platform: 'a',
    handle: `h${id}`,
    profileUrl: null,
    email: null,
    notes: null,
    version: 1,
    influencer: { id: `p${id}`, name: `n${id}`, phone: '+821000000000' },
    otherAccounts: [],
    metrics: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    lastCollection: null,
    hasConsent: false,
    consentSignedOn: null,
  };
}

/** A fetch whose answers the test releases one by one. */
function controlledFetch() {
  const calls: Array<{ query: SearchQuery; cursor: string | null; resolve: (page: AccountPage) => void }> = [];
  const fetch: Fetch = (query, cursor) => new Promise((resolve) => calls.push({ query, cursor, resolve }));
  return { fetch, calls };
}

describe('searching as one types', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing before it searches, then searches once', async () => {
    const { fetch, calls } = controlledFetch();
    const { result, rerender } = renderHook(({ query }) => usePagedSearch(fetch, query, 'a'), {
      initialProps: { query: { q: '' } as SearchQuery },
    });
    expect(calls).toHaveLength(1);
    await act(async () => calls[0].resolve({ items: [account('1')], nextCursor: null }));
    expect(result.current.loading).toBe(false);

    rerender({ query: { q: '김' } });
    rerender({ query: { q: '김민' } });
    expect(result.current.loading).toBe(true);
    await act(async () => vi.advanceTimersByTime(DEBOUNCE_MS - 1));
    expect(calls).toHaveLength(1);
    await act(async () => vi.advanceTimersByTime(1));

    expect(calls).toHaveLength(2);
    expect(calls[1].query.q).toBe('김민');
  });

  it('pages on with the cursor, appending rows, and keeps old rows drawn while a new search runs', async () => {
    const { fetch, calls } = controlledFetch();
    const { result, rerender } = renderHook(({ query }) => usePagedSearch(fetch, query, 'a'), {
      initialProps: { query: { q: '' } as SearchQuery },
    });
    await act(async () => calls[0].resolve({ items: [account('1'), account('2')], nextCursor: 'c2' }));
    expect(result.current.items.map((row) => row.id)).toEqual(['1', '2']);

    act(() => result.current.more());
    expect(calls[1].cursor).toBe('c2');
    await act(async () => calls[1].resolve({ items: [account('3')], nextCursor: null }));
    expect(result.current.items.map((row) => row.id)).toEqual(['1', '2', '3']);
    expect(result.current.nextCursor).toBeNull();

    rerender({ query: { q: '', sort: 'name' } });
    expect(result.current.loading).toBe(true);
    expect(result.current.items).toHaveLength(3);
  });

  it('never lets an older answer replace a newer one', async () => {
    const { fetch, calls } = controlledFetch();
    const { result, rerender } = renderHook(({ query }) => usePagedSearch(fetch, query, 'a'), {
      initialProps: { query: { sort: '' } as SearchQuery },
    });
    rerender({ query: { sort: 'name' } });
    await act(async () => calls[1].resolve({ items: [account('new')], nextCursor: null }));
    await act(async () => calls[0].resolve({ items: [account('old')], nextCursor: null }));

    expect(result.current.items.map((row) => row.id)).toEqual(['new']);
  });
});
