import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import type { Locale } from '@challenge/contract';
import { Observable, of } from 'rxjs';
import { cy } from './cy';
import { en } from './en';

export const LOCALES: readonly Locale[] = ['en', 'cy'];
export const TRANSLATIONS: Record<Locale, TranslationObject> = { en, cy };

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'cy';

/** Translations are bundled with the app, so switching language never waits on (or fails over) the network. */
@Injectable()
export class BundledTranslations implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(isLocale(lang) ? TRANSLATIONS[lang] : TRANSLATIONS.en);
  }
}
