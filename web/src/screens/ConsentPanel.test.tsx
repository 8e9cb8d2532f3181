import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http';
import type { RosterApi } from '../api/roster';
import type { ConsentForm, Role } from '../api/types';
import type { Session } from '../auth/session';
import { AppContext } from '../context';
import { I18nProvider } from '../i18n/i18n';
import { ConsentPanel } from './ConsentPanel';

const FORM: ConsentForm = {
  id: 'f1',
  fileName: '김민지 동의서.pdf',
  size: 2_345_678,
  sha256: 'ab'.repeat(32),
  signedOn: '2026-03-02',
  filedAt: '2026-03-03T01:00:00Z',
  filedBy: 'editor@example.com',
  note: '원본 보관',
  activeContent: true,
};

function renderPanel(roles: Role[], forms: ConsentForm[], api: Partial<RosterApi> = {}, language: 'ko' | 'en' = 'ko') {
  const onChanged = vi.fn(async () => {});
  const state = {
    api: api as RosterApi,
    session: {} as Session,
    me: { subject: 'kim', roles },
    platforms: [{ code: 'a', name: 'Platform A', metrics: ['followers'] }],
  };
  render(
    <AppContext.Provider value={state}>
      <I18nProvider initial={language}>
        <ConsentPanel influencerId="p1" forms={forms} onChanged={onChanged} />
      </I18nProvider>
    </AppContext.Provider>,
  );
  return { onChanged };
}

function pdf(name = '동의서.pdf', bytes = 10): File {
  return new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });
}

describe('the consent panel', () => {
  it('says who has consent and lists each form with its facts, in Korean', () => {
    renderPanel(['viewer'], [FORM]);

    const panel = screen.getByRole('region', { name: '동의서' });
    expect(within(panel).getByText('동의서 있음 · 서명일 2026-03-02')).toBeTruthy();
    const table = within(panel).getByRole('table', { name: '동의서' });
    for (const header of ['파일 이름', '동의서 서명일', '등록 시각', '등록자', '메모', '크기', 'SHA-256']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeTruthy();
    }
    expect(within(table).getByText('원본 보관')).toBeTruthy();
    expect(within(table).getByText('2.2 MB')).toBeTruthy();
    expect(within(table).getByText('스크립트 또는 첨부 파일 포함')).toBeTruthy();
    expect(within(table).getByRole('button', { name: '김민지 동의서.pdf 내려받기' })).toBeTruthy();
  });

  it('lets a viewer download but neither file nor delete', () => {
    renderPanel(['viewer'], [FORM], {}, 'en');

    expect(screen.getByRole('button', { name: 'Download 김민지 동의서.pdf' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete 김민지 동의서.pdf' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'File consent form' })).toBeNull();
  });

  it('says plainly when no form is on file', () => {
    renderPanel(['editor'], [], {}, 'en');

    expect(screen.getByText('No consent form on file.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('files a chosen PDF with the date it was signed and a note', async () => {
    const fileConsentForm = vi.fn(async () => FORM);
    const { onChanged } = renderPanel(['editor'], [], { fileConsentForm });

    await userEvent.upload(screen.getByLabelText('동의서 PDF'), pdf());
    fireEvent.change(screen.getByLabelText(/동의서 서명일/), { target: { value: '2026-03-02' } });
    await userEvent.type(screen.getByRole('textbox', { name: '메모' }), '원본 보관');
    await userEvent.click(screen.getByRole('button', { name: '동의서 올리기' }));

    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(fileConsentForm).toHaveBeenCalledWith('p1', expect.any(File), '2026-03-02', '원본 보관');
    expect(screen.getByRole('status').textContent).toBe('동의서를 등록했습니다.');
  });

  it('takes a PDF dropped on the zone', async () => {
    const fileConsentForm = vi.fn(async () => FORM);
    renderPanel(['editor'], [], { fileConsentForm }, 'en');

    fireEvent.drop(screen.getByTestId('consent-dropzone'), { dataTransfer: { files: [pdf('dropped.pdf')] } });
    expect(screen.getByText('Chosen: dropped.pdf', { exact: false })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Consent signed on/), { target: { value: '2026-01-05' } });
    await userEvent.click(screen.getByRole('button', { name: 'File consent form' }));

    await waitFor(() => expect(fileConsentForm).toHaveBeenCalled());
    expect((fileConsentForm.mock.calls[0] as unknown[])[1]).toHaveProperty('name', 'dropped.pdf');
  });

  it('asks for the file and the date before sending anything', async () => {
    const fileConsentForm = vi.fn(async () => FORM);
    renderPanel(['editor'], [], { fileConsentForm }, 'en');

    await userEvent.click(screen.getByRole('button', { name: 'File consent form' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose the signed PDF first.');
    await userEvent.upload(screen.getByLabelText('Consent form PDF'), pdf());
    await userEvent.click(screen.getByRole('button', { name: 'File consent form' }));

    const date = screen.getByLabelText(/Consent signed on/);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(date.getAttribute('aria-describedby')!.split(' ')[0])?.textContent).toBe(
      'Enter the date the form was signed.',
    );
    expect(fileConsentForm).not.toHaveBeenCalled();
  });

  it('tells staff in Korean when the file is not a PDF or is too large', async () => {
    const fileConsentForm = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(415, { status: 415, detail: 'The file is not a PDF (it does not start with %PDF-).' }))
      .mockRejectedValueOnce(new ApiError(413, { status: 413, detail: 'The body may be at most 10551296 bytes.' }));
    renderPanel(['editor'], [], { fileConsentForm });

    await userEvent.upload(screen.getByLabelText('동의서 PDF'), pdf('사진.png'));
    fireEvent.change(screen.getByLabelText(/동의서 서명일/), { target: { value: '2026-03-02' } });
    await userEvent.click(screen.getByRole('button', { name: '동의서 올리기' }));
    expect((await screen.findByRole('alert')).textContent).toContain('PDF 파일만 올릴 수 있습니다.');
    await userEvent.click(screen.getByRole('button', { name: '동의서 올리기' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('파일이 너무 큽니다.'));
  });

  it('deletes a form only after an admin confirms it', async () => {
    const withdrawConsentForm = vi.fn(async () => {});
    const { onChanged } = renderPanel(['viewer', 'editor', 'admin'], [FORM], { withdrawConsentForm }, 'en');

    await userEvent.click(screen.getByRole('button', { name: 'Delete 김민지 동의서.pdf' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this consent form?' });
    expect(withdrawConsentForm).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(withdrawConsentForm).toHaveBeenCalledWith('p1', 'f1'));
    expect(onChanged).toHaveBeenCalled();
  });

  it('downloads through the signed link, not through the API', async () => {
    const consentFormLink = vi.fn(async () => ({ url: 'http://files.example/consent.pdf?sig=x', expiresAt: '' }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.href);
    });
    renderPanel(['viewer'], [FORM], { consentFormLink }, 'en');

    await userEvent.click(screen.getByRole('button', { name: 'Download 김민지 동의서.pdf' }));

    await waitFor(() => expect(clicked).toEqual(['http://files.example/consent.pdf?sig=x']));
    expect(consentFormLink).toHaveBeenCalledWith('p1', 'f1');
    click.mockRestore();
  });
});
