import { formatPence } from '../../shared/format/money';
import { SLOT, aroundSlot, formatDecimal, formatZ, parsePounds } from './results-format';
import { LIMITS } from '@challenge/contract';

describe('money', () => {
  it('writes pence as pounds, with pence only when there are any', () => {
    expect(formatPence(900_000, 'en')).toBe('£9,000');
    expect(formatPence(250_050, 'en')).toBe('£2,500.50');
    expect(formatPence(250_050, 'cy')).toBe('£2,500.50');
  });

  it.each([
    ['2500', 250_000],
    ['£2,500', 250_000],
    ['£ 2,500.5', 250_050],
    ['2500.05', 250_005],
    [' 0 ', 0],
    ['1,000,000', 100_000_000],
  ])('reads %p as %p pence', (text, pence) => {
    expect(parsePounds(text)).toEqual({ kind: 'pence', pence });
  });

  it('treats an empty box as "not given"', () => {
    expect(parsePounds('  ')).toEqual({ kind: 'empty' });
  });

  it.each(['abc', '2.505', '25,00', '1,0000', '£', '2 500', '1e3', '.5'])('refuses %p', (text) => {
    expect(parsePounds(text)).toEqual({ kind: 'invalid' });
  });

  it('refuses negative amounts with their own message', () => {
    expect(parsePounds('-5')).toEqual({ kind: 'negative' });
    expect(parsePounds('£−5')).toEqual({ kind: 'negative' });
  });

  it('refuses more than the API accepts', () => {
    expect(parsePounds(String(LIMITS.updateSpendPence / 100))).toEqual({
      kind: 'pence',
      pence: LIMITS.updateSpendPence,
    });
    expect(parsePounds('1000000000.01')).toEqual({ kind: 'tooLarge' });
  });
});

describe('scores', () => {
  it('rounds to a fixed number of decimals with thousands separators', () => {
    expect(formatDecimal(0.82349, 3, 'en')).toBe('0.823');
    expect(formatDecimal(1234.5, 1, 'cy')).toBe('1,234.5');
  });

  it('signs z-scores with a real minus sign, and none for zero', () => {
    expect(formatZ(0.854, 'en')).toBe('+0.85');
    expect(formatZ(-1.2, 'en')).toBe('\u22121.20');
    expect(formatZ(0, 'en')).toBe('0.00');
    expect(formatZ(-0.001, 'en')).toBe('0.00');
  });
});

describe('aroundSlot', () => {
  it('splits a translated sentence around the slot, so markup can go between', () => {
    expect(aroundSlot(`You can reuse this data under the ${SLOT}.`)).toEqual([
      'You can reuse this data under the ',
      '.',
    ]);
    expect(aroundSlot(`${SLOT}: Bus app`)).toEqual(['', ': Bus app']);
  });

  it('keeps the whole text when there is no slot', () => {
    expect(aroundSlot('No slot here')).toEqual(['No slot here', '']);
  });
});
