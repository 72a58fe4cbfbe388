import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { appRoutes } from './app.routes';
import { Session } from './core/auth/session';
import { errorInterceptor } from './core/http/error.interceptor';
import { CurrentLocale } from './core/i18n/locale';
import { TranslatedTitle } from './core/i18n/translated-title';
import { BundledTranslations } from './translations/bundled-translations';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    { provide: TitleStrategy, useExisting: TranslatedTitle },
    provideHttpClient(
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([errorInterceptor]),
    ),
    provideTranslateService({ loader: provideTranslateLoader(BundledTranslations), fallbackLang: 'en', lang: 'en' }),
    provideAppInitializer(() => {
      inject(CurrentLocale).init();
      // Don't hold the first render on the API: the header updates when the session arrives.
      void inject(Session).ensureLoaded();
    }),
  ],
};
