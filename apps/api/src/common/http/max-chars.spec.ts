import { validateSync } from 'class-validator';
import { MaxChars } from './max-chars';

class Body {
  @MaxChars(5)
  text!: unknown;
}

const errorsFor = (text: unknown): string[] =>
  validateSync(Object.assign(new Body(), { text })).flatMap((e) => Object.values(e.constraints ?? {}));

describe('MaxChars counts characters as PostgreSQL does', () => {
  it('accepts up to the limit and refuses one more', () => {
    expect(errorsFor('abcde')).toEqual([]);
    expect(errorsFor('abcdef')).toEqual(['text must be at most 5 characters']);
  });

  it('counts variation selectors and astral characters as one code point each', () => {
    // 'a\uFE0F' is two code points: PostgreSQL's length() gives 6 for three of them.
    expect(errorsFor('a\uFE0F'.repeat(3))).toEqual(['text must be at most 5 characters']);
    expect(errorsFor('😀'.repeat(5))).toEqual([]);
    expect(errorsFor('😀'.repeat(6))).toEqual(['text must be at most 5 characters']);
  });

  it('leaves other types to the type validators', () => {
    expect(errorsFor(42)).toEqual([]);
  });
});
