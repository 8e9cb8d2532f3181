import { LANGUAGES, useI18n, type Language } from '../i18n/i18n';

const NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };

/** The language switch: a combobox named "Language" (언어); the choice is remembered. */
export function LanguageSelect() {
  const { t, language, setLanguage } = useI18n();
  return (
    <select
      className="language"
      aria-label={t('language')}
      value={language}
      onChange={(event) => setLanguage(event.target.value as Language)}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {NAMES[code]}
        </option>
      ))}
    </select>
  );
}
