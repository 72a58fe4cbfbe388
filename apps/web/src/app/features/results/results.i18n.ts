import type { Shape } from '../../core/i18n/en';

/** Results feature text in English; the Welsh below must have the same keys. */
export const resultsEn = {
  title: 'Results',
  links: {
    results: 'See the results',
    preview: 'Preview the results',
  },
};

export const resultsCy: Shape<typeof resultsEn> = {
  title: 'Canlyniadau',
  links: {
    results: 'Gweld y canlyniadau',
    preview: 'Rhagweld y canlyniadau',
  },
};
