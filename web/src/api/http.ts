import type { Problem } from './types';

/** A refusal of the API (its problem document), or a failure to reach it (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  /** The field problems of a 400, by field name; every one at once, as the API sends them. */
  fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) {
      errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
    }
    return errors;
  }

  get isStale(): boolean {
    return this.status === 409 && this.problem.reason === 'STALE_VERSION';
  }
}

/** Where the caller's bearer token comes from; null when none is needed (the local open mode). */
export interface TokenSource {
  token(): Promise<string | null>;
  /** The API said the token is no good (401): sign in again. */
  rejected(): void;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | null | undefined>;
  json?: unknown;
  body?: BodyInit;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Calls the public HTTP API: bearer token, JSON in and out, problem documents turned into ApiError. */
export class Http {
  constructor(
    private readonly base: string,
    private readonly tokens: TokenSource,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {}

  url(path: string, query?: RequestOptions['query']): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
    }
    const text = params.toString();
    return this.base + path + (text ? `?${text}` : '');
  }

  async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(method, path, options);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /** The response itself, for files and for answers whose status matters (200 or 202). */
  async send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    const token = await this.tokens.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    let body = options.body;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    let response: Response;
    try {
      // no-store: a person always sees what the server holds now. (An influencer's ETag is its version, which adding an
      // account does not change, so a revalidated copy could hide the new account behind a 304.)
      response = await this.fetcher(this.url(path, options.query), {
        method,
        headers,
        body,
        signal: options.signal,
        cache: 'no-store',
      });
    } catch (failure) {
      if ((failure as Error).name === 'AbortError') throw failure;
      throw new ApiError(0, { title: 'offline', detail: String(failure) });
    }
    if (response.ok) return response;
    if (response.status === 401) this.tokens.rejected();
    throw new ApiError(response.status, await problemOf(response));
  }
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const problem = (await response.json()) as Problem;
    return { ...problem, status: response.status };
  } catch {
    return { status: response.status, title: response.statusText };
  }
}
