import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/http';
import type { ConsentForm } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Field } from '../components/Field';
import { FileDrop } from '../components/FileDrop';
import { useApp } from '../context';
import { describeFailure, formFailure } from '../failure';
import { dateTime, useI18n, type I18n } from '../i18n/i18n';

/**
 * A person's consent forms: whether one is on file and when the latest was signed, the list (download for everyone,
 * delete for admins), and, for editors, filing a signed PDF chosen or dropped with the date on the signature.
 */
export function ConsentPanel({
  influencerId,
  forms,
  onChanged,
}: {
  influencerId: string;
  forms: ConsentForm[];
  onChanged: () => Promise<void>;
}) {
  const app = useApp();
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [withdrawing, setWithdrawing] = useState<ConsentForm | null>(null);

  const download = async (form: ConsentForm) => {
    try {
      const link = await app.api.consentFormLink(influencerId, form.id);
      // The signed link is the credential: the browser opens it itself, and the PDF never passes through the API.
      const anchor = document.createElement('a');
      anchor.href = link.url;
      anchor.download = form.fileName;
      anchor.rel = 'noopener';
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
    } catch (refused) {
      setNotice({ text: describeFailure(refused, i18n), error: true });
    }
  };

  const latest = forms[0];
  return (
    <section className="card card-wide consent" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        {t('consentForms')}
      </h2>
      <p className={latest ? 'consent-summary consent-yes' : 'consent-summary muted'}>
        {latest ? t('consentSummaryYes', { date: latest.signedOn }) : t('consentSummaryNo')}
      </p>
      {forms.length ? (
        <div className="table-scroll">
          <table className="consent-forms">
            <caption className="visually-hidden">{t('consentForms')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fileName')}</th>
                <th scope="col">{t('consentSignedOn')}</th>
                <th scope="col">{t('filedAt')}</th>
                <th scope="col">{t('filedBy')}</th>
                <th scope="col">{t('consentNote')}</th>
                <th scope="col" className="numeric">
                  {t('fileSize')}
                </th>
                <th scope="col">{t('fingerprint')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('download')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {forms.map((form) => (
                <tr key={form.id}>
                  <td>
                    {form.fileName}
                    {form.activeContent ? <span className="badge badge-warning">{t('activeContent')}</span> : null}
                  </td>
                  <td className="nowrap">{form.signedOn}</td>
                  <td className="nowrap">{dateTime(form.filedAt)}</td>
                  <td>{form.filedBy ?? <span className="muted">—</span>}</td>
                  <td>{form.note ? <span className="pre">{form.note}</span> : <span className="muted">—</span>}</td>
                  <td className="numeric nowrap">{fileSize(form.size, i18n)}</td>
                  <td>
                    <code title={form.sha256}>{form.sha256.slice(0, 12)}…</code>
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-link"
                      aria-label={t('downloadNamed', { name: form.fileName })}
                      onClick={() => download(form)}
                    >
                      {t('download')}
                    </button>
                    {app.can('admin') ? (
                      <button
                        type="button"
                        className="button button-link button-link-danger"
                        aria-label={t('deleteNamed', { name: form.fileName })}
                        onClick={() => setWithdrawing(form)}
                      >
                        {t('delete')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className={notice?.error ? 'notice notice-error' : 'notice notice-info'} role="status" hidden={!notice}>
        {notice?.text}
      </div>
      {app.can('editor') ? (
        <ConsentUpload
          influencerId={influencerId}
          onFiled={async () => {
            await onChanged();
            setNotice({ text: t('consentFiled'), error: false });
          }}
        />
      ) : null}
      {withdrawing ? (
        <ConfirmDialog
          title={t('withdrawTitle')}
          body={t('withdrawBody', { name: withdrawing.fileName })}
          confirmLabel={t('delete')}
          onConfirm={async () => {
            await app.api.withdrawConsentForm(influencerId, withdrawing.id);
            setWithdrawing(null);
            await onChanged();
            setNotice({ text: t('consentWithdrawn'), error: false });
          }}
          onClose={() => setWithdrawing(null)}
        />
      ) : null}
    </section>
  );
}

/** Filing a PDF: chosen with the picker or dropped on the zone, with the date on the signature and a note. */
export function ConsentUpload({ influencerId, onFiled }: { influencerId: string; onFiled: () => Promise<void> }) {
  const app = useApp();
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const [signedOn, setSignedOn] = useState('');
  const [note, setNote] = useState('');
  const [filing, setFiling] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFailure(t('choosePdfFirst'));
    if (!signedOn) return setFieldErrors({ signedOn: t('signedOnFirst') });
    setFiling(true);
    setFailure(null);
    setFieldErrors({});
    try {
      await app.api.fileConsentForm(influencerId, file, signedOn, note);
      setFile(null);
      setSignedOn('');
      setNote('');
      await onFiled();
    } catch (refused) {
      const read = refusal(refused, i18n);
      setFieldErrors(read.fields);
      setFailure(read.message);
    } finally {
      setFiling(false);
    }
  };

  return (
    <form className="form consent-upload" onSubmit={submit} noValidate>
      <FileDrop
        label={t('consentFile')}
        accept=".pdf,application/pdf"
        prompt={t('consentDropHere')}
        file={file}
        onFile={(chosen) => {
          setFile(chosen);
          setFailure(null);
        }}
        testId="consent-dropzone"
      />
      <div className="consent-fields">
        <Field
          label={t('consentSignedOn')}
          type="date"
          required
          value={signedOn}
          max={new Date().toISOString().slice(0, 10)}
          error={fieldErrors.signedOn}
          onChange={(event) => setSignedOn(event.target.value)}
        />
        <Field
          label={t('consentNote')}
          hint={t('optional')}
          value={note}
          maxLength={1000}
          error={fieldErrors.note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={filing} aria-busy={filing || undefined}>
          {filing ? t('uploading') : t('fileConsent')}
        </button>
      </div>
    </form>
  );
}

/** What staff read of a refused filing: field problems by field, a wrong or too large file in their own words. */
function refusal(refused: unknown, i18n: I18n): { fields: Record<string, string>; message: string | null } {
  if (refused instanceof ApiError && refused.status === 415) {
    return { fields: {}, message: i18n.t('consentNotPdf') };
  }
  if (refused instanceof ApiError && refused.status === 413) {
    return { fields: {}, message: i18n.t('consentTooLarge') };
  }
  const read = formFailure(refused, i18n);
  return { fields: read.fields, message: read.message };
}

function fileSize(bytes: number, i18n: I18n): string {
  if (bytes < 1024) return `${i18n.number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${i18n.number(Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
