import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { CurrentLocale } from '../i18n/locale';
import { BundledTranslations } from '../../translations/bundled-translations';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    localStorage.clear();
    document.documentElement.lang = 'en';
    await TestBed.configureTestingModule({
      imports: [LanguageSwitch],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({
          loader: provideTranslateLoader(BundledTranslations),
          fallbackLang: 'en',
          lang: 'en',
        }),
      ],
    }).compileComponents();
    TestBed.inject(CurrentLocale).init();
  });

  it('switches to Welsh: translates the labels, sets <html lang> and remembers the choice', async () => {
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Language');
    expect(element.querySelector('[aria-current="true"]')?.textContent?.trim()).toBe('English');

    const welsh = element.querySelector<HTMLButtonElement>('[data-testid="language-cy"]');
    expect(welsh?.getAttribute('lang')).toBe('cy');
    welsh?.click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('cy');
    expect(localStorage.getItem('cc-language')).toBe('cy');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Iaith');
    expect(element.querySelector('[aria-current="true"]')?.textContent?.trim()).toBe('Cymraeg');
    expect(element.querySelector('[data-testid="language-en"]')).not.toBeNull();
    // Signed out: nothing is saved to the account.
    TestBed.inject(HttpTestingController).verify();
  });
});
