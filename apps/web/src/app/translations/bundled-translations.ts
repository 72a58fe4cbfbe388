import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import type { Locale } from '@challenge/contract';
import { Observable, of } from 'rxjs';
import { cy } from './cy';
import { en } from './en';
import { isLocale } from '../core/i18n/locales';

export const TRANSLATIONS: Record<Locale, TranslationObject> = { en, cy };

/** Translations are bundled with the app, so switching language never waits on (or fails over) the network. */
@Injectable()
export class BundledTranslations implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(isLocale(lang) ? TRANSLATIONS[lang] : TRANSLATIONS.en);
  }
}
