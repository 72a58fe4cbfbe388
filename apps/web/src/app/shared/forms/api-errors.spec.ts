import { TestBed } from '@angular/core/testing';
import type { ApiError } from '@challenge/contract';
import { TranslateService, provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { BundledTranslations } from '../../translations/bundled-translations';
import { apiFieldMessage } from './api-errors';
import { FormError, apiFormErrors } from './form-errors';

const apiError = (statusCode: number, code: string | undefined, message: string, extra: Partial<ApiError> = {}) =>
  ({ statusCode, error: 'Error', message, ...(code ? { code } : {}), ...extra }) as ApiError;

describe('API error codes to messages', () => {
  let translate: TranslateService;
  const text = (errors: FormError[]): string[] =>
    errors.map((e) => (e.translate ? (translate.instant(e.message, e.params) as string) : e.message));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideTranslateService({ loader: provideTranslateLoader(BundledTranslations), lang: 'en' })],
    });
    translate = TestBed.inject(TranslateService);
  });

  it('translates known codes into English and Welsh', async () => {
    const closed = apiFormErrors(apiError(409, 'submissions_closed', 'Submissions to this challenge have closed'));
    const full = apiFormErrors(apiError(409, 'team_full', 'The team is full'), { email: 'invite-email' });
    const own = apiFormErrors(apiError(403, 'own_content', 'You cannot moderate your own content'));

    await firstValueFrom(translate.use('en'));
    expect(text(closed)).toEqual(['Submissions to this challenge have closed.']);
    expect(text(full)).toEqual(['A team can have at most 5 people, including the author.']);
    expect(text(own)).toEqual(['You cannot moderate your own ideas or comments. Ask another moderator.']);

    await firstValueFrom(translate.use('cy'));
    expect(text(closed)).toEqual(['Mae’r cyfnod cyflwyno ar gyfer yr her hon wedi cau.']);
    expect(text(full)).toEqual(['Gall tîm gynnwys 5 person ar y mwyaf, gan gynnwys yr awdur.']);
    expect(text(own)[0]).toContain('Ni allwch gymedroli');
  });

  it('puts a coded error next to the field it is about', () => {
    expect(apiFormErrors(apiError(413, 'file_too_large', 'too big'), { file: 'file' })).toEqual([
      { field: 'file', message: 'ideas.attachments.tooLarge', translate: true, params: undefined },
    ]);
    expect(apiFormErrors(apiError(409, 'already_invited', 'x'), { email: 'invite-email' })[0].field).toBe(
      'invite-email',
    );
    expect(apiFormErrors(apiError(415, 'file_type_refused', 'x'))[0]).toMatchObject({
      field: null,
      message: 'ideas.apiErrors.unsupportedFileType',
    });
  });

  it("falls back to the API's message for unknown codes and no code", () => {
    expect(apiFormErrors(apiError(409, 'something_new', 'Something new went wrong'))).toEqual([
      { field: null, message: 'Something new went wrong', translate: false },
    ]);
    expect(apiFormErrors(apiError(400, undefined, 'Bad request'))[0].message).toBe('Bad request');
    expect(apiFormErrors(apiError(503, 'submissions_closed', 'x'))[0].message).toBe('common.serviceUnavailable');
  });

  it('translates the common per-field validation messages and keeps the rest as sent', async () => {
    const errors = apiFormErrors(
      apiError(400, 'validation_failed', 'Some values are not valid', {
        fields: {
          title: ['title must not be blank'],
          summary: ['summary must be at most 300 characters'],
          category: ['"Bins" is not one of this challenge\'s categories: Litter'],
          location: ['location must be an object with latitude and longitude'],
        },
      }),
      { title: 'title', summary: 'summary', category: 'category', location: 'latitude' },
    );
    await firstValueFrom(translate.use('cy'));
    expect(text(errors)).toEqual([
      'Rhowch deitl i’ch syniad',
      'Rhaid i’r crynodeb fod yn 300 nod neu lai',
      'Dewiswch gategori',
      'location must be an object with latitude and longitude',
    ]);
    expect(apiFieldMessage('email', 'email must be an email address')).toEqual({ key: 'validation.emailInvalid' });
    expect(apiFieldMessage('reason', 'reason is required to hide content')).toEqual({
      key: 'ideas.apiErrors.reasonRequired',
    });
    expect(apiFieldMessage('title', 'title must be text')).toBeUndefined();
  });
});
