import type { ApiError, Criterion } from '@challenge/contract';
import {
  ScoreValues,
  scoreFieldId,
  scoreOptions,
  scoresToSave,
  scoringApiErrors,
  usesRadios,
  valuesOf,
} from './score-form-model';

const criterion = (id: string, minScore: number, maxScore: number): Criterion => ({
  id,
  position: 0,
  name: id === 'a' ? 'Impact' : 'Cost',
  nameCy: null,
  description: '',
  descriptionCy: null,
  minScore,
  maxScore,
  weight: 1,
});
const criteria = [criterion('a', 0, 10), criterion('b', 1, 100)];
const nameOf = (c: { id: string }): string => (c.id === 'a' ? 'Impact' : 'Cost');
const values = (a: string, b: string, commentB = ''): ScoreValues => ({
  a: { score: a, comment: '' },
  b: { score: b, comment: commentB },
});

describe('score form model', () => {
  it('offers radios for small ranges and a number input for wide ones', () => {
    expect(usesRadios(criterion('x', 0, 10))).toBe(true);
    expect(usesRadios(criterion('x', 1, 12))).toBe(false);
    expect(scoreOptions(criterion('x', 1, 5))).toEqual([1, 2, 3, 4, 5]);
  });

  it('saves what is scored so far, with trimmed comments', () => {
    const { scores, errors } = scoresToSave(criteria, values(' 7 ', ''), false, nameOf);
    expect(errors).toEqual([]);
    expect(scores).toEqual([{ criterionId: 'a', score: 7, comment: '' }]);
  });

  it('needs every criterion scored to submit', () => {
    const { scores, errors } = scoresToSave(criteria, values('7', ''), true, nameOf);
    expect(scores).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        field: scoreFieldId('b'),
        message: 'judging.score.errors.required',
        params: { name: 'Cost', min: '1', max: '100' },
      }),
    ]);
  });

  it('refuses scores outside the range or not whole, comments without a score, and an empty save', () => {
    const out = scoresToSave(criteria, values('11', '2.5'), false, nameOf).errors;
    expect(out.map((e) => [e.field, e.message])).toEqual([
      ['score-a', 'judging.score.errors.range'],
      ['score-b', 'judging.score.errors.range'],
    ]);
    expect(scoresToSave(criteria, values('0', '', 'Great'), false, nameOf).errors).toEqual([
      expect.objectContaining({ field: 'score-b', message: 'judging.score.errors.commentNeedsScore' }),
    ]);
    expect(scoresToSave(criteria, values('', ''), false, nameOf).errors).toEqual([
      expect.objectContaining({ field: null, message: 'judging.score.errors.nothing' }),
    ]);
  });

  it('fills the form from saved scores', () => {
    expect(valuesOf(criteria, [{ criterionId: 'b', score: 40, comment: 'Fair' }])).toEqual({
      a: { score: '', comment: '' },
      b: { score: '40', comment: 'Fair' },
    });
  });

  it('puts the API’s score errors next to the criterion they name', () => {
    const range: ApiError = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'out of range',
      code: 'score_out_of_range',
      fields: { 'scores.1.score': ['The score for “Cost” must be a whole number from 1 to 100'] },
    };
    const sent = [
      { criterionId: 'a', score: 1 },
      { criterionId: 'b', score: 500 },
    ];
    expect(scoringApiErrors(range, sent, criteria, nameOf)).toEqual([
      expect.objectContaining({ field: 'score-b', message: 'judging.score.errors.range' }),
    ]);
    const missing: ApiError = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'missing',
      code: 'scores_missing',
      fields: { 'criterion.a': ['“Impact” has no score'] },
    };
    expect(scoringApiErrors(missing, [], criteria, nameOf)).toEqual([
      expect.objectContaining({ field: 'score-a', message: 'judging.score.errors.required' }),
    ]);
    const locked: ApiError = { statusCode: 409, error: 'Conflict', message: 'locked', code: 'assignment_submitted' };
    expect(scoringApiErrors(locked, [], criteria, nameOf)[0]?.message).toBe('judging.apiErrors.assignmentSubmitted');
  });
});
