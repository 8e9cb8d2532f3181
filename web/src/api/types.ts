// The API's documents, as /api/openapi.json describes them.

export interface Platform {
  code: string;
  name: string;
  metrics: string[];
}

export interface Me {
  subject: string;
  roles: Role[];
}

export type Role = 'viewer' | 'editor' | 'admin';

export interface Person {
  id: string;
  name: string;
  phone: string;
}

export interface AccountRef {
  id: string;
  platform: string;
  handle: string;
}

/** The latest figures by metric name, plus collectedAt. */
export type Metrics = Record<string, number | string> & { collectedAt?: string };

export interface LastCollection {
  status: string;
  reason: string | null;
  at: string;
}

export interface Account {
  id: string;
  platform: string;
  handle: string;
  profileUrl: string | null;
  email: string | null;
  notes: string | null;
  version: number;
  influencer: Person;
  otherAccounts: AccountRef[];
  metrics: Metrics | null;
  createdAt: string;
  updatedAt: string;
  lastCollection: LastCollection | null;
  hasConsent: boolean;
  consentSignedOn: string | null;
}

export interface AccountPage {
  items: Account[];
  nextCursor: string | null;
}

export interface OwnedAccount {
  id: string;
  platform: string;
  handle: string;
  version: number;
}

export interface Influencer {
  id: string;
  name: string;
  phone: string;
  version: number;
  accounts: OwnedAccount[];
  hasConsent: boolean;
  consentSignedOn: string | null;
  consentForms: ConsentForm[];
}

/** A signed consent form (a PDF) on file for a person. */
export interface ConsentForm {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  signedOn: string;
  filedAt: string;
  filedBy: string | null;
  note: string | null;
  activeContent: boolean;
}

export interface Snapshot {
  collectedAt: string;
  metrics: Record<string, number>;
}

export interface ImportReport {
  total: number;
  success: number;
  failed: number;
  errorFileUrl: string | null;
}

export interface ImportQueued {
  jobId: string;
  rows: number;
}

export interface Job {
  id: string;
  type: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | string;
  progress: { done: number; total: number; percent: number };
  result: Record<string, unknown> | null;
  failureReason: string | null;
}

export interface CollectionRun {
  platform: string;
  accounts: number;
  jobs: string[];
}

export interface AccountFields {
  name?: string;
  phone?: string;
  handle?: string;
  profileUrl?: string;
  email?: string;
  notes?: string;
}

export interface SearchQuery {
  q?: string;
  minFollowers?: string;
  hasConsent?: boolean;
  sort?: string;
}

/** An RFC 9457 problem document, as the API answers every refusal. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
  reason?: string;
  requestId?: string;
}
