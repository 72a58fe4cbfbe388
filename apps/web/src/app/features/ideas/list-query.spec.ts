import { readListParams, toApiQuery, toQueryParams } from './list-query';

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
    const params = readListParams({ q: '  bins ', category: '' }, false);
    expect(toApiQuery(params)).toEqual({ q: 'bins', sort: 'recent', page: 1, pageSize: 20 });
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
