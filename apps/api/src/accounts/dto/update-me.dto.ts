import type { Locale, UpdateMeRequest } from '@challenge/contract';
import { DisplayNameField, LocaleField } from './account-fields';

export class UpdateMeDto implements UpdateMeRequest {
  @DisplayNameField({ optional: true })
  displayName?: string;

  @LocaleField()
  locale?: Locale;
}
