import { useCallback, useState, type FormEvent } from 'react';
import { save } from '../api/roster';
import type { ImportReport, Job } from '../api/types';
import { Dialog } from '../components/Dialog';
import { FileDrop } from '../components/FileDrop';
import { useApp } from '../context';
import { describeFailure } from '../failure';
import { useI18n } from '../i18n/i18n';
import { isFinished, useJob } from '../job';

/**
 * Excel in: the template to start from, a workbook chosen or dropped, the upsert switch; then the summary with the
 * error file, or, for a large workbook, a progress bar until its job ends.
 */
export function ImportDialog({
  platform,
  onClose,
  onImported,
}: {
  platform: string;
  onClose: () => void;
  onImported: () => void;
}) {
  const app = useApp();
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const [upsert, setUpsert] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const readJob = useCallback((id: string) => app.api.job(id), [app.api]);
  const { job, error: jobError } = useJob(jobId, readJob);

  const finishedReport = job && isFinished(job) && job.status.toLowerCase() === 'succeeded' ? reportOf(job) : null;
  const shown = report ?? finishedReport;

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFailure(t('chooseFileFirst'));
      return;
    }
    setUploading(true);
    setFailure(null);
    setReport(null);
    setJobId(null);
    try {
      const answer = await app.api.importWorkbook(platform, file, upsert);
      if ('jobId' in answer) setJobId(answer.jobId);
      else {
        setReport(answer);
        onImported();
      }
    } catch (refused) {
      setFailure(describeFailure(refused, i18n));
    } finally {
      setUploading(false);
    }
  };

  const template = async (language: string) => {
    try {
      save(await app.api.template(platform, language));
    } catch (refused) {
      setFailure(describeFailure(refused, i18n));
    }
  };

  const otherLanguage = i18n.language === 'ko' ? 'en' : 'ko';
  const jobFailed = job && isFinished(job) && job.status.toLowerCase() === 'failed';
  return (
    <Dialog title={`${t('importTitle')} · ${app.platformName(platform)}`} onClose={onClose} wide>
      {() => (
        <form onSubmit={upload} className="form">
          <p className="muted">{t('importHelp')}</p>
          <p className="template-links">
            <button type="button" className="button button-link" onClick={() => template(i18n.language)}>
              {t('downloadTemplate')}
            </button>
            <button type="button" className="button button-link" onClick={() => template(otherLanguage)}>
              {t('templateOtherLanguage')}
            </button>
          </p>
          <FileDrop
            label={t('workbook')}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            prompt={t('dropHere')}
            file={file}
            onFile={setFile}
          />
          <label className="inline-check">
            <input type="checkbox" checked={upsert} onChange={(event) => setUpsert(event.target.checked)} />
            <span>{t('upsert')}</span>
          </label>
          {failure ? (
            <p className="notice notice-error" role="alert">
              {failure}
            </p>
          ) : null}
          {jobId && !shown && !jobFailed ? <JobProgress job={job} /> : null}
          {jobFailed ? (
            <p className="notice notice-error" role="alert">
              {t('jobFailed', { reason: job.failureReason ?? '' })}
            </p>
          ) : null}
          {jobError ? (
            <p className="notice notice-error" role="alert">
              {describeFailure(jobError, i18n)}
            </p>
          ) : null}
          {shown ? <ImportSummary report={shown} /> : null}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('close')}
            </button>
            <button type="submit" className="button button-primary" disabled={uploading} aria-busy={uploading || undefined}>
              {uploading ? t('uploading') : t('upload')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function reportOf(job: Job): ImportReport {
  const result = job.result ?? {};
  return {
    total: Number(result.total ?? 0),
    success: Number(result.success ?? 0),
    failed: Number(result.failed ?? 0),
    errorFileUrl: (result.errorFileUrl as string | null | undefined) ?? null,
  };
}

/** A job's progress bar and count; {@code counted} says what is counted (rows by default). */
export function JobProgress({ job, counted = 'progressOf' }: { job: Job | null; counted?: 'progressOf' | 'progressSteps' }) {
  const i18n = useI18n();
  const { t } = i18n;
  const total = job?.progress.total ?? 0;
  const done = job?.progress.done ?? 0;
  return (
    <div className="job-progress">
      <progress
        aria-label={t('inProgress')}
        max={total > 0 ? total : undefined}
        value={total > 0 ? done : undefined}
      />
      <p role="status">
        {t('inProgress')}
        {total > 0 ? ` · ${t(counted, { done: i18n.number(done), total: i18n.number(total) })}` : ''}
      </p>
    </div>
  );
}

export function ImportSummary({ report }: { report: ImportReport }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="summary" role="status">
      <p className="summary-title">{t('importDone')}</p>
      <ul className="summary-figures">
        <li>
          {t('total')} <strong>{i18n.number(report.total)}</strong>
        </li>
        <li className="summary-ok">
          {t('succeeded')} <strong>{i18n.number(report.success)}</strong>
        </li>
        <li className={report.failed > 0 ? 'summary-failed' : undefined}>
          {t('failed')} <strong>{i18n.number(report.failed)}</strong>
        </li>
      </ul>
      {report.errorFileUrl ? (
        <a className="button" href={report.errorFileUrl} download>
          {t('downloadErrorFile')}
        </a>
      ) : null}
    </div>
  );
}
