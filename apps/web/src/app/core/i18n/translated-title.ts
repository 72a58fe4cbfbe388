import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';

/** Sets "Page – Council Challenges" from each route's title key, and again when the language changes. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitle extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private lastKey: string | undefined;

  constructor() {
    super();
    this.translate.onLangChange.subscribe(() => this.render());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.lastKey = this.buildTitle(snapshot);
    this.render();
  }

  private render(): void {
    const service = this.translate.instant('service.name') as string;
    const page = this.lastKey ? (this.translate.instant(this.lastKey) as string) : undefined;
    this.title.setTitle(page && page !== service ? `${page} – ${service}` : service);
  }
}
