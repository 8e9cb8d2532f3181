import { ApiError, Http, type RequestOptions } from './http';
import type {
  Account,
  AccountFields,
  AccountPage,
  CollectionRun,
  ConsentForm,
  ImportQueued,
  ImportReport,
  Influencer,
  Job,
  Me,
  Platform,
  SearchQuery,
  Snapshot,
} from './types';

/** What the UI does with the API, one method per route it uses. Later screens (reports) add theirs here. */
export class RosterApi {
  constructor(readonly http: Http) {}

  me(): Promise<Me> {
    return this.http.json('GET', '/api/me');
  }

  platforms(): Promise<Platform[]> {
    return this.http.json('GET', '/api/platforms');
  }

  search(platform: string, query: SearchQuery, cursor: string | null, signal?: AbortSignal): Promise<AccountPage> {
    return this.http.json('GET', accounts(platform), { query: { ...searchParams(query), limit: 50, cursor }, signal });
  }

  account(platform: string, id: string): Promise<Account> {
    return this.http.json('GET', `${accounts(platform)}/${enc(id)}`);
  }

  register(platform: string, fields: AccountFields): Promise<Account> {
    return this.http.json('POST', accounts(platform), { json: withoutBlanks(fields) });
  }

  changeAccount(platform: string, id: string, version: number, fields: AccountFields): Promise<Account> {
    return this.http.json('PATCH', `${accounts(platform)}/${enc(id)}`, { json: { version, ...fields } });
  }

  deleteAccount(platform: string, id: string): Promise<void> {
    return this.http.json('DELETE', `${accounts(platform)}/${enc(id)}`);
  }

  influencer(id: string): Promise<Influencer> {
    return this.http.json('GET', `/api/influencers/${enc(id)}`);
  }

  changeInfluencer(id: string, version: number, fields: { name?: string; phone?: string }): Promise<Influencer> {
    return this.http.json('PATCH', `/api/influencers/${enc(id)}`, { json: { version, ...fields } });
  }

  history(platform: string, id: string): Promise<{ items: Snapshot[] }> {
    return this.http.json('GET', `${accounts(platform)}/${enc(id)}/metrics`, { query: { limit: 100 } });
  }

  collectNow(platform: string): Promise<CollectionRun> {
    return this.http.json('POST', `/api/platforms/${enc(platform)}/collections`);
  }

  /**
   * 200 with the report for a small workbook, 202 with a job to follow for a large one. A workbook too large for a
   * request body (API Gateway and Lambda take about 6 MB) goes to a signed upload link first, then is imported there.
   */
  async importWorkbook(platform: string, file: File, upsert: boolean): Promise<ImportReport | ImportQueued> {
    if (file.size > DIRECT_UPLOAD_BYTES) return this.importThroughLink(platform, file, upsert);
    const form = new FormData();
    form.append('file', file, file.name);
    const response = await this.http.send('POST', `/api/platforms/${enc(platform)}/imports`, {
      query: { upsert: upsert || undefined },
      body: form,
    });
    return response.json();
  }

  private async importThroughLink(platform: string, file: File, upsert: boolean): Promise<ImportReport | ImportQueued> {
    const link = await this.http.json<UploadLink>('POST', `/api/platforms/${enc(platform)}/imports/uploads`);
    // The signature is the credential, as with S3's presigned URLs: no bearer token goes to the file store.
    const stored = await fetch(link.url, { method: link.method, headers: link.headers, body: file });
    if (!stored.ok) throw new ApiError(stored.status, { title: 'upload', detail: `HTTP ${stored.status}` });
    const response = await this.http.send('POST', link.importUrl, { query: { upsert: upsert || undefined } });
    return response.json();
  }

  /** Post verification of a workbook (Profile URL, Post URL): a job to follow; a large workbook goes through a link. */
  async checkPosts(platform: string, file: File): Promise<{ jobId: string }> {
    const base = `/api/platforms/${enc(platform)}/post-checks`;
    if (file.size > DIRECT_UPLOAD_BYTES) {
      const link = await this.http.json<UploadLink>('POST', `${base}/uploads`);
      const stored = await fetch(link.url, { method: link.method, headers: link.headers, body: file });
      if (!stored.ok) throw new ApiError(stored.status, { title: 'upload', detail: `HTTP ${stored.status}` });
      return (await this.http.send('POST', link.importUrl)).json();
    }
    const form = new FormData();
    form.append('file', file, file.name);
    return (await this.http.send('POST', base, { body: form })).json();
  }

