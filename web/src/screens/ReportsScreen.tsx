import { useCallback, useId, useState, type FormEvent } from 'react';
import type { Job } from '../api/types';
import { FileDrop } from '../components/FileDrop';
import { useApp } from '../context';
import { describeFailure } from '../failure';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { isFinished, useJob } from '../job';
import { JobProgress } from './ImportDialog';

const POST_STATUSES = ['live', 'deleted', 'private', 'restricted', 'unknown'] as const;
/** One figure of a report's summary; a warning is shown in red when it is not zero, as the file highlights its rows. */
type Figure = { key: string; label: string; warning?: boolean };
const COMMENT_FIGURES = ['posts', 'comments', 'commenters', 'urls'] as const;

/** The campaign reports of one platform: post verification of a workbook, comment analysis of some posts. */
export function ReportsScreen() {
  const app = useApp();
  const { t } = useI18n();
  const platformId = useId();
  const [platform, setPlatform] = useState(app.platforms[0]?.code ?? '');
  return (
    <section className="reports" aria-labelledby="reports-title">
      <h1 id="reports-title">{t('reports')}</h1>
      <p className="field">
        <label htmlFor={platformId}>{t('platform')}</label>
        <select id={platformId} value={platform} onChange={(event) => setPlatform(event.target.value)}>
          {app.platforms.map((known) => (
            <option key={known.code} value={known.code}>
              {known.name}
            </option>
          ))}
        </select>
      </p>
      <PostVerification platform={platform} />
      <CommentAnalysis platform={platform} />
    </section>
  );
}

function PostVerification({ platform }: { platform: string }) {
  const app = useApp();
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const start = useCallback(async () => {
    if (!file) throw new Error(t('chooseFileFirst'));
    return app.api.checkPosts(platform, file);
  }, [app.api, file, platform, t]);
  return (
    <Report title={t('postVerification')} help={t('postVerificationHelp')} action={t('startVerification')} start={start}
      counted="progressOf"
      figures={POST_STATUSES.map((status) => ({
        key: status,
        label: t(`postStatus_${status}` as MessageKey),
        warning: status !== 'live',
      }))}>
      <FileDrop
        label={t('workbook')}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        prompt={t('dropHere')}
        file={file}
        onFile={setFile}
      />
    </Report>
  );
}

function CommentAnalysis({ platform }: { platform: string }) {
  const app = useApp();
  const i18n = useI18n();
  const { t } = i18n;
  const inputId = useId();
  const [posts, setPosts] = useState('');
  const start = useCallback(async () => {
    const urls = posts.split(/\s+/).map((line) => line.trim()).filter((line) => line.length > 0);
    if (urls.length === 0) throw new Error(t('enterPostsFirst'));
    return app.api.analyseComments(platform, urls, i18n.language);
  }, [app.api, i18n.language, platform, posts, t]);
  return (
    <Report title={t('commentAnalysis')} help={t('commentAnalysisHelp')} action={t('startAnalysis')} start={start}
      /* It counts posts and then commenters, not rows. */
      counted="progressSteps"
      figures={COMMENT_FIGURES.map((figure) => ({ key: figure, label: t(figure) }))}>
      <p className="field">
        <label htmlFor={inputId}>{t('postUrls')}</label>
        <textarea id={inputId} rows={4} value={posts} onChange={(event) => setPosts(event.target.value)}
          placeholder="https://" />
      </p>
    </Report>
  );
}

/** One report: its input, the button that starts its job, the job's progress, then its figures and result file. */
function Report({
  title,
  help,
  action,
  start,
  counted,
  figures,
  children,
}: {
  title: string;
  help: string;
  action: string;
  start: () => Promise<{ jobId: string }>;
  counted: 'progressOf' | 'progressSteps';
  figures: Figure[];
  children: React.ReactNode;
}) {
  const app = useApp();
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const readJob = useCallback((id: string) => app.api.job(id), [app.api]);
  const { job, error } = useJob(jobId, readJob);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setJobId(null);
    try {
      setJobId((await start()).jobId);
    } catch (refused) {
      setFailure(refused instanceof Error && !('status' in refused) ? refused.message : describeFailure(refused, i18n));
    } finally {
      setBusy(false);
    }
  };

  const status = job?.status.toLowerCase();
  return (
    <form className="card report" aria-labelledby={headingId} onSubmit={submit}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{help}</p>
      {children}
      <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
        {action}
      </button>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
      {jobId && (!job || !isFinished(job)) ? <JobProgress job={job} counted={counted} /> : null}
      {status === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {t('reportFailed', { reason: job?.failureReason ?? '' })}
        </p>
      ) : null}
      {error ? (
        <p className="notice notice-error" role="alert">
          {describeFailure(error, i18n)}
        </p>
      ) : null}
      {job && status === 'succeeded' ? <ReportSummary job={job} figures={figures} /> : null}
    </form>
  );
}

function ReportSummary({ job, figures }: { job: Job; figures: Figure[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const result = job.result ?? {};
  const file = result.resultFileUrl as string | undefined;
  return (
    <div className="summary" role="status">
      <p className="summary-title">{t('reportDone')}</p>
      <ul className="summary-figures">
        {'total' in result ? (
          <li>
            {t('total')} <strong>{i18n.number(Number(result.total))}</strong>
          </li>
        ) : null}
        {figures.map((figure) => {
          const count = Number(result[figure.key] ?? 0);
          return (
            <li key={figure.key} className={figure.warning && count > 0 ? 'summary-failed' : undefined}>
              {figure.label} <strong>{i18n.number(count)}</strong>
            </li>
          );
        })}
      </ul>
      {file ? (
        <a className="button" href={file} download>
          {t('downloadResult')}
        </a>
      ) : null}
    </div>
  );
}
