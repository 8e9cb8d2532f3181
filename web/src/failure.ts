import { ApiError } from './api/http';
import type { I18n } from './i18n/i18n';

/** What went wrong, in words staff can act on: the API's own words where they are about their input. */
export function describeFailure(failure: unknown, i18n: I18n): string {
  if (!(failure instanceof ApiError)) return i18n.t('errorGeneric');
  if (failure.status === 0) return i18n.t('errorOffline');
  if (failure.status === 403) return i18n.t('forbidden');
  if (failure.status === 404) return i18n.t('notFound');
  if (failure.status >= 500) {
    return failure.problem.requestId ? i18n.t('errorWithId', { id: failure.problem.requestId }) : i18n.t('errorGeneric');
  }
  return failure.problem.detail ?? i18n.t('errorGeneric');
}

/** A form's reading of a refused save: errors by field, a stale edit, or a message for the whole form. */
export interface FormFailure {
  fields: Record<string, string>;
  stale: boolean;
  message: string | null;
}

export function formFailure(failure: unknown, i18n: I18n): FormFailure {
  if (failure instanceof ApiError && failure.status === 400 && failure.problem.errors?.length) {
    const fields: Record<string, string> = {};
    for (const [field, message] of Object.entries(failure.fieldErrors())) fields[field] = i18n.fieldMessage(message);
    return { fields, stale: false, message: i18n.t('checkFields') };
  }
  if (failure instanceof ApiError && failure.status === 409) {
    if (failure.problem.reason === 'DUPLICATE_HANDLE') {
      return { fields: { handle: i18n.t('duplicateHandle') }, stale: false, message: i18n.t('checkFields') };
    }
    if (failure.problem.reason === 'DUPLICATE_PERSON') {
      return { fields: { name: i18n.t('duplicatePerson') }, stale: false, message: i18n.t('checkFields') };
    }
    return { fields: {}, stale: true, message: i18n.t('conflict') };
  }
  return { fields: {}, stale: false, message: describeFailure(failure, i18n) };
}
