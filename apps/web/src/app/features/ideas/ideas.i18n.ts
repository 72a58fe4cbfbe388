import type { Shape } from '../../core/i18n/en';

/** Ideas feature text in English; the Welsh below must have the same keys. */
export const ideasEn = {
  heading: 'Ideas',
};

export const ideasCy: Shape<typeof ideasEn> = {
  heading: 'Syniadau',
};
