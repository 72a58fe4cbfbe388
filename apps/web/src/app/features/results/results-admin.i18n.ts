import type { Shape } from '../../core/i18n/shape';

/** Results admin text (preview, confirm, publish and prize overrides) in English; the Welsh below must have the same keys. */
export const resultsAdminEn = {
  preview: {
    title: 'Results preview',
    heading: 'Results preview',
    status: 'Status:',
    statuses: {
      draft: 'Draft',
      confirmed: 'Confirmed',
      published: 'Published',
    },
    draftText:
      'These results are calculated from the scores submitted so far and change as judges submit. Check the ranking, its flags and the prizes, then confirm them.',
    confirmedText:
      'You confirmed these results on {{date}}. They will not change unless you override a prize. Publish them to show them to everyone.',
    publishedText: 'These results were published on {{date}} and are final.',
    viewPublic: 'See the public results page',
    ask: {
      confirm: 'Confirm these results?',
      publish: 'Publish these results?',
    },
    warning: 'Warning',
    warn: {
      confirm:
        'Confirming freezes the ranking and the prizes as shown. Scores changed later will not move them. You can still override a prize, which undoes the confirmation.',
      publish:
        'Publishing shows the results, the scores and the method to everyone, emails the winners and cannot be undone.',
    },
    yes: {
      confirm: 'Yes, confirm the results',
      publish: 'Yes, publish the results',
    },
    confirm: 'Confirm the results',
    confirmAgain: 'Confirm the results again',
    staleText:
      'These results are out of date: scores, votes or conflicts of interest have changed since you confirmed them. Confirm them again before publishing.',
    publish: 'Publish the results',
    confirmed: 'The results are confirmed. You can now publish them.',
    published: 'The results are published.',
    rankingIntro:
      'Raw scores are the judges’ weighted totals out of 100; normalised scores show each idea against each judge’s own average, so that a harsh or generous judge does not decide the result.',
    prizesHeading: 'Prizes',
    overrideClears: 'Overriding a prize undoes the confirmation: you will need to confirm the results again.',
    noPrizes: 'The challenge has no prizes.',
    place: '(place {{place}} of {{count}})',
    overridden: 'Overridden',
    tier: 'Type of prize',
    tiers: {
      overall: 'Overall: by final score',
      category: 'Category prize ({{category}}): by final score within the category',
      peoples_choice: 'People’s Choice: by public vote alone',
    },
    reason: 'Reason for the change',
    override: 'Override',
    overrideHidden: 'the winner of {{prize}}',
    overrideIdea: 'Give this prize to',
    ideaOption: '{{rank}}. {{title}}',
    overrideReason: 'Reason for the change',
    overrideReasonHint: 'This is published with the results, in “How the winners were chosen”.',
    saveOverride: 'Save the change',
    overrideSaved: '“{{prize}}” now goes to “{{title}}”.',
    judgeScores: 'Scores by judge for “{{title}}”',
    judge: 'Judge',
    judgeNumber: 'Judge {{number}}',
    noScores: 'No judge has submitted complete scores for this idea.',
  },
};

