import type { Shape } from '../../core/i18n/en';

/** Voting feature text in English; the Welsh below must have the same keys. */
export const votingEn = {
  title: 'Voting',
};

export const votingCy: Shape<typeof votingEn> = {
  title: 'Pleidleisio',
};
