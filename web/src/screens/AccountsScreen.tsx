import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { save } from '../api/roster';
import type { Account, AccountFields, SearchQuery } from '../api/types';
import { useApp } from '../context';
import { describeFailure } from '../failure';
import { displayPhone } from '../format';
import { useI18n } from '../i18n/i18n';
import { Link, navigate, paths } from '../router';
import { usePagedSearch } from '../search';
import { AccountForm } from './AccountForm';
import { ImportDialog } from './ImportDialog';

const SORTS = [
  { value: '', label: 'sortNewest' },
  { value: 'name', label: 'sortName' },
  { value: 'handle', label: 'sortHandle' },
  { value: '-followers', label: 'sortFollowers' },
] as const;

function queryFrom(search: URLSearchParams): SearchQuery {
  return {
    q: search.get('q') ?? '',
    minFollowers: search.get('minFollowers') ?? '',
    hasConsent: search.get('hasConsent') === 'true',
    sort: search.get('sort') ?? '',
  };
}

function queryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.minFollowers) params.set('minFollowers', query.minFollowers);
  if (query.hasConsent) params.set('hasConsent', 'true');
  if (query.sort) params.set('sort', query.sort);
  return params.toString();
}

/** One platform's accounts: tabs per platform, search as you type, filters, sort, a table that pages on. */
export function AccountsScreen({ platform, search }: { platform: string; search: URLSearchParams }) {
  const app = useApp();
  const i18n = useI18n();
  const { t } = i18n;
  const [query, setQuery] = useState<SearchQuery>(() => queryFrom(search));
  const [dialog, setDialog] = useState<'add' | 'import' | null>(null);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState<'export' | 'collect' | null>(null);

  useEffect(() => {
    setQuery(queryFrom(new URLSearchParams(window.location.search)));
    setNotice(null);
  }, [platform]);

  const change = (next: Partial<SearchQuery>) => {
    const merged = { ...query, ...next };
    setQuery(merged);
    // The address keeps the search, so a reload, a bookmark or Back shows the same rows.
    window.history.replaceState(null, '', paths.accounts(platform, queryString(merged)));
  };

  const fetchPage = useCallback(
    (q: SearchQuery, cursor: string | null, signal: AbortSignal) => app.api.search(platform, q, cursor, signal),
    [app.api, platform],
  );
  const results = usePagedSearch(fetchPage, query, platform);

  const exportSearch = async () => {
    setBusy('export');
    try {
      save(await app.api.exportSearch(platform, query, i18n.language));
    } catch (failure) {
      setNotice({ text: describeFailure(failure, i18n), error: true });
    } finally {
      setBusy(null);
    }
  };

  const collectNow = async () => {
    setBusy('collect');
    try {
      const run = await app.api.collectNow(platform);
      setNotice({ text: t('collectQueued', { count: i18n.number(run.accounts) }) });
    } catch (failure) {
      setNotice({ text: describeFailure(failure, i18n), error: true });
    } finally {
      setBusy(null);
    }
  };

  const register = async (fields: AccountFields) => {
    const account = await app.api.register(platform, fields);
    setDialog(null);
    navigate(paths.account(platform, account.id));
  };

  const platformName = app.platformName(platform);
  return (
    <>
      <PlatformTabs current={platform} />
      <div role="tabpanel" id="platform-panel" aria-labelledby={`tab-${platform}`} className="panel">
        <div className="toolbar">
          <div className="search">
            <input
              type="search"
              aria-label={t('search')}
              placeholder={t('searchPlaceholder')}
              value={query.q}
              onChange={(event) => change({ q: event.target.value })}
              autoFocus
              spellCheck={false}
            />
          </div>
          <div className="filters" role="group" aria-label={t('filters')}>
            <label className="inline-field">
              <span>{t('minFollowers')}</span>
              <input
                type="number"
                min={0}
                step={100}
                inputMode="numeric"
                value={query.minFollowers}
                onChange={(event) => change({ minFollowers: event.target.value })}
              />
            </label>
            <label className="inline-check">
              <input
                type="checkbox"
                checked={query.hasConsent ?? false}
                onChange={(event) => change({ hasConsent: event.target.checked })}
              />
              <span>{t('hasConsent')}</span>
            </label>
            <label className="inline-field">
              <span>{t('sort')}</span>
              <select value={query.sort} onChange={(event) => change({ sort: event.target.value })}>
                {SORTS.map((sort) => (
                  <option key={sort.value} value={sort.value}>
                    {t(sort.label)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="actions">
            {app.can('editor') ? (
              <button type="button" className="button button-primary" onClick={() => setDialog('add')}>
                {t('addAccount')}
              </button>
            ) : null}
            {app.can('editor') ? (
              <button type="button" className="button" onClick={() => setDialog('import')}>
                {t('importFromExcel')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={exportSearch} disabled={busy === 'export'}>
              {t('exportToExcel')}
            </button>
            {app.can('editor') ? (
              <button type="button" className="button button-quiet" onClick={collectNow} disabled={busy === 'collect'}>
                {t('collectNow')}
              </button>
            ) : null}
          </div>
        </div>
        <div className={notice?.error ? 'notice notice-error' : 'notice notice-info'} role="status" hidden={!notice}>
          {notice?.text}
        </div>
        <ResultsTable platformName={platformName} results={results} />
      </div>
      {dialog === 'add' ? (
        <AccountForm title={`${t('addAccount')} · ${platformName}`} initial={{}} onSave={register} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'import' ? (
        <ImportDialog platform={platform} onClose={() => setDialog(null)} onImported={results.refresh} />
      ) : null}
    </>
  );
}

function PlatformTabs({ current }: { current: string }) {
  const { platforms } = useApp();
  const { t } = useI18n();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const edge = event.key === 'Home' ? 0 : event.key === 'End' ? platforms.length - 1 : -1;
    if (!step && edge < 0) return;
    event.preventDefault();
    const next = platforms[edge >= 0 ? edge : (index + step + platforms.length) % platforms.length];
    navigate(paths.accounts(next.code));
    refs.current[next.code]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('platforms')} className="tabs">
      {platforms.map((platform, index) => (
        <button
          key={platform.code}
          ref={(element) => {
            refs.current[platform.code] = element;
          }}
          role="tab"
          type="button"
          id={`tab-${platform.code}`}
          aria-selected={platform.code === current}
          aria-controls="platform-panel"
          tabIndex={platform.code === current ? 0 : -1}
          className="tab"
          onClick={() => navigate(paths.accounts(platform.code))}
          onKeyDown={(event) => move(event, index)}
        >
          {platform.name}
        </button>
      ))}
    </div>
  );
}

function ResultsTable({
  platformName,
  results,
}: {
  platformName: string;
  results: ReturnType<typeof usePagedSearch>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const app = useApp();
  const sentinel = useRef<HTMLDivElement>(null);
  const { items, loading, loadingMore, settled, nextCursor, error, more } = results;

  // Scrolling near the end loads the next page; the "More" button does the same for keyboards.
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !nextCursor || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && more(), {
      rootMargin: '400px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [nextCursor, more]);

  // Marks the moment the rows are drawn, for the benchmark (bench/web) and the browser's performance panel.
  useLayoutEffect(() => {
    if (settled && !loading) performance.mark('roster:rows', { detail: { count: items.length } });
  }, [items, settled, loading]);

  const status = error
    ? describeFailure(error, i18n)
    : loading
      ? t('searching')
      : items.length === 0
        ? t('noResults')
        : t(nextCursor ? 'shownCountMore' : 'shownCount', { count: i18n.number(items.length) });

  return (
    <div className="results">
      <p className={error ? 'results-status results-error' : 'results-status'} role="status" aria-live="polite">
        {status}
      </p>
      <div className="table-scroll">
        <table className="accounts" aria-busy={loading || undefined}>
          <caption className="visually-hidden">{t('results', { platform: platformName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('handle')}</th>
              <th scope="col">{t('phone')}</th>
              <th scope="col" className="numeric">
                {t('followers')}
              </th>
              <th scope="col">{t('otherPlatforms')}</th>
              <th scope="col">{t('hasConsent')}</th>
            </tr>
          </thead>
          <tbody>
            {!settled
              ? Array.from({ length: 8 }, (_, index) => <SkeletonRow key={index} />)
              : items.map((account) => <AccountRow key={account.id} account={account} platformName={app.platformName} />)}
          </tbody>
        </table>
      </div>
      <div ref={sentinel} className="more">
        {nextCursor ? (
          <button type="button" className="button" onClick={more} disabled={loadingMore}>
            {loadingMore ? t('loading') : t('more')}
          </button>
        ) : null}
      </div>
    </div>
  );
}

function AccountRow({ account, platformName }: { account: Account; platformName: (code: string) => string }) {
  const i18n = useI18n();
  const followers = account.metrics?.followers;
  return (
    <tr>
      <td>{account.influencer.name}</td>
      <td>
        <Link to={paths.account(account.platform, account.id)} className="handle">
          {account.handle}
        </Link>
      </td>
      <td className="nowrap">{displayPhone(account.influencer.phone)}</td>
      <td className="numeric">{typeof followers === 'number' ? i18n.number(followers) : '—'}</td>
      <td>
        {account.otherAccounts.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          // Plain text, not links: the row's one link is its own handle, so "the link named X" is never ambiguous.
          <ul className="chips">
            {account.otherAccounts.map((other) => (
              <li key={other.id} className="chip">
                <span className="chip-platform">{platformName(other.platform)}</span> {other.handle}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="nowrap">{account.consentSignedOn ?? <span className="muted">—</span>}</td>
    </tr>
  );
}

function SkeletonRow() {
  return (
    <tr className="skeleton" aria-hidden="true">
      {Array.from({ length: 6 }, (_, index) => (
        <td key={index}>
          <span className="skeleton-bar" />
        </td>
      ))}
    </tr>
  );
}
