import type { ApiError, Criterion } from '@challenge/contract';
import { CriterionRow, emptyCriterion, rowOf, rubricApiErrors, rubricFieldIdFor, rubricRequest } from './rubric-model';

const row = (over: Partial<CriterionRow> = {}): CriterionRow => ({
  ...emptyCriterion(),
  name: 'Impact',
  description: 'How much difference it makes',
  ...over,
});

describe('rubric form model', () => {
  it('turns valid rows into the request, trimmed, with blank Welsh as null and numbers parsed', () => {
    const { request, errors } = rubricRequest([
      row({ name: ' Impact ', nameCy: '', minScore: '1', maxScore: '5', weight: '1.5' }),
      row({ name: 'Cost', nameCy: 'Cost', descriptionCy: 'Faint mae’n ei gostio' }),
    ]);
    expect(errors).toEqual([]);
    expect(request?.criteria).toEqual([
      {
        name: 'Impact',
        nameCy: null,
        description: 'How much difference it makes',
        descriptionCy: null,
        minScore: 1,
        maxScore: 5,
        weight: 1.5,
      },
      {
        name: 'Cost',
        nameCy: 'Cost',
        description: 'How much difference it makes',
        descriptionCy: 'Faint mae’n ei gostio',
        minScore: 0,
        maxScore: 10,
        weight: 1,
      },
    ]);
  });

  it('puts an error on each wrong field of each row, naming the criterion', () => {
    const { request, errors } = rubricRequest([
      row({ name: '  ', description: '' }),
      row({ name: 'Cost', minScore: '-1', maxScore: '1001', weight: '0' }),
      row({ name: 'Reach', minScore: '5', maxScore: '5', weight: '1.23456' }),
    ]);
    expect(request).toBeNull();
    expect(errors.map((e) => [e.field, e.message, e.params?.['number']])).toEqual([
      ['criterion-0-name', 'judging.rubric.errors.nameRequired', '1'],
      ['criterion-0-description', 'judging.rubric.errors.descriptionRequired', '1'],
      ['criterion-1-minScore', 'judging.rubric.errors.minScore', '2'],
      ['criterion-1-maxScore', 'judging.rubric.errors.maxScore', '2'],
      ['criterion-1-weight', 'judging.rubric.errors.weight', '2'],
      ['criterion-2-maxScore', 'judging.rubric.errors.maxAboveMin', '3'],
      ['criterion-2-weight', 'judging.rubric.errors.weight', '3'],
    ]);
  });

  it('refuses names used twice (ignoring case), too-long text, and an empty rubric', () => {
    const duplicate = rubricRequest([row({ name: 'Impact' }), row({ name: 'impact ' })]);
    expect(duplicate.errors).toEqual([
      expect.objectContaining({
        field: 'criterion-1-name',
        message: 'judging.rubric.errors.duplicate',
        params: { number: '2', other: '1' },
      }),
    ]);
    const long = rubricRequest([row({ nameCy: 'x'.repeat(121) })]);
    expect(long.errors).toEqual([
      expect.objectContaining({ field: 'criterion-0-nameCy', message: 'judging.rubric.errors.tooLong' }),
    ]);
    expect(rubricRequest([]).errors).toEqual([
      expect.objectContaining({ field: 'add-criterion', message: 'judging.rubric.errors.none' }),
    ]);
  });

  it('fills rows from saved criteria', () => {
    const saved: Criterion = {
      id: 'c1',
      position: 0,
      name: 'Impact',
      nameCy: null,
      description: 'd',
      descriptionCy: 'dd',
      minScore: 1,
      maxScore: 7,
      weight: 0.5,
    };
    expect(rowOf(saved)).toEqual({
      name: 'Impact',
      nameCy: '',
      description: 'd',
      descriptionCy: 'dd',
      minScore: '1',
      maxScore: '7',
      weight: '0.5',
    });
  });

  it('maps the API’s field names to the inputs and keeps its messages next to them', () => {
    expect(rubricFieldIdFor('criteria.2.maxScore')).toBe('criterion-2-maxScore');
    expect(rubricFieldIdFor('criteria')).toBe('add-criterion');
    expect(rubricFieldIdFor('somethingElse')).toBeNull();
    const error: ApiError = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'criteria.1.name must be unique',
      code: 'validation_failed',
      fields: { 'criteria.1.name': ['criteria.1.name must be unique: “Impact” is also criterion 1'] },
    };
    expect(rubricApiErrors(error)).toEqual([
      {
        field: 'criterion-1-name',
        message: 'criteria.1.name must be unique: “Impact” is also criterion 1',
        translate: false,
      },
    ]);
    const frozen: ApiError = { statusCode: 409, error: 'Conflict', message: 'frozen', code: 'rubric_frozen' };
    expect(rubricApiErrors(frozen)).toEqual([
      { field: null, message: 'judging.apiErrors.rubricFrozen', translate: true, params: undefined },
    ]);
  });
});
