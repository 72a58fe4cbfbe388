import { Route } from '@angular/router';
import { authGuard, councilAdminGuard, platformAdminGuard } from './core/auth/auth.guard';
import { challengesRoutes } from './features/challenges/challenges.routes';
import { ideasRoutes } from './features/ideas/ideas.routes';
import { moderationRoutes } from './features/moderation/moderation.routes';
import { votingRoutes } from './features/voting/voting.routes';
import { voteFlagsRoutes } from './features/vote-flags/vote-flags.routes';
import { judgingRoutes } from './features/judging/judging.routes';
import { resultsRoutes } from './features/results/results.routes';

/** Every page is lazy; `title` is a translation key (see TranslatedTitle). */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'home.title',
    loadComponent: () => import('./features/home/home').then((m) => m.Home),
  },
  {
    path: 'register',
    title: 'register.title',
    loadComponent: () => import('./features/auth/register').then((m) => m.Register),
  },
  {
    path: 'check-your-email',
    title: 'checkEmail.title',
    loadComponent: () => import('./features/auth/check-your-email').then((m) => m.CheckYourEmail),
  },
  {
    path: 'verify-email',
    title: 'verifyEmail.title',
    loadComponent: () => import('./features/auth/verify-email').then((m) => m.VerifyEmail),
  },
  {
    path: 'sign-in',
    title: 'signIn.title',
    loadComponent: () => import('./features/auth/sign-in').then((m) => m.SignIn),
  },
  {
    path: 'forgotten-password',
    title: 'forgotPassword.title',
    loadComponent: () => import('./features/auth/forgotten-password').then((m) => m.ForgottenPassword),
  },
  // The API's emails have linked here too.
  { path: 'forgot-password', redirectTo: 'forgotten-password' },
  {
    path: 'reset-password',
    title: 'resetPassword.title',
    loadComponent: () => import('./features/auth/reset-password').then((m) => m.ResetPassword),
  },
  {
    path: 'account',
    title: 'account.title',
    canActivate: [authGuard],
    loadComponent: () => import('./features/account/my-account').then((m) => m.MyAccount),
  },
  {
    path: 'admin',
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'admin.councilsTitle',
        loadComponent: () => import('./features/admin/council-admin').then((m) => m.CouncilAdmin),
      },
      {
        path: 'organisations',
        title: 'organisations.title',
        canActivate: [platformAdminGuard],
        loadComponent: () => import('./features/admin/organisations').then((m) => m.Organisations),
      },
      {
        path: 'organisations/:id/members',
        title: 'admin.membersTitle',
        canActivate: [councilAdminGuard],
        loadComponent: () => import('./features/admin/members').then((m) => m.Members),
      },
    ],
  },
  ...challengesRoutes,
  ...ideasRoutes,
  ...moderationRoutes,
  ...votingRoutes,
  ...voteFlagsRoutes,
  ...judgingRoutes,
  ...resultsRoutes,
  {
    path: 'accessibility',
    title: 'info.accessibilityTitle',
    loadComponent: () => import('./features/info/accessibility').then((m) => m.Accessibility),
  },
  {
    path: 'privacy',
    title: 'info.privacyTitle',
    loadComponent: () => import('./features/info/privacy').then((m) => m.Privacy),
  },
  {
    path: 'cookies',
    title: 'info.cookiesTitle',
    loadComponent: () => import('./features/info/cookies').then((m) => m.Cookies),
  },
  {
    path: 'not-found',
    title: 'info.notFoundTitle',
    loadComponent: () => import('./features/info/not-found').then((m) => m.NotFound),
  },
  {
    path: '**',
    title: 'info.notFoundTitle',
    loadComponent: () => import('./features/info/not-found').then((m) => m.NotFound),
  },
];
