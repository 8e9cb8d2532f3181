import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RosterApi } from '../api/roster';
import type { Job } from '../api/types';
import { openSession } from '../auth/session';
import { AppContext } from '../context';
import { I18nProvider } from '../i18n/i18n';
import { ReportsScreen } from './ReportsScreen';

function done(type: string, result: Job['result']): Job {
  return { id: 'j1', type, status: 'SUCCEEDED', progress: { done: 3, total: 3, percent: 100 }, result, failureReason: null };
}

function renderScreen(api: Partial<RosterApi>, language: 'ko' | 'en' = 'ko') {
  render(
    <I18nProvider initial={language}>
      <AppContext.Provider
        value={{
          api: api as RosterApi,
          session: openSession(),
          me: { subject: 'staff', roles: ['editor', 'viewer'] },
          platforms: [
            { code: 'a', name: 'Platform A', metrics: ['followers'] },
            { code: 'b', name: 'Platform B', metrics: ['followers'] },
          ],
        } as never}
      >
        <ReportsScreen />
      </AppContext.Provider>
    </I18nProvider>,
  );
}

describe('the reports page', () => {
  it('verifies the posts of a workbook and shows each status with the result file, in Korean', async () => {
    const checkPosts = vi.fn(async () => ({ jobId: 'j1' }));
    const job = vi.fn(async () =>
      done('post-check', { total: 5, live: 1, deleted: 1, private: 1, restricted: 1, unknown: 1, resultFileUrl: '/files/r.xlsx' }),
    );
    renderScreen({ checkPosts, job });

    expect(screen.getByRole('heading', { name: '리포트' })).toBeTruthy();
    const verification = screen.getByRole('form', { name: '게시물 검증' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '플랫폼' }), 'b');
    const file = new File(['xlsx'], 'campaign.xlsx');
    await userEvent.upload(within(verification).getByLabelText('파일'), file);
    await userEvent.click(within(verification).getByRole('button', { name: '검증 시작' }));

    expect(checkPosts).toHaveBeenCalledWith('b', file);
    const summary = (await within(verification).findByText('리포트를 마쳤습니다.')).closest('[role=status]') as HTMLElement;
    for (const [label, count] of [['전체', '5'], ['게시중', '1'], ['삭제됨', '1'], ['비공개', '1'], ['제한됨', '1'], ['확인 불가', '1']]) {
      expect(within(summary).getByText(label).textContent).toContain(count);
    }
    expect(within(verification).getByRole('link', { name: '결과 파일 내려받기' }).getAttribute('href')).toBe('/files/r.xlsx');
    // What is not live is told in red, as the result file highlights those rows.
    expect(within(summary).getByText('삭제됨').closest('li')?.className).toBe('summary-failed');
    expect(within(summary).getByText('게시중').closest('li')?.className).toBe('');
  });

  it('counts a comment analysis in progress without calling its steps rows', async () => {
    const analyseComments = vi.fn(async () => ({ jobId: 'j3' }));
    const job = vi.fn(async (): Promise<Job> => ({
      id: 'j3', type: 'comment-analysis', status: 'RUNNING', progress: { done: 3, total: 12, percent: 25 }, result: null,
      failureReason: null,
    }));
    renderScreen({ analyseComments, job });

    const analysis = screen.getByRole('form', { name: '댓글 분석' });
    await userEvent.type(within(analysis).getByRole('textbox', { name: '게시물 URL' }), 'https://blog.example/p/1');
    await userEvent.click(within(analysis).getByRole('button', { name: '분석 시작' }));

    expect((await within(analysis).findByText(/처리 중/)).textContent).toBe('처리 중 · 3 / 12');
  });

  it('analyses the comments of the posts given one a line', async () => {
    const analyseComments = vi.fn(async () => ({ jobId: 'j2' }));
    const job = vi.fn(async () => done('comment-analysis', { posts: 2, comments: 40, commenters: 31, urls: 3, resultFileUrl: '/files/c.xlsx' }));
    renderScreen({ analyseComments, job }, 'en');

    const analysis = screen.getByRole('form', { name: 'Comment analysis' });
    await userEvent.type(within(analysis).getByRole('textbox', { name: 'Post URLs' }),
      'https://blog.example/p/1{enter}{enter}  https://blog.example/p/2 ');
    await userEvent.click(within(analysis).getByRole('button', { name: 'Start analysis' }));

    expect(analyseComments).toHaveBeenCalledWith('a', ['https://blog.example/p/1', 'https://blog.example/p/2'], 'en');
    const summary = (await within(analysis).findByText('The report is ready.')).closest('[role=status]') as HTMLElement;
    expect(within(summary).getByText('Comments').textContent).toContain('40');
    expect(within(analysis).getByRole('link', { name: 'Download result file' })).toBeTruthy();
  });

  it('says what is missing before it starts anything', async () => {
    const checkPosts = vi.fn();
    const analyseComments = vi.fn();
    renderScreen({ checkPosts, analyseComments });

    await userEvent.click(screen.getByRole('button', { name: '검증 시작' }));
    await userEvent.click(screen.getByRole('button', { name: '분석 시작' }));

    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual(['먼저 파일을 선택하세요.', '게시물 URL을 하나 이상 넣으세요.']);
    expect(checkPosts).not.toHaveBeenCalled();
    expect(analyseComments).not.toHaveBeenCalled();
  });
});
