import { slugify } from './organisation.mapper';

describe('slugify', () => {
  it('derives a URL-safe slug from a council name', () => {
    expect(slugify('Kent County Council')).toBe('kent-county-council');
    expect(slugify('  Brighton & Hove City Council ')).toBe('brighton-and-hove-city-council');
    expect(slugify('Cyngor Sir Ynys Môn')).toBe('cyngor-sir-ynys-mon');
    expect(slugify("King's Lynn -- West Norfolk")).toBe('king-s-lynn-west-norfolk');
  });

  it('never ends on a hyphen when it has to shorten a long name', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    expect(slug).toBe('a'.repeat(79));
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
