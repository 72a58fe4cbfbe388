import type { Shape } from '../../core/i18n/en';

/** Challenges feature text in English; the Welsh below must have the same keys. */
export const challengesEn = {
  heading: 'Challenges',
};

export const challengesCy: Shape<typeof challengesEn> = {
  heading: 'Heriau',
};
