import { cy } from './cy';
import { en } from './en';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((acc, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...acc, [path]: value } : { ...acc, ...flatten(value, path) };
  }, {});

describe('translations', () => {
  const english = flatten(en);
  const welsh = flatten(cy);

  it('have exactly the same keys in English and Welsh', () => {
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(english).sort());
  });

  it('have no empty values', () => {
    const empty = [...Object.entries(english), ...Object.entries(welsh)].filter(([, v]) => !v.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('use the same interpolation parameters in both languages', () => {
    const params = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    const mismatched = Object.keys(english).filter(
      (key) => params(english[key]).join() !== params(welsh[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('translate most text rather than copying the English', () => {
    const same = Object.keys(english).filter((key) => english[key] === welsh[key]);
    // Only names and loan words may be identical (e.g. "English", "Cymraeg", "Beta").
    expect(same.length).toBeLessThan(10);
  });
});
