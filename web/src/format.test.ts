import { describe, expect, it } from 'vitest';
import { displayPhone } from './format';

describe('phones', () => {
  it('are shown in the Korean format when they are Korean', () => {
    expect(displayPhone('+821012345678')).toBe('010-1234-5678');
    expect(displayPhone('+82212345678')).toBe('02-1234-5678');
    expect(displayPhone('+82311234567')).toBe('031-123-4567');
  });

  it('stay in E.164 from elsewhere', () => {
    expect(displayPhone('+14155550100')).toBe('+14155550100');
    expect(displayPhone(null)).toBe('');
  });
});
