import { Component, inject } from '@angular/core';
import type { Locale } from '@challenge/contract';
import { TranslatePipe } from '@ngx-translate/core';
import { CurrentLocale } from '../i18n/locale';

/** English / Cymraeg toggle: each name is written in its own language. */
@Component({
  selector: 'app-language-switch',
  imports: [TranslatePipe],
  template: `
    <nav class="app-language-bar" [attr.aria-label]="'layout.languageLabel' | translate">
      <ul class="app-language-switch">
        @for (option of options; track option.locale) {
          <li>
            @if (option.locale === locale()) {
              <span class="app-language-switch__current" aria-current="true" [attr.lang]="option.locale">{{
                option.label | translate
              }}</span>
            } @else {
              <button
                type="button"
                class="app-link-button"
                [attr.lang]="option.locale"
                [attr.data-testid]="'language-' + option.locale"
                (click)="choose(option.locale)"
              >
                {{ option.label | translate }}
              </button>
            }
          </li>
        }
      </ul>
    </nav>
  `,
})
export class LanguageSwitch {
  private readonly currentLocale = inject(CurrentLocale);
  protected readonly locale = this.currentLocale.locale;
  protected readonly options: readonly { locale: Locale; label: string }[] = [
    { locale: 'en', label: 'layout.english' },
    { locale: 'cy', label: 'layout.welsh' },
  ];

  protected choose(locale: Locale): void {
    this.currentLocale.choose(locale);
  }
}
