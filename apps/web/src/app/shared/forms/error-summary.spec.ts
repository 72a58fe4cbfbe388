import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { BundledTranslations } from '../../translations/bundled-translations';
import { ErrorSummary } from './error-summary';
import { FormError, fieldError } from './form-errors';

@Component({
  imports: [ErrorSummary],
  template: `<app-error-summary [errors]="errors()" /><input id="email" />`,
})
class Host {
  readonly errors = signal<FormError[]>([]);
}

describe('ErrorSummary', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [provideTranslateService({ loader: provideTranslateLoader(BundledTranslations), lang: 'en' })],
    });
  });

  it('shows nothing without errors, then a focused summary linking to each field', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    TestBed.inject(Title).setTitle('Sign in – Council Challenges');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.govuk-error-summary')).toBeNull();

    fixture.componentInstance.errors.set([
      fieldError('email', 'validation.emailRequired'),
      { field: null, message: 'Server says no', translate: false },
    ]);
    await fixture.whenStable();

    const summary = element.querySelector<HTMLElement>('.govuk-error-summary');
    expect(summary?.textContent).toContain('There is a problem');
    expect(document.activeElement).toBe(summary);
    expect(TestBed.inject(Title).getTitle()).toBe('Error: Sign in – Council Challenges');

    const link = element.querySelector<HTMLAnchorElement>('a[href="#email"]');
    expect(link?.textContent?.trim()).toBe('Enter your email address');
    expect(element.textContent).toContain('Server says no');

    link?.click();
    expect(document.activeElement).toBe(element.querySelector('#email'));

    fixture.componentInstance.errors.set([]);
    await fixture.whenStable();
    expect(TestBed.inject(Title).getTitle()).toBe('Sign in – Council Challenges');
    fixture.nativeElement.remove();
  });
});
