import { csvCell, csvLine } from './open-data-csv';

describe('open data CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvLine(['x', null, 3, true])).toBe('x,,3,true');
  });

  it('defuses text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}SUM(A1:A2)`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    }
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell('Tidy =ok')).toBe('Tidy =ok');
  });
});
