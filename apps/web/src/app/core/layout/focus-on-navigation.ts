import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injector, afterNextRender, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/**
 * After each in-app navigation (not the first page load), move focus to the page's h1,
 * or to <main>, so screen reader and keyboard users start at the new content.
 */
export function focusOnNavigation(): void {
  const router = inject(Router);
  const injector = inject(Injector);
  const document = inject(DOCUMENT);
  let firstLoad = true;
  const subscription = router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe(() => {
    if (firstLoad) {
      firstLoad = false;
      return;
    }
    afterNextRender(
      () => {
        const main = document.getElementById('main-content');
        const target = main?.querySelector<HTMLElement>('h1') ?? main;
        if (!target) return;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      },
      { injector },
    );
  });
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
}
