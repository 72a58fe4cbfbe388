import type { IdeaSummary, ShortlistIdea } from '@challenge/contract';

/** An idea on the shortlist being built, with what the admin sees of it. */
export type ShortlistPick = {
  ideaId: string;
  title: string;
  category: string | null;
  voteCount: number;
  pairwiseScore: number | null;
};

export const pickOfShortlisted = (i: ShortlistIdea): ShortlistPick => ({
  ideaId: i.ideaId,
  title: i.title,
  category: i.category,
  voteCount: i.voteCount,
  pairwiseScore: i.pairwiseScore,
});

export const pickOfIdea = (i: IdeaSummary): ShortlistPick => ({
  ideaId: i.id,
  title: i.title,
  category: i.category,
  voteCount: i.voteCount,
  pairwiseScore: null,
});

/** The saved or proposed shortlist in its order. */
export const picksOf = (ideas: readonly ShortlistIdea[]): ShortlistPick[] =>
  [...ideas].sort((a, b) => a.position - b.position).map(pickOfShortlisted);

/** Adds an idea at the end (once), or takes it off. */
export function togglePick(picks: readonly ShortlistPick[], pick: ShortlistPick, on: boolean): ShortlistPick[] {
  const without = picks.filter((p) => p.ideaId !== pick.ideaId);
  return on ? [...without, pick] : without;
}

export const sameOrder = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** A whole number in [min, max] from what was typed, or null. */
export function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}
