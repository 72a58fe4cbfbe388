import { checkRows, oneOf, SqlRowTypeError } from './typed-query';

describe('checkRows', () => {
  const schema = {
    id: 'uuid',
    name_cy: 'text | null',
    votes: 'bigint-as-number',
    weight: 'numeric-as-number',
    created_at: 'timestamptz',
    tags: 'text[]',
  } as const;
  const row = {
    id: '0b6a3c3e-6a53-4c39-9c55-6f2f0d4d2f11',
    name_cy: null,
    votes: '42',
    weight: '1.50',
    created_at: new Date('2026-01-02T03:04:05Z'),
    tags: ['a', 'b'],
  };

  it('returns rows with counts and numerics converted to numbers and the rest unchanged', () => {
    const [out] = checkRows([row, { ...row, name_cy: 'Enw', votes: '0' }], schema);
    expect(out).toEqual({ ...row, votes: 42, weight: 1.5 });
    expect(checkRows([row, { ...row, name_cy: 'Enw', votes: '0' }], schema)[1]).toMatchObject({
      name_cy: 'Enw',
      votes: 0,
    });
  });

  it('accepts no rows', () => {
    expect(checkRows([], schema)).toEqual([]);
  });

  it('takes the rows of an UPDATE … RETURNING, which TypeORM returns as [rows, count]', () => {
    expect(checkRows([[{ id: 'x' }], 1], { id: 'text' })).toEqual([{ id: 'x' }]);
  });

  const withoutVotes = Object.fromEntries(Object.entries(row).filter(([name]) => name !== 'votes'));
  it.each([
    ['a missing column', withoutVotes, 'votes', 'is missing'],
    ['an unexpected column', { ...row, surprise: 1 }, 'surprise', 'is returned but not in the schema'],
    ['null in a non-null column', { ...row, weight: null }, 'weight', 'expected numeric-as-number, got null'],
    ['a count that is not an integer', { ...row, votes: '4.2' }, 'votes', 'expected bigint-as-number, got string'],
    [
      'a timestamp given as a string',
      { ...row, created_at: '2026-01-02' },
      'created_at',
      'expected timestamptz, got string',
    ],
    ['a number in a text array', { ...row, tags: ['a', 1] }, 'tags', 'expected text[], got array'],
  ])('throws naming the column for %s', (_label, bad, column, detail) => {
    const attempt = () => checkRows([bad], schema, 'SELECT   id\n FROM ideas');
    expect(attempt).toThrow(SqlRowTypeError);
    expect(attempt).toThrow(`column "${column}" ${detail}`);
    expect(attempt).toThrow('(query: SELECT id FROM ideas)');
  });

  it('checks every row, not only the first', () => {
    expect(() => checkRows([row, { ...row, id: 7 }], schema)).toThrow('column "id" expected uuid, got number');
  });

  it('rejects a count beyond the safe integer range rather than rounding it', () => {
    expect(() => checkRows([{ n: '9007199254740993' }], { n: 'bigint-as-number' })).toThrow('column "n"');
  });

  it('checks a column of a few allowed values and types it as their union', () => {
    const [out] = checkRows([{ locale: 'cy' }], { locale: oneOf('en', 'cy') });
    const locale: 'en' | 'cy' | undefined = out?.locale;
    expect(locale).toBe('cy');
    expect(() => checkRows([{ locale: 'fr' }], { locale: oneOf('en', 'cy') })).toThrow(
      'column "locale" expected one of en, cy, got string',
    );
    expect(() => checkRows([{ locale: null }], { locale: oneOf('en', 'cy') })).toThrow('got null');
  });

  it('infers the row type from the schema', () => {
    const [out] = checkRows([row], schema);
    // Compile-time checks: each assignment fails to type-check if the inferred type is wrong.
    const votes: number | undefined = out?.votes;
    const nameCy: string | null | undefined = out?.name_cy;
    const createdAt: Date | undefined = out?.created_at;
    expect([votes, nameCy, createdAt]).toEqual([42, null, row.created_at]);
  });
});
