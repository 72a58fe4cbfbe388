import type { Shape } from '../../core/i18n/shape';

/** Moderation feature text in English; the Welsh below must have the same keys. */
export const moderationEn = {
  title: 'Moderation',
  heading: 'Moderation',
  noCouncils: 'You are not a moderator or admin of any council.',
  council: 'Council',
  show: 'Show queue',
  queues: 'Moderation queues',
  status: { pending: 'Pending', reported: 'Reported', hidden: 'Hidden' },
  empty: {
    pending: 'Nothing is waiting for moderation.',
    reported: 'Nothing has been reported.',
    hidden: 'Nothing is hidden.',
  },
  types: { idea: 'Idea', comment: 'Comment' },
  reportStatus: { open: 'open', resolved: 'resolved', dismissed: 'dismissed' },
  item: {
    byOn: 'By {{name}},',
    pending: 'Pending',
    hidden: 'Hidden',
    hiddenReason: 'Reason for hiding: {{reason}}',
    reports: 'Reports',
    reasonLabel: 'Why are you hiding this?',
    reasonHint: 'The author will see this reason.',
  },
  actions: {
    approve: 'Approve',
    hide: 'Hide',
    confirmHide: 'Hide it',
    restore: 'Restore',
    dismiss: 'Dismiss reports',
  },
  done: {
    approve: 'Approved: {{text}}',
    hide: 'Hidden: {{text}}',
    restore: 'Restored: {{text}}',
    dismiss: 'Reports dismissed: {{text}}',
  },
  errors: { reasonRequired: 'Enter the reason for hiding it' },
  apiErrors: {
    invalidAction:
      'That decision no longer applies to this item. Someone may have dealt with it already: reload the queue.',
    noOpenReports: 'There are no open reports to dismiss.',
    ownContent: 'You cannot moderate your own ideas or comments. Ask another moderator.',
  },
};

export const moderationCy: Shape<typeof moderationEn> = {
  title: 'Cymedroli',
  heading: 'Cymedroli',
  noCouncils: 'Nid ydych yn gymedrolwr nac yn weinyddwr unrhyw gyngor.',
  council: 'Cyngor',
  show: 'Dangos y ciw',
  queues: 'Ciwiau cymedroli',
  status: { pending: 'Yn aros', reported: 'Wedi’u hadrodd', hidden: 'Cudd' },
  empty: {
    pending: 'Nid oes dim yn aros i gael ei gymedroli.',
    reported: 'Nid oes neb wedi rhoi gwybod am ddim.',
    hidden: 'Nid oes dim wedi’i guddio.',
  },
  types: { idea: 'Syniad', comment: 'Sylw' },
  reportStatus: { open: 'agored', resolved: 'wedi’i ddatrys', dismissed: 'wedi’i wrthod' },
  item: {
    byOn: 'Gan {{name}},',
    pending: 'Yn aros',
    hidden: 'Cudd',
    hiddenReason: 'Y rheswm dros ei guddio: {{reason}}',
    reports: 'Adroddiadau',
    reasonLabel: 'Pam ydych chi’n cuddio hwn?',
    reasonHint: 'Bydd yr awdur yn gweld y rheswm hwn.',
  },
  actions: {
    approve: 'Cymeradwyo',
    hide: 'Cuddio',
    confirmHide: 'Ei guddio',
    restore: 'Adfer',
    dismiss: 'Gwrthod yr adroddiadau',
  },
  done: {
    approve: 'Wedi’i gymeradwyo: {{text}}',
    hide: 'Wedi’i guddio: {{text}}',
    restore: 'Wedi’i adfer: {{text}}',
    dismiss: 'Adroddiadau wedi’u gwrthod: {{text}}',
  },
  errors: { reasonRequired: 'Rhowch y rheswm dros ei guddio' },
  apiErrors: {
    invalidAction:
      'Nid yw’r penderfyniad hwnnw’n berthnasol i’r eitem hon mwyach. Efallai fod rhywun wedi delio â hi yn barod: ail-lwythwch y ciw.',
    noOpenReports: 'Nid oes adroddiadau agored i’w diystyru.',
    ownContent: 'Ni allwch gymedroli eich syniadau na’ch sylwadau eich hun. Gofynnwch i gymedrolwr arall.',
  },
};
