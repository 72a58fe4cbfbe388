import type { IdeaSort, ListIdeasQuery } from '@challenge/contract';

export const IDEA_SORTS: readonly IdeaSort[] = ['random', 'top', 'recent'];
export const PAGE_SIZE = 20;

/** The list's state as it appears in the address bar (`?q=&category=&sort=&page=`). */
export type ListParams = { q: string; category: string; sort: IdeaSort; page: number };

const isSort = (value: unknown): value is IdeaSort => IDEA_SORTS.includes(value as IdeaSort);

/** Shuffled while voting is open (so early ideas get no head start), newest otherwise. */
export const defaultSort = (votingOpen: boolean): IdeaSort => (votingOpen ? 'random' : 'recent');

/** Reads query parameters, tolerating anything a person may type into the address bar. */
export function readListParams(
  raw: { q?: string | null; category?: string | null; sort?: string | null; page?: string | number | null },
  votingOpen: boolean,
): ListParams {
  const page = Number(raw.page);
  return {
    q: (raw.q ?? '').trim(),
    category: (raw.category ?? '').trim(),
    sort: isSort(raw.sort) ? raw.sort : defaultSort(votingOpen),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The API query for a list state. */
export function toApiQuery(params: ListParams): ListIdeasQuery {
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.category ? { category: params.category } : {}),
    sort: params.sort,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
}

/** Query parameters for the address bar: defaults left out, so links stay short; `null` removes a parameter. */
export function toQueryParams(params: ListParams, votingOpen: boolean): Record<string, string | null> {
  return {
    q: params.q || null,
    category: params.category || null,
    sort: params.sort === defaultSort(votingOpen) ? null : params.sort,
    page: params.page > 1 ? String(params.page) : null,
  };
}
