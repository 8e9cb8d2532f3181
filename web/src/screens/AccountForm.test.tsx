import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http';
import { I18nProvider } from '../i18n/i18n';
import { AccountForm } from './AccountForm';

function renderForm(props: Partial<Parameters<typeof AccountForm>[0]> = {}, language: 'ko' | 'en' = 'en') {
  const onSave = props.onSave ?? vi.fn(async () => {});
  render(
    <I18nProvider initial={language}>
      <AccountForm title="Add account" initial={{}} onSave={onSave} onClose={() => {}} {...props} />
    </I18nProvider>,
  );
  return { onSave };
}

describe('the account form', () => {
  it('has the fields the issue names and sends what was typed', async () => {
    const { onSave } = renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), '김민지');
    await userEvent.type(screen.getByRole('textbox', { name: 'Phone' }), '010-1234-5678');
    await userEvent.type(screen.getByRole('textbox', { name: 'Handle' }), 'minji');
    for (const name of ['Profile URL', 'Email', 'Notes']) expect(screen.getByRole('textbox', { name })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).toHaveBeenCalledWith({ name: '김민지', phone: '010-1234-5678', handle: 'minji' });
  });

  it('shows every field error at once, each as its field’s accessible description', async () => {
    const refusal = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'phone', message: 'is not a valid phone number (numbers without a country code are read as KR)' },
        { field: 'email', message: 'must be a well-formed email address' },
      ],
    });
    renderForm({ onSave: vi.fn(async () => Promise.reject(refusal)) });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const phone = await screen.findByRole('textbox', { name: 'Phone' });
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(phone.getAttribute('aria-describedby')!)?.textContent).toContain(
      'is not a valid phone number',
    );
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe(
      'must be a well-formed email address',
    );
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-describedby')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(phone));
  });

  it('shows the errors in Korean for Korean staff', async () => {
    const refusal = new ApiError(400, { errors: [{ field: 'name', message: 'is required' }] });
    renderForm({ onSave: vi.fn(async () => Promise.reject(refusal)) }, 'ko');
    await userEvent.click(screen.getByRole('button', { name: '저장' }));

    const name = await screen.findByRole('textbox', { name: '이름' });
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('필수 항목입니다.');
  });

  it('puts a duplicate handle on the handle field', async () => {
    const refusal = new ApiError(409, { reason: 'DUPLICATE_HANDLE', detail: 'handle minji exists' });
    renderForm({ onSave: vi.fn(async () => Promise.reject(refusal)) });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const handle = await screen.findByRole('textbox', { name: 'Handle' });
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('says someone else changed it on a stale edit and reloads the latest on request', async () => {
    const stale = new ApiError(409, { reason: 'STALE_VERSION', detail: 'account 1 has changed since it was read' });
    const onReload = vi.fn(async () => ({ name: '김민지', handle: 'minji.new', phone: '010-1234-5678' }));
    renderForm({
      initial: { name: '김민지', handle: 'minji', phone: '010-1234-5678' },
      onSave: vi.fn(async () => Promise.reject(stale)),
      onReload,
    });
    await userEvent.type(screen.getByRole('textbox', { name: 'Notes' }), 'mine');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toContain('someone else changed it');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));

    expect(onReload).toHaveBeenCalled();
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Handle' }) as HTMLInputElement).value).toBe('minji.new'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
