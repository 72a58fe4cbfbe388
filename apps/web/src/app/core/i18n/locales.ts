import type { Locale } from '@challenge/contract';

export const LOCALES: readonly Locale[] = ['en', 'cy'];

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'cy';
