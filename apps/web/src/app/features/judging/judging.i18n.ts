import type { Shape } from '../../core/i18n/en';

/** Judging feature text in English; the Welsh below must have the same keys. */
export const judgingEn = {
  title: 'Judging',
};

export const judgingCy: Shape<typeof judgingEn> = {
  title: 'Beirniadu',
};
