import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, ko, koFieldMessages, type Catalogue, type MessageKey } from './messages';

export type Language = 'ko' | 'en';
export const LANGUAGES: Language[] = ['ko', 'en'];
const CATALOGUES: Record<Language, Catalogue> = { ko, en };
const REMEMBERED = 'roster.language';

/** The language to start in: `?lang=` in the address wins (and is remembered), then the remembered one, then Korean. */
export function initialLanguage(search: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'ko' || asked === 'en') {
    storage?.setItem(REMEMBERED, asked);
    return asked;
  }
  const remembered = storage?.getItem(REMEMBERED);
  return remembered === 'en' || remembered === 'ko' ? remembered : 'ko';
}

/** A message with its "{name}" values put in. */
export function format(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A count with grouping: 12,300. */
  number(value: number): string;
  /** A moment in the browser's time zone as staff write it: 2026-12-06 14:05. */
  dateTime(iso: string): string;
  /** A field message from the server, in this language where it is known. */
  fieldMessage(message: string): string;
}

export function makeI18n(language: Language, setLanguage: (language: Language) => void): I18n {
  const catalogue = CATALOGUES[language];
  const numbers = new Intl.NumberFormat(language === 'ko' ? 'ko-KR' : 'en-US');
  return {
    language,
    setLanguage,
    t: (key, values) => format(catalogue[key], values),
    number: (value) => numbers.format(value),
    dateTime,
    fieldMessage: (message) => {
      if (language !== 'ko') return message;
      for (const [pattern, korean] of koFieldMessages) {
        const match = message.match(pattern);
        if (match) return korean.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? '');
      }
      return message;
    },
  };
}

export function dateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

const I18nContext = createContext<I18n>(makeI18n('ko', () => {}));

export function I18nProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initial);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(REMEMBERED, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const i18n = useMemo(() => makeI18n(language, setLanguage), [language, setLanguage]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