  /** Comment analysis of a list of posts, its workbook labelled in {@code lang}: a job to follow. */
  analyseComments(platform: string, posts: string[], lang: string): Promise<{ jobId: string }> {
    return this.http.json('POST', `/api/platforms/${enc(platform)}/comment-analyses`, { query: { lang }, json: { posts } });
  }

  consentForms(influencerId: string): Promise<ConsentForm[]> {
    return this.http.json<{ items: ConsentForm[] }>('GET', consentForms(influencerId)).then((page) => page.items);
  }

  /**
   * Files a signed PDF with the date on the signature. One too large for a request body goes to a signed upload link
   * first, as large workbooks do, and is filed from there.
   */
  async fileConsentForm(influencerId: string, file: File, signedOn: string, note: string): Promise<ConsentForm> {
    if (file.size > DIRECT_UPLOAD_BYTES) {
      const link = await this.http.json<ConsentUploadLink>('POST', `${consentForms(influencerId)}/uploads`);
      const stored = await fetch(link.url, { method: link.method, headers: link.headers, body: file });
      if (!stored.ok) throw new ApiError(stored.status, { title: 'upload', detail: `HTTP ${stored.status}` });
      return this.http.json('POST', link.fileUrl, { json: { signedOn, note: note.trim() || null, fileName: file.name } });
    }
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('signedOn', signedOn);
    if (note.trim()) form.append('note', note.trim());
    const response = await this.http.send('POST', consentForms(influencerId), { body: form });
    return response.json();
  }

  /** A short-lived signed link to the PDF: the browser fetches the file from there, never through the API. */
  consentFormLink(influencerId: string, formId: string): Promise<{ url: string; expiresAt: string }> {
    return this.http.json('GET', `${consentForms(influencerId)}/${enc(formId)}/file`);
  }

  withdrawConsentForm(influencerId: string, formId: string): Promise<void> {
    return this.http.json('DELETE', `${consentForms(influencerId)}/${enc(formId)}`);
  }

  job(id: string): Promise<Job> {
    return this.http.json('GET', `/api/jobs/${enc(id)}`);
  }

  template(platform: string, lang: string): Promise<Download> {
    return this.download(`/api/platforms/${enc(platform)}/imports/template`, { query: { lang } });
  }

  exportSearch(platform: string, query: SearchQuery, lang: string): Promise<Download> {
    return this.download(`/api/platforms/${enc(platform)}/exports`, { query: { ...searchParams(query), lang } });
  }

  /** Files come through fetch, not a plain link, because the request needs the bearer token. */
  private async download(path: string, options: RequestOptions): Promise<Download> {
    const response = await this.http.send('GET', path, options);
    return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) };
  }
}

/** Over this, a workbook goes to an upload link instead of the request body. */
export const DIRECT_UPLOAD_BYTES = 4 * 1024 * 1024;

interface UploadLink {
  uploadId: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  importUrl: string;
}

interface ConsentUploadLink {
  uploadId: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  fileUrl: string;
}

export interface Download {
  blob: Blob;
  fileName: string;
}

export function searchParams(query: SearchQuery): Record<string, string | boolean | undefined> {
  return {
    q: query.q?.trim() || undefined,
    minFollowers: query.minFollowers?.trim() || undefined,
    hasConsent: query.hasConsent || undefined,
    sort: query.sort || undefined,
  };
}

function accounts(platform: string): string {
  return `/api/platforms/${enc(platform)}/accounts`;
}

function consentForms(influencerId: string): string {
  return `/api/influencers/${enc(influencerId)}/consent-forms`;
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}

function withoutBlanks(fields: AccountFields): AccountFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value.trim() !== ''));
}

/** RFC 6266: filename*=UTF-8''<percent-encoded>, or a plain filename="…". */
export function fileNameOf(disposition: string | null): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = disposition?.match(/filename="?([^";]+)"?/i);
  return plain ? plain[1] : 'roster.xlsx';
}

/** Hands a downloaded file to the browser's save. */
export function save({ blob, fileName }: Download): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
