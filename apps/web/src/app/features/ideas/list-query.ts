import type { IdeaSort, ListIdeasQuery } from '@challenge/contract';

export const IDEA_SORTS: readonly IdeaSort[] = ['random', 'top', 'recent'];
export const PAGE_SIZE = 20;

/** The list's orders: the API's, plus `relevance`, which only applies to a search and is sent as no `sort`. */
export type ListSort = IdeaSort | 'relevance';

/** The sort options to offer: "Most relevant" first while a search is active. */
export const sortOptions = (q: string): readonly ListSort[] => (q ? ['relevance', ...IDEA_SORTS] : IDEA_SORTS);

/** The list's state as it appears in the address bar (`?q=&category=&sort=&page=`). */
export type ListParams = { q: string; category: string; sort: ListSort; page: number };

const isSort = (value: unknown, q: string): value is ListSort => sortOptions(q).includes(value as ListSort);

/**
 * The order when none is chosen: by relevance while searching; otherwise shuffled while voting
 * is open (so early ideas get no head start), newest when it is not.
 */
export const defaultSort = (votingOpen: boolean, q = ''): ListSort =>
  q ? 'relevance' : votingOpen ? 'random' : 'recent';

/** Reads query parameters, tolerating anything a person may type into the address bar. */
export function readListParams(
  raw: { q?: string | null; category?: string | null; sort?: string | null; page?: string | number | null },
  votingOpen: boolean,
): ListParams {
  const page = Number(raw.page);
  const q = (raw.q ?? '').trim();
  return {
    q,
    category: (raw.category ?? '').trim(),
    sort: isSort(raw.sort, q) ? raw.sort : defaultSort(votingOpen, q),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/**
 * The sort to apply when the form is sent with search `q`: what the person chose in the select,
 * or, when they have not chosen one, the default for the new search (relevance while searching).
 */
export function sortForSearch(selected: ListSort, chosen: boolean, q: string, votingOpen: boolean): ListSort {
  return chosen && isSort(selected, q) ? selected : defaultSort(votingOpen, q);
}

/** The API query for a list state: no `sort` for relevance, so the API orders a search by rank. */
export function toApiQuery(params: ListParams): ListIdeasQuery {
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.category ? { category: params.category } : {}),
    ...(params.sort === 'relevance' ? {} : { sort: params.sort }),
    page: params.page,
    pageSize: PAGE_SIZE,
  };
}

/** Query parameters for the address bar: defaults left out, so links stay short; `null` removes a parameter. */
export function toQueryParams(params: ListParams, votingOpen: boolean): Record<string, string | null> {
  return {
    q: params.q || null,
    category: params.category || null,
    sort: params.sort === defaultSort(votingOpen, params.q) ? null : params.sort,
    page: params.page > 1 ? String(params.page) : null,
  };
}
