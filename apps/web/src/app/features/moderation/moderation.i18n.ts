import type { Shape } from '../../core/i18n/en';

/** Moderation feature text in English; the Welsh below must have the same keys. */
export const moderationEn = {
  heading: 'Moderation',
};

export const moderationCy: Shape<typeof moderationEn> = {
  heading: 'Cymedroli',
};
