import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-cn';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'xinping.language';

export function storedLanguage(): Language {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'zh-CN';
}

export function setLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

// zh-CN first; English is a switch away. Every user-visible string goes through t().
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

type Tree = { readonly [key: string]: string | Tree };
type SameShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

/**
 * A feature's own strings, in its own i18next namespace, so features never edit a shared file.
 * Use in components as `useTranslation(ns)`. `en` must have exactly the keys of `zh`.
 */
export function defineMessages<T extends Tree>(ns: string, zh: T, en: SameShape<T>): string {
  i18n.addResourceBundle('zh-CN', ns, zh, true, true);
  i18n.addResourceBundle('en', ns, en, true, true);
  return ns;
}
