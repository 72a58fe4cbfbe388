import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import type { Locale } from '@challenge/contract';
import { TranslateService } from '@ngx-translate/core';
import { Session } from '../auth/session';
import { isLocale } from './locales';

const STORAGE_KEY = 'cc-language';

/** The interface language: remembered in localStorage, reflected in <html lang>, saved to the account when signed in. */
@Injectable({ providedIn: 'root' })
export class CurrentLocale {
  private readonly translate = inject(TranslateService);
  private readonly session = inject(Session);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>('en');

  readonly locale = this.current.asReadonly();

  /** The stored choice, if the person has made one in this browser. */
  stored(): Locale | null {
    try {
      const value = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLocale(value) ? value : null;
    } catch {
      return null;
    }
  }

  init(): void {
    this.apply(this.stored() ?? 'en');
  }

  /** Switch language by the person's choice: persist it and (best effort) save it to their account. */
  choose(locale: Locale): void {
    this.apply(locale);
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this page only.
    }
    const me = this.session.me();
    if (me && me.locale !== locale) {
      this.session.update({ locale }).subscribe({ error: () => undefined });
    }
  }

  apply(locale: Locale): void {
    this.current.set(locale);
    this.translate.use(locale);
    this.document.documentElement.lang = locale;
  }
}
