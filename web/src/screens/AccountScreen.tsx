import { lazy, Suspense, useCallback, useEffect, useId, useState } from 'react';
import type { Account, AccountFields, Influencer, Snapshot } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useApp } from '../context';
import { describeFailure } from '../failure';
import { displayPhone } from '../format';
import { dateTime, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { Link, navigate, paths } from '../router';
import { AccountForm } from './AccountForm';
import { ConsentPanel } from './ConsentPanel';

const MetricChart = lazy(() => import('../components/MetricChart'));

interface Loaded {
  account: Account;
  influencer: Influencer;
  history: Snapshot[];
}

/**
 * One account: the person, the account's fields, its latest metrics and last collection, the metric history as a
 * chart, the person's accounts on every other platform, and the person's consent forms. Edit and delete where the
 * caller's role allows.
 */
export function AccountScreen({ platform, id }: { platform: string; id: string }) {
  const app = useApp();
  const i18n = useI18n();
  const { t } = i18n;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);

  const load = useCallback(async (): Promise<Loaded> => {
    const account = await app.api.account(platform, id);
    const [influencer, history] = await Promise.all([
      app.api.influencer(account.influencer.id),
      app.api.history(platform, id).then((page) => page.items),
    ]);
    return { account, influencer, history };
  }, [app.api, platform, id]);

  useEffect(() => {
    let current = true;
    setFailure(null);
    load().then(
      (result) => current && setLoaded(result),
      (error) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [load]);

  const backLink = (
    <p className="back">
      <Link to={paths.accounts(platform)}>← {t('backToList', { platform: app.platformName(platform) })}</Link>
    </p>
  );
  if (failure) {
    return (
      <>
        {backLink}
        <p className="notice notice-error" role="alert">
          {describeFailure(failure, i18n)}
        </p>
      </>
    );
  }
  if (!loaded || loaded.account.id !== id) {
    return (
      <>
        {backLink}
        <p className="muted" role="status">
          {t('loading')}
        </p>
      </>
    );
  }
  const { account, influencer, history } = loaded;

  const save = async (fields: AccountFields) => {
    // The account first, then the person: each carries the version read, so a stale one is refused, never lost.
    const accountChanges = changed(fields, { ...account }, ['handle', 'profileUrl', 'email', 'notes']);
    const personChanges = changed(fields, { name: influencer.name, phone: displayPhone(influencer.phone) }, ['name', 'phone']);
    if (Object.keys(accountChanges).length) {
      const updated = await app.api.changeAccount(platform, id, account.version, accountChanges);
      // Kept at once: if the person's change is refused next, a second try carries the account's new version.
      setLoaded((previous) => (previous ? { ...previous, account: updated } : previous));
    }
    if (Object.keys(personChanges).length) await app.api.changeInfluencer(influencer.id, influencer.version, personChanges);
    setLoaded(await load());
    setDialog(null);
  };

  const reload = async (): Promise<AccountFields> => {
    const fresh = await load();
    setLoaded(fresh);
    return formValues(fresh);
  };

  const remove = async () => {
    await app.api.deleteAccount(platform, id);
    navigate(paths.accounts(platform));
  };

  const others = influencer.accounts.filter((other) => other.id !== account.id);
  const otherPlatforms = others.filter((other) => other.platform !== platform);
  const samePlatform = others.filter((other) => other.platform === platform);
  const metricNames = app.platforms.find((p) => p.code === platform)?.metrics ?? ['followers', 'dailyVisitors'];

  return (
    <>
      {backLink}
      <header className="page-header">
        <div>
          <p className="eyebrow">{app.platformName(platform)}</p>
          <h1 className="handle-heading">{account.handle}</h1>
        </div>
        <div className="actions">
          {app.can('editor') ? (
            <button type="button" className="button" onClick={() => setDialog('edit')}>
              {t('edit')}
            </button>
          ) : null}
          {app.can('admin') ? (
            <button type="button" className="button button-danger" onClick={() => setDialog('delete')}>
              {t('delete')}
            </button>
          ) : null}
        </div>
      </header>

      <div className="cards">
        <Card title={t('person')}>
          <dl className="facts">
            <Fact label={t('name')}>{influencer.name}</Fact>
            <Fact label={t('phone')}>{displayPhone(influencer.phone)}</Fact>
            <Fact label={t('consentSignedOn')}>{influencer.consentSignedOn}</Fact>
          </dl>
        </Card>
        <Card title={t('account')}>
          <dl className="facts">
            <Fact label={t('profileUrl')}>
              {account.profileUrl ? (
                <a href={account.profileUrl} target="_blank" rel="noopener noreferrer">
                  {account.profileUrl}
                </a>
              ) : null}
            </Fact>
            <Fact label={t('email')}>{account.email}</Fact>
            <Fact label={t('notes')}>{account.notes ? <span className="pre">{account.notes}</span> : null}</Fact>
          </dl>
        </Card>
        <Card title={t('metrics')}>
          <dl className="facts">
            {metricNames.map((metric) => (
              <Fact key={metric} label={metricLabel(metric, t)}>
                {typeof account.metrics?.[metric] === 'number' ? i18n.number(account.metrics[metric] as number) : null}
              </Fact>
            ))}
            <Fact label={t('metricsAt')}>{account.metrics?.collectedAt ? dateTime(account.metrics.collectedAt) : null}</Fact>
            <Fact label={t('lastCollection')}>
              <CollectionState account={account} />
            </Fact>
          </dl>
        </Card>
        <OtherAccounts title={t('otherPlatforms')} accounts={otherPlatforms} />
        {samePlatform.length ? <OtherAccounts title={t('samePlatform')} accounts={samePlatform} /> : null}
      </div>

      <ConsentPanel
        influencerId={influencer.id}
        forms={influencer.consentForms ?? []}
        onChanged={async () => setLoaded(await load())}
      />

      <section className="card card-wide" aria-labelledby="history-title">
        <h2 id="history-title" className="card-title">
          {t('metricHistory')}
        </h2>
        {history.length === 0 ? (
          <p className="muted">{t('noHistory')}</p>
        ) : (
          <figure role="img" aria-label={t('chartLabel')} className="chart-figure">
            <Suspense fallback={<div className="chart chart-placeholder" />}>
              <MetricChart history={history} />
            </Suspense>
          </figure>
        )}
      </section>

      {dialog === 'edit' ? (
        <AccountForm
          title={t('editAccount')}
          initial={formValues(loaded)}
          onSave={save}
          onReload={reload}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          title={t('deleteTitle')}
          body={t('deleteBody', { handle: account.handle })}
          confirmLabel={t('delete')}
          onConfirm={remove}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}

function formValues({ account, influencer }: Loaded): AccountFields {
  return {
    name: influencer.name,
    phone: displayPhone(influencer.phone),
    handle: account.handle,
    profileUrl: account.profileUrl ?? '',
    email: account.email ?? '',
    notes: account.notes ?? '',
  };
}

/** The fields whose value differs from what was read. */
function changed(
  fields: AccountFields,
  read: Partial<Record<string, unknown>>,
  names: Array<keyof AccountFields>,
): AccountFields {
  const changes: AccountFields = {};
  for (const name of names) {
    const before = (read[name] as string | null | undefined) ?? '';
    const after = fields[name] ?? '';
    if (after !== before) changes[name] = after;
  }
  return changes;
}

function metricLabel(metric: string, t: (key: MessageKey) => string): string {
  return metric === 'followers' ? t('followers') : metric === 'dailyVisitors' ? t('dailyVisitors') : metric;
}

function CollectionState({ account }: { account: Account }) {
  const { t } = useI18n();
  const failure = account.lastCollection;
  if (failure) {
    const key = `status_${failure.status}` as MessageKey;
    return (
      <span className="state state-failed">
        {t(key) === key ? failure.status : t(key)}
        <span className="state-reason">{dateTime(failure.at)}</span>
        {failure.reason ? (
          <span className="state-reason">
            {t('reason')}: {failure.reason}
          </span>
        ) : null}
      </span>
    );
  }
  if (account.metrics?.collectedAt) {
    return (
      <span className="state state-ok">
        {t('collectionOk')}
        <span className="state-reason">{dateTime(account.metrics.collectedAt)}</span>
      </span>
    );
  }
  return <span className="muted">{t('notCollectedYet')}</span>;
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">{t('none')}</span>}</dd>
    </div>
  );
}

function OtherAccounts({ title, accounts }: { title: string; accounts: Influencer['accounts'] }) {
  const app = useApp();
  const { t } = useI18n();
  return (
    <Card title={title}>
      {accounts.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="account-links">
          {accounts.map((other) => (
            <li key={other.id}>
              <span className="chip-platform">{app.platformName(other.platform)}</span>{' '}
              <Link to={paths.account(other.platform, other.id)}>{other.handle}</Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
