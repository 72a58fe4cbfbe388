import { Component, inject } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Footer } from './core/layout/footer';
import { Header } from './core/layout/header';
import { focusOnNavigation } from './core/layout/focus-on-navigation';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, TranslatePipe, Header, Footer],
  template: `
    <a href="#main-content" class="govuk-skip-link" (click)="skipToMain($event)">{{ 'layout.skipLink' | translate }}</a>
    <app-header />
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper app-main" id="main-content" tabindex="-1">
        <router-outlet />
      </main>
    </div>
    <app-footer />
  `,
})
export class App {
  private readonly document = inject(DOCUMENT);

  constructor() {
    focusOnNavigation();
  }

  /** The skip link's "#main-content" would resolve against <base href> and reload another page. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main-content')?.focus();
  }
}
