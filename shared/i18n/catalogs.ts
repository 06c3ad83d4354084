import { AR } from './catalogs/ar';
import { EN, type Catalog } from './catalogs/en';
import { ES } from './catalogs/es';
import { FR } from './catalogs/fr';
import { RU } from './catalogs/ru';
import { ZH } from './catalogs/zh';
import type { UiLanguage } from './locales';

/** The catalog of each language of the app: every message id with its ICU message. */
export const CATALOGS: Readonly<Record<UiLanguage, Catalog>> = { en: EN, fr: FR, es: ES, ru: RU, ar: AR, zh: ZH };
