import { describe, expect, it } from 'vitest';
import { dateTime, format, initialLanguage, makeI18n } from './i18n';
import { en, ko } from './messages';

function memory(initial: Record<string, string> = {}) {
  const values = { ...initial };
  return {
    values,
    getItem: (key: string) => values[key] ?? null,
    setItem: (key: string, value: string) => {
      values[key] = value;
    },
  };
}

describe('the language', () => {
  it('is Korean unless asked otherwise', () => {
    expect(initialLanguage('', memory())).toBe('ko');
  });

  it('follows ?lang= in the address and remembers it', () => {
    const storage = memory();
    expect(initialLanguage('?lang=en', storage)).toBe('en');
    expect(initialLanguage('', storage)).toBe('en');
    expect(initialLanguage('?lang=ko', storage)).toBe('ko');
    expect(initialLanguage('', storage)).toBe('ko');
  });

  it('ignores a language it has no catalogue for', () => {
    expect(initialLanguage('?lang=fr', memory({ 'roster.language': 'de' }))).toBe('ko');
  });
});

describe('the catalogues', () => {
  it('name every control of the issue in both languages', () => {
    const pairs: Array<[keyof typeof ko, string, string]> = [
      ['search', '검색', 'Search'],
      ['name', '이름', 'Name'],
      ['handle', '계정명', 'Handle'],
      ['followers', '팔로워', 'Followers'],
      ['addAccount', '계정 추가', 'Add account'],
      ['phone', '연락처', 'Phone'],
      ['profileUrl', '프로필 URL', 'Profile URL'],
      ['email', '이메일', 'Email'],
      ['notes', '메모', 'Notes'],
      ['save', '저장', 'Save'],
      ['otherPlatforms', '다른 플랫폼', 'Other platforms'],
      ['edit', '수정', 'Edit'],
      ['delete', '삭제', 'Delete'],
      ['importFromExcel', '엑셀 가져오기', 'Import from Excel'],
      ['workbook', '파일', 'Workbook'],
      ['upload', '업로드', 'Upload'],
      ['total', '전체', 'Total'],
      ['succeeded', '성공', 'Succeeded'],
      ['failed', '실패', 'Failed'],
      ['downloadErrorFile', '오류 파일 내려받기', 'Download error file'],
      ['exportToExcel', '엑셀로 내보내기', 'Export to Excel'],
      ['language', '언어', 'Language'],
    ];
    for (const [key, korean, english] of pairs) {
      expect(ko[key]).toBe(korean);
      expect(en[key]).toBe(english);
    }
  });

  it('say a stale edit was someone else’s change', () => {
    expect(en.conflict).toContain('someone else changed it');
    expect(ko.conflict).toContain('다른 사람이');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(ko) as Array<keyof typeof ko>) {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(names(en[key]), key).toEqual(names(ko[key]));
    }
  });
});

describe('formatting', () => {
  it('puts values into messages', () => {
    expect(format('{count}개 계정 표시', { count: '1,234' })).toBe('1,234개 계정 표시');
    expect(format('keeps {unknown}', {})).toBe('keeps {unknown}');
  });

  it('groups numbers and writes dates as staff do, in the browser’s time zone', () => {
    const i18n = makeI18n('ko', () => {});
    expect(i18n.number(12300)).toBe('12,300');
    const local = new Date(2026, 11, 6, 14, 5);
    expect(dateTime(local.toISOString())).toBe('2026-12-06 14:05');
  });

  it('reads the server’s field messages in Korean and keeps unknown ones as they are', () => {
    const korean = makeI18n('ko', () => {});
    const english = makeI18n('en', () => {});
    expect(korean.fieldMessage('must be at most 100 characters')).toBe('100자 이하로 입력하세요.');
    expect(korean.fieldMessage('is not a valid phone number (numbers without a country code are read as KR)')).toContain(
      '올바른 전화번호가 아닙니다',
    );
    expect(korean.fieldMessage('something new')).toBe('something new');
    expect(english.fieldMessage('is required')).toBe('is required');
  });
});
