import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../api/types';
import { I18nProvider } from '../i18n/i18n';
import { POLL_MS, useJob } from '../job';
import { ImportSummary, JobProgress } from './ImportDialog';

function job(status: string, done: number, total: number, result: Job['result'] = null): Job {
  return { id: 'j1', type: 'import', status, progress: { done, total, percent: total ? Math.floor((done * 100) / total) : 0 }, result, failureReason: null };
}

describe('a large import', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is followed until its job ends, and no longer', async () => {
    const answers = [job('QUEUED', 0, 0), job('RUNNING', 400, 1000), job('SUCCEEDED', 1000, 1000, { total: 1000 })];
    const read = vi.fn(async () => answers.shift()!);
    const { result } = renderHook(() => useJob('j1', read));

    await act(async () => {});
    expect(result.current.job?.status).toBe('QUEUED');
    await act(async () => vi.advanceTimersByTime(POLL_MS));
    expect(result.current.job?.progress.done).toBe(400);
    await act(async () => vi.advanceTimersByTime(POLL_MS));
    expect(result.current.job?.status).toBe('SUCCEEDED');
    await act(async () => vi.advanceTimersByTime(POLL_MS * 4));
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('shows a progress bar with the rows done', () => {
    render(
      <I18nProvider initial="en">
        <JobProgress job={job('RUNNING', 400, 1000)} />
      </I18nProvider>,
    );
    const bar = screen.getByRole('progressbar', { name: 'In progress' });
    expect(bar.getAttribute('value')).toBe('400');
    expect(bar.getAttribute('max')).toBe('1000');
    expect(screen.getByRole('status').textContent).toContain('400 of 1,000 rows');
  });
});

describe('an import’s summary', () => {
  it('shows each figure in the same element as its label, and the error file', () => {
    render(
      <I18nProvider initial="ko">
        <ImportSummary report={{ total: 5, success: 3, failed: 2, errorFileUrl: 'http://localhost/files?key=x' }} />
      </I18nProvider>,
    );
    expect(screen.getByText('전체', { exact: false }).textContent).toBe('전체 5');
    expect(screen.getByText('성공', { exact: false }).textContent).toBe('성공 3');
    expect(screen.getByText('실패', { exact: false }).textContent).toBe('실패 2');
    expect(screen.getByRole('link', { name: '오류 파일 내려받기' }).getAttribute('href')).toBe('http://localhost/files?key=x');
  });

  it('offers no error file when nothing failed', () => {
    render(
      <I18nProvider initial="en">
        <ImportSummary report={{ total: 2, success: 2, failed: 0, errorFileUrl: null }} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('link', { name: 'Download error file' })).toBeNull();
  });
});
