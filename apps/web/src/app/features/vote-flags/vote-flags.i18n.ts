import type { Shape } from '../../core/i18n/shape';

/** Vote-flag review text in English (under `voting.flags` in the bundle); the Welsh below must have the same keys. */
export const voteFlagsEn = {
  title: 'Suspicious voting',
  heading: 'Suspicious voting',
  back: 'Back to the challenge',
  intro:
    'Groups of votes that look coordinated are flagged here, such as many votes from one network in a few minutes. Invalidated votes stop counting and can be restored. Every decision is recorded in the audit log.',
  invalidatedTotal: 'Votes invalidated in this challenge: {{count}}',
  none: 'No suspicious voting has been flagged in this challenge.',
  kinds: {
    network_burst: 'Many votes from one network',
    new_account_burst: 'Many votes from new accounts',
    identical_sets: 'Identical sets of votes',
    pairwise_network_burst: 'Many pairwise comparisons from one network',
  },
  status: { open: 'To review', invalidated: 'Invalidated', partly_invalidated: 'Partly invalidated' },
  votes: 'Votes',
  invalidated: 'Invalidated',
  period: 'When',
  periodValue: '{{from}} to {{to}}',
  ideas: 'Ideas affected',
  ideaVotes: '{{title}} (votes: {{votes}})',
  invalidate: 'Invalidate these votes',
  restore: 'Restore these votes',
  summaries: {
    network_burst: '{{votes}} votes came from one network between {{from}} and {{to}}. Ideas voted for: {{ideas}}.',
    new_account_burst:
      '{{votes}} votes came from accounts created just before voting, between {{from}} and {{to}}. Ideas voted for: {{ideas}}.',
    identical_sets:
      '{{votes}} votes came from people who all chose exactly the same ideas, between {{from}} and {{to}}. Ideas in the set: {{ideas}}.',
    pairwise_network_burst:
      '{{votes}} pairwise comparisons came from one network between {{from}} and {{to}}. Ideas that won them: {{ideas}}.',
  },
  invalidateNamed: 'Invalidate these votes: {{kind}}, {{when}}',
  restoreNamed: 'Restore these votes: {{kind}}, {{when}}',
  confirmInvalidate: 'Invalidate votes',
  confirmRestore: 'Restore votes',
  reasonLabel: 'Why are you making this decision?',
  reasonHint: 'Your reason is recorded in the audit log with your name.',
  reasonRequired: 'Enter the reason for your decision',
  reasonTooLong: 'The reason must be {{max}} characters or fewer',
  doneInvalidate: 'Votes invalidated: {{count}}. {{kind}}, {{when}}.',
  doneRestore: 'Votes restored: {{count}}. {{kind}}, {{when}}.',
  notAllowed: 'Only admins of the councils hosting this challenge can review its voting.',
};

export const voteFlagsCy: Shape<typeof voteFlagsEn> = {
  title: 'Pleidleisio amheus',
  heading: 'Pleidleisio amheus',
  back: 'Yn ôl i’r her',
  intro:
    'Mae grwpiau o bleidleisiau sy’n edrych fel pe baent wedi’u cydlynu yn cael eu nodi yma, megis llawer o bleidleisiau o un rhwydwaith mewn ychydig funudau. Nid yw pleidleisiau annilys yn cyfrif mwyach a gellir eu hadfer. Cofnodir pob penderfyniad yn y log archwilio.',
  invalidatedTotal: 'Pleidleisiau a annilyswyd yn yr her hon: {{count}}',
  none: 'Nid oes unrhyw bleidleisio amheus wedi’i nodi yn yr her hon.',
  kinds: {
    network_burst: 'Llawer o bleidleisiau o un rhwydwaith',
    new_account_burst: 'Llawer o bleidleisiau o gyfrifon newydd',
    identical_sets: 'Setiau union yr un fath o bleidleisiau',
    pairwise_network_burst: 'Llawer o gymariaethau fesul pâr o un rhwydwaith',
  },
  status: { open: 'I’w adolygu', invalidated: 'Wedi’u hannilysu', partly_invalidated: 'Wedi’u hannilysu’n rhannol' },
  votes: 'Pleidleisiau',
  invalidated: 'Wedi’u hannilysu',
  period: 'Pryd',
  periodValue: '{{from}} i {{to}}',
  ideas: 'Syniadau yr effeithir arnynt',
  ideaVotes: '{{title}} (pleidleisiau: {{votes}})',
  invalidate: 'Annilysu’r pleidleisiau hyn',
  restore: 'Adfer y pleidleisiau hyn',
  summaries: {
    network_burst:
      'Daeth {{votes}} pleidlais o un rhwydwaith rhwng {{from}} a {{to}}. Syniadau y pleidleisiwyd drostynt: {{ideas}}.',
    new_account_burst:
      'Daeth {{votes}} pleidlais o gyfrifon a grëwyd ychydig cyn pleidleisio, rhwng {{from}} a {{to}}. Syniadau y pleidleisiwyd drostynt: {{ideas}}.',
    identical_sets:
      'Daeth {{votes}} pleidlais gan bobl a ddewisodd yr union un syniadau, rhwng {{from}} a {{to}}. Syniadau yn y set: {{ideas}}.',
    pairwise_network_burst:
      'Daeth {{votes}} cymhariaeth fesul pâr o un rhwydwaith rhwng {{from}} a {{to}}. Syniadau a enillodd: {{ideas}}.',
  },
  invalidateNamed: 'Annilysu’r pleidleisiau hyn: {{kind}}, {{when}}',
  restoreNamed: 'Adfer y pleidleisiau hyn: {{kind}}, {{when}}',
  confirmInvalidate: 'Annilysu pleidleisiau',
  confirmRestore: 'Adfer pleidleisiau',
  reasonLabel: 'Pam ydych chi’n gwneud y penderfyniad hwn?',
  reasonHint: 'Cofnodir eich rheswm yn y log archwilio gyda’ch enw.',
  reasonRequired: 'Rhowch y rheswm dros eich penderfyniad',
  reasonTooLong: 'Rhaid i’r rheswm fod yn {{max}} nod neu lai',
  doneInvalidate: 'Pleidleisiau a annilyswyd: {{count}}. {{kind}}, {{when}}.',
  doneRestore: 'Pleidleisiau a adferwyd: {{count}}. {{kind}}, {{when}}.',
  notAllowed: 'Dim ond gweinyddwyr y cynghorau sy’n cynnal yr her hon all adolygu ei phleidleisio.',
};
