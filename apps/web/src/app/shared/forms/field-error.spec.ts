import { describedBy, errorFor } from './field-error';
import type { FormError } from './form-errors';

describe('field descriptions', () => {
  it('point at the hint and the error only when they are shown', () => {
    expect(describedBy('email', true, true)).toBe('email-hint email-error');
    expect(describedBy('email', true, false)).toBe('email-hint');
    expect(describedBy('email', false, true)).toBe('email-error');
    expect(describedBy('email', false, false)).toBeNull();
  });

  it('find the error of one field among several', () => {
    const errors: FormError[] = [
      { field: 'title', message: 'Enter a title', translate: false },
      { field: 'email', message: 'Enter an email address', translate: false },
    ];
    expect(errorFor(errors, 'email')?.message).toBe('Enter an email address');
    expect(errorFor(errors, 'summary')).toBeUndefined();
  });
});
