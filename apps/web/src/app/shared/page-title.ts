import { DestroyRef, Signal, effect, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { TranslateService } from '@ngx-translate/core';

/**
 * Titles a page with text only known once its data loads ("Fix the potholes – Council Challenges"),
 * in the house format of TranslatedTitle. Until `text` is set, the route's translated title stays.
 * Re-applied when the language changes, after TranslatedTitle has put the route's title back.
 * Call from a component's injection context.
 */
export function pageTitleFrom(text: Signal<string | null | undefined>): void {
  const title = inject(Title);
  const translate = inject(TranslateService);
  const render = (): void => {
    const page = text();
    if (page) title.setTitle(`${page} – ${translate.instant('service.name') as string}`);
  };
  effect(render);
  translate.onLangChange.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(render);
}
