import type { ApiError, PrizeAward } from '@challenge/contract';
import { overrideApiErrors, overrideErrors, overrideIdeaId, overrideReasonId } from './override-rules';
import { toUpdateInput, updateApiErrors } from './update-form-model';
import { LIMITS } from '@challenge/contract';

const values = (overrides: Partial<Record<'status' | 'body' | 'bodyCy' | 'spend', string>> = {}) => ({
  status: 'in_progress',
  body: ' Installers booked for March. ',
  bodyCy: '',
  spend: '',
  ...overrides,
});
const messages = (errors: { field: string | null; message: string }[]) => errors.map((e) => [e.field, e.message]);

describe('implementation update form', () => {
  it('builds the request: trimmed text, no Welsh or spend when not given', () => {
    expect(toUpdateInput(values())).toEqual({
      errors: [],
      input: { status: 'in_progress', body: 'Installers booked for March.', bodyCy: null, spendPence: null },
    });
  });

  it('sends the Welsh text and the spend in pence', () => {
    const { input } = toUpdateInput(values({ bodyCy: 'Gosodwyr wedi’u trefnu.', spend: '£2,500.50' }));
    expect(input).toMatchObject({ bodyCy: 'Gosodwyr wedi’u trefnu.', spendPence: 250_050 });
  });

  it('needs a status and the English text, and a spend it can read', () => {
    const { errors, input } = toUpdateInput(values({ status: '', body: '  ', spend: '12.345' }));
    expect(input).toBeNull();
    expect(messages(errors)).toEqual([
      ['status', 'results.updates.errors.statusRequired'],
      ['body', 'results.updates.errors.bodyRequired'],
      ['spend', 'results.updates.errors.spend.invalid'],
    ]);
  });

  it('refuses an unknown status, over-long texts and a negative spend', () => {
    const long = 'x'.repeat(LIMITS.updateText + 1);
    const { errors } = toUpdateInput(values({ status: 'abandoned', body: long, bodyCy: long, spend: '-1' }));
    expect(messages(errors)).toEqual([
      ['status', 'results.updates.errors.statusRequired'],
      ['body', 'results.updates.errors.bodyTooLong'],
      ['bodyCy', 'results.updates.errors.bodyCyTooLong'],
      ['spend', 'results.updates.errors.spend.negative'],
    ]);
  });

  it('puts the API’s field errors next to the fields, and coded refusals in the summary', () => {
    const fields: ApiError = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'x',
      fields: { spendPence: ['spendPence must not be negative'], other: ['?'] },
    };
    expect(messages(updateApiErrors(fields))).toEqual([['spend', 'results.updates.errors.api.spendPence']]);
    const coded: ApiError = { statusCode: 409, error: 'Conflict', message: 'x', code: 'not_a_winner' };
    expect(messages(updateApiErrors(coded))).toEqual([[null, 'results.errors.notAWinner']]);
  });
});

describe('prize override', () => {
  const award = { prizeId: 'p1', slot: 1 } as PrizeAward;

  it('needs an idea and a reason, and the fields are those of that slot', () => {
    expect(messages(overrideErrors(award, '', ' '))).toEqual([
      ['override-idea-p1-1', 'results.errors.ideaRequired'],
      ['override-reason-p1-1', 'results.errors.reasonRequired'],
    ]);
    expect(overrideIdeaId(award)).toBe('override-idea-p1-1');
    expect(overrideErrors(award, 'i1', 'The winner withdrew')).toEqual([]);
  });

  it('refuses a reason over 1000 characters', () => {
    expect(messages(overrideErrors(award, 'i1', 'x'.repeat(1001)))).toEqual([
      [overrideReasonId(award), 'results.errors.reasonTooLong'],
    ]);
  });

  it('maps the API’s refusals onto the slot’s fields or the summary', () => {
    const error = (extra: Partial<ApiError>): ApiError => ({ statusCode: 400, error: 'x', message: 'x', ...extra });
    expect(messages(overrideApiErrors(award, error({ code: 'idea_not_shortlisted' })))).toEqual([
      [overrideIdeaId(award), 'results.errors.ideaNotShortlisted'],
    ]);
    expect(
      messages(overrideApiErrors(award, error({ fields: { reason: ['reason must be at most 1000 characters'] } }))),
    ).toEqual([[overrideReasonId(award), 'results.errors.reasonTooLong']]);
    expect(messages(overrideApiErrors(award, error({ statusCode: 409, code: 'results_published' })))).toEqual([
      [null, 'results.errors.published'],
    ]);
    expect(messages(overrideApiErrors(award, error({ statusCode: 503 })))).toEqual([
      [null, 'common.serviceUnavailable'],
    ]);
  });
});
