import { readListParams, sortForSearch, sortOptions, toApiQuery, toQueryParams } from './list-query';

describe('idea list query parameters', () => {
  it('defaults to a shuffled first page while voting is open, newest first otherwise', () => {
    expect(readListParams({}, true)).toEqual({ q: '', category: '', sort: 'random', page: 1 });
    expect(readListParams({}, false).sort).toBe('recent');
  });

  it('ignores an unknown sort and a page that is not a positive whole number', () => {
    expect(readListParams({ sort: 'cheapest', page: '-2' }, true)).toMatchObject({ sort: 'random', page: 1 });
    expect(readListParams({ page: '2.5' }, true).page).toBe(1);
    expect(readListParams({ page: '3', sort: 'top' }, true)).toMatchObject({ sort: 'top', page: 3 });
  });

  it('trims the search and sends only what is set to the API', () => {
    const params = readListParams({ q: '  bins ', category: '', sort: 'recent' }, false);
    expect(toApiQuery(params)).toEqual({ q: 'bins', sort: 'recent', page: 1, pageSize: 20 });
    expect(toApiQuery(readListParams({}, false))).toEqual({ sort: 'recent', page: 1, pageSize: 20 });
  });

  it('leaves defaults out of the address bar', () => {
    expect(toQueryParams({ q: '', category: '', sort: 'random', page: 1 }, true)).toEqual({
      q: null,
      category: null,
      sort: null,
      page: null,
    });
    expect(toQueryParams({ q: 'bins', category: 'Litter', sort: 'top', page: 2 }, true)).toEqual({
      q: 'bins',
      category: 'Litter',
      sort: 'top',
      page: '2',
    });
  });
});

describe('ordering a search by relevance', () => {
  it('defaults to relevance while searching and sends no sort, so the API ranks the matches', () => {
    const params = readListParams({ q: 'bins' }, true);
    expect(params.sort).toBe('relevance');
    expect(toApiQuery(params)).toEqual({ q: 'bins', page: 1, pageSize: 20 });
    expect(toQueryParams(params, true)['sort']).toBeNull();
  });

  it('keeps a sort chosen explicitly while searching, and sends it', () => {
    const params = readListParams({ q: 'bins', sort: 'random' }, true);
    expect(params.sort).toBe('random');
    expect(toApiQuery(params).sort).toBe('random');
    expect(toQueryParams(params, true)['sort']).toBe('random');
  });

  it('offers "Most relevant" only while a search is active', () => {
    expect(sortOptions('bins')).toEqual(['relevance', 'random', 'top', 'recent']);
    expect(sortOptions('')).toEqual(['random', 'top', 'recent']);
    expect(readListParams({ sort: 'relevance' }, false).sort).toBe('recent');
  });

  it('uses relevance for a new search unless the person chose a sort', () => {
    expect(sortForSearch('random', false, 'bins', true)).toBe('relevance');
    expect(sortForSearch('top', true, 'bins', true)).toBe('top');
    expect(sortForSearch('relevance', false, '', true)).toBe('random');
    expect(sortForSearch('relevance', true, '', false)).toBe('recent');
  });
});