export const resultsAdminCy: Shape<typeof resultsAdminEn> = {
  preview: {
    title: 'Rhagolwg o’r canlyniadau',
    heading: 'Rhagolwg o’r canlyniadau',
    status: 'Statws:',
    statuses: {
      draft: 'Drafft',
      confirmed: 'Wedi’u cadarnhau',
      published: 'Wedi’u cyhoeddi',
    },
    draftText:
      'Caiff y canlyniadau hyn eu cyfrifo o’r sgoriau a gyflwynwyd hyd yma ac maen nhw’n newid wrth i feirniaid gyflwyno. Gwiriwch y drefn, ei baneri a’r gwobrau, yna cadarnhewch nhw.',
    confirmedText:
      'Gwnaethoch gadarnhau’r canlyniadau hyn ar {{date}}. Ni fyddant yn newid oni bai eich bod yn newid enillydd gwobr. Cyhoeddwch nhw i’w dangos i bawb.',
    publishedText: 'Cyhoeddwyd y canlyniadau hyn ar {{date}} ac maen nhw’n derfynol.',
    viewPublic: 'Gweld tudalen gyhoeddus y canlyniadau',
    ask: {
      confirm: 'Cadarnhau’r canlyniadau hyn?',
      publish: 'Cyhoeddi’r canlyniadau hyn?',
    },
    warning: 'Rhybudd',
    warn: {
      confirm:
        'Mae cadarnhau yn rhewi’r drefn a’r gwobrau fel y’u dangosir. Ni fydd sgoriau a newidir wedyn yn eu symud. Gallwch barhau i newid enillydd gwobr, a fydd yn dadwneud y cadarnhad.',
      publish:
        'Mae cyhoeddi yn dangos y canlyniadau, y sgoriau a’r dull i bawb, yn anfon e-bost at yr enillwyr ac ni ellir ei ddadwneud.',
    },
    yes: {
      confirm: 'Ydw, cadarnhau’r canlyniadau',
      publish: 'Ydw, cyhoeddi’r canlyniadau',
    },
    confirm: 'Cadarnhau’r canlyniadau',
    confirmAgain: 'Cadarnhau’r canlyniadau eto',
    staleText:
      'Mae’r canlyniadau hyn wedi dyddio: mae sgoriau, pleidleisiau neu achosion o wrthdaro buddiannau wedi newid ers i chi eu cadarnhau. Cadarnhewch nhw eto cyn cyhoeddi.',
    publish: 'Cyhoeddi’r canlyniadau',
    confirmed: 'Mae’r canlyniadau wedi’u cadarnhau. Gallwch eu cyhoeddi nawr.',
    published: 'Mae’r canlyniadau wedi’u cyhoeddi.',
    rankingIntro:
      'Sgoriau crai yw cyfansymiau pwysol y beirniaid allan o 100; mae sgoriau normaleiddiedig yn dangos pob syniad o’i gymharu â chyfartaledd pob beirniad ei hun, fel nad yw beirniad llym neu hael yn penderfynu’r canlyniad.',
    prizesHeading: 'Gwobrau',
    overrideClears: 'Mae newid enillydd gwobr yn dadwneud y cadarnhad: bydd angen i chi gadarnhau’r canlyniadau eto.',
    noPrizes: 'Nid oes gan yr her wobrau.',
    place: '(safle {{place}} o {{count}})',
    overridden: 'Wedi’i newid',
    tier: 'Math o wobr',
    tiers: {
      overall: 'Cyffredinol: yn ôl y sgôr derfynol',
      category: 'Gwobr categori ({{category}}): yn ôl y sgôr derfynol o fewn y categori',
      peoples_choice: 'Dewis y Bobl: yn ôl y bleidlais gyhoeddus yn unig',
    },
    reason: 'Rheswm dros y newid',
    override: 'Newid yr enillydd',
    overrideHidden: 'ar gyfer {{prize}}',
    overrideIdea: 'Rhoi’r wobr hon i',
    ideaOption: '{{rank}}. {{title}}',
    overrideReason: 'Rheswm dros y newid',
    overrideReasonHint: 'Caiff hwn ei gyhoeddi gyda’r canlyniadau, yn “Sut y dewiswyd yr enillwyr”.',
    saveOverride: 'Cadw’r newid',
    overrideSaved: 'Mae “{{prize}}” bellach yn mynd i “{{title}}”.',
    judgeScores: 'Sgoriau pob beirniad ar gyfer “{{title}}”',
    judge: 'Beirniad',
    judgeNumber: 'Beirniad {{number}}',
    noScores: 'Nid oes unrhyw feirniad wedi cyflwyno sgoriau cyflawn ar gyfer y syniad hwn.',
  },
};
