import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, Http } from './http';
import { DIRECT_UPLOAD_BYTES, fileNameOf, RosterApi } from './roster';

const noToken = { token: async () => 'T', rejected: vi.fn() };

function json(status: number, body: unknown, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

describe('the API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the bearer token and reads a problem document into an error with its field problems', async () => {
    const fetcher = vi.fn(async () =>
      json(400, { status: 400, errors: [{ field: 'phone', message: 'is required' }] }, 'application/problem+json'),
    );
    const api = new RosterApi(new Http('', noToken, fetcher as unknown as typeof fetch));

    const refused = await api.register('a', { name: 'n', phone: '', handle: 'h' }).catch((error) => error);

    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).fieldErrors()).toEqual({ phone: 'is required' });
    const [url, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/platforms/a/accounts');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer T');
    expect(JSON.parse(init.body as string)).toEqual({ name: 'n', handle: 'h' });
  });

  it('asks to sign in again when the token is refused', async () => {
    const tokens = { token: async () => 'old', rejected: vi.fn() };
    const api = new RosterApi(new Http('', tokens, (async () => json(401, { status: 401 })) as unknown as typeof fetch));

    await expect(api.me()).rejects.toBeInstanceOf(ApiError);
    expect(tokens.rejected).toHaveBeenCalled();
  });

  it('sends a workbook too large for a request body to an upload link, then imports it there', async () => {
    const calls: Array<[string, string]> = [];
    const fetcher = vi.fn(async (url: string, init: RequestInit) => {
      calls.push([init.method ?? 'GET', url]);
      if (url.endsWith('/imports/uploads')) {
        return json(201, { uploadId: 'u1', url: 'https://files.example/put?sig=1', method: 'PUT',
          headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
          importUrl: '/api/platforms/a/imports/uploads/u1' });
      }
      return json(202, { jobId: 'j1', rows: 50000 });
    });
    const put = vi.fn(async () => new Response(null, { status: 200 }));
    vi.stubGlobal('fetch', put);
    const api = new RosterApi(new Http('', noToken, fetcher as unknown as typeof fetch));
    const big = new File([new Uint8Array(DIRECT_UPLOAD_BYTES + 1)], 'big.xlsx');

    const answer = await api.importWorkbook('a', big, true);

    expect(answer).toEqual({ jobId: 'j1', rows: 50000 });
    expect(calls).toEqual([
      ['POST', '/api/platforms/a/imports/uploads'],
      ['POST', '/api/platforms/a/imports/uploads/u1?upsert=true'],
    ]);
    const [putUrl, putInit] = put.mock.calls[0] as unknown as [string, RequestInit];
    expect(putUrl).toBe('https://files.example/put?sig=1');
    expect((putInit.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('files a consent PDF as a multipart form with its date and note', async () => {
    const fetcher = vi.fn(async () => json(201, { id: 'f1' }));
    const api = new RosterApi(new Http('', noToken, fetcher as unknown as typeof fetch));

    await api.fileConsentForm('p 1', new File([new Uint8Array(10)], '동의서.pdf'), '2026-03-02', ' 원본 ');

    const [url, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/influencers/p%201/consent-forms');
    const form = init.body as FormData;
    expect((form.get('file') as File).name).toBe('동의서.pdf');
    expect(form.get('signedOn')).toBe('2026-03-02');
    expect(form.get('note')).toBe('원본');
  });

  it('sends a consent PDF too large for a request body to an upload link, then files it there', async () => {
    const calls: Array<[string, string, string | undefined]> = [];
    const fetcher = vi.fn(async (url: string, init: RequestInit) => {
      calls.push([init.method ?? 'GET', url, init.body as string | undefined]);
      if (url.endsWith('/consent-forms/uploads')) {
        return json(201, { uploadId: 'u1', url: 'https://files.example/put?sig=2', method: 'PUT',
          headers: { 'Content-Type': 'application/pdf' }, fileUrl: '/api/influencers/p1/consent-forms/uploads/u1' });
      }
      return json(201, { id: 'u1' });
    });
    const put = vi.fn(async () => new Response(null, { status: 200 }));
    vi.stubGlobal('fetch', put);
    const api = new RosterApi(new Http('', noToken, fetcher as unknown as typeof fetch));

    await api.fileConsentForm('p1', new File([new Uint8Array(DIRECT_UPLOAD_BYTES + 1)], 'scan.pdf'), '2026-03-02', '');

    expect(calls.map(([method, url]) => [method, url])).toEqual([
      ['POST', '/api/influencers/p1/consent-forms/uploads'],
      ['POST', '/api/influencers/p1/consent-forms/uploads/u1'],
    ]);
    expect(JSON.parse(calls[1][2]!)).toEqual({ signedOn: '2026-03-02', note: null, fileName: 'scan.pdf' });
    const [putUrl, putInit] = put.mock.calls[0] as unknown as [string, RequestInit];
    expect(putUrl).toBe('https://files.example/put?sig=2');
    expect((putInit.headers as Record<string, string>)['Content-Type']).toBe('application/pdf');
  });

  it('names a download as the server does, Korean included', () => {
    expect(fileNameOf("attachment; filename*=UTF-8''%EB%AA%85%EB%8B%A8.xlsx")).toBe('명단.xlsx');
    expect(fileNameOf('attachment; filename="a.xlsx"')).toBe('a.xlsx');
    expect(fileNameOf(null)).toBe('roster.xlsx');
  });
});
