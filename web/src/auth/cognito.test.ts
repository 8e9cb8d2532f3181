import { describe, expect, it } from 'vitest';
import { CALLBACK_PATH, cognito } from './cognito';

const config = {
  mode: 'cognito' as const,
  authority: 'https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_abc',
  clientId: 'client123',
  domain: 'https://roster-dev.auth.ap-northeast-2.amazoncognito.com',
};

describe('Cognito sign-in', () => {
  it('reaches the managed login’s password reset for this app client, coming back to the callback', () => {
    const url = new URL(cognito(config).passwordResetUrl());

    expect(url.origin + url.pathname).toBe(`${config.domain}/forgotPassword`);
    expect(url.searchParams.get('client_id')).toBe('client123');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('redirect_uri')).toBe(window.location.origin + CALLBACK_PATH);
  });

  it('has no session before signing in, and keeps nothing in localStorage', async () => {
    localStorage.clear();
    sessionStorage.clear();

    expect(await cognito(config).resume(() => {})).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});
