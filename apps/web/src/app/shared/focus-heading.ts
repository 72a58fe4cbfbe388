import { ElementRef, afterRenderEffect, inject } from '@angular/core';

/**
 * When a page swaps its content in place (e.g. a confirmation replaces a form), move focus to
 * the new h1 so screen reader and keyboard users hear the result. Call from a constructor.
 */
export function focusHeadingWhen(condition: () => boolean): void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  afterRenderEffect(() => {
    if (condition()) host.nativeElement.querySelector<HTMLElement>('h1')?.focus();
  });
}
