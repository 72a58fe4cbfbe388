import type { Shape } from '../../core/i18n/shape';
import { judgeCy, judgeEn } from './scoring/judge.i18n';
import { judgingAdminCy, judgingAdminEn } from './panel/judging-admin.i18n';
import { judgingPanelCy, judgingPanelEn } from './panel/judging-panel.i18n';

/** Judging feature text in English; the Welsh below must have the same keys. */
export const judgingEn = {
  title: 'Judging',
  warning: 'Warning',
  links: {
    manage: 'Shortlist and judging',
    queue: 'Your judging queue',
  },
  nav: {
    label: 'Judging',
    overview: 'Overview',
    rubric: 'Judging criteria',
    panel: 'Judges',
    shortlist: 'Shortlist',
    conflicts: 'Conflicts of interest',
    assignments: 'Assign judges',
    progress: 'Progress',
  },
  admin: {
    back: 'Back to the challenge',
    notAllowed: 'Only admins of the councils hosting this challenge can run its shortlisting and judging.',
  },
  status: {
    not_started: 'Not started',
    in_progress: 'In progress',
    submitted: 'Submitted',
  },
  ...judgingAdminEn,
  ...judgingPanelEn,
  ...judgeEn,
  apiErrors: {
    failed: 'Sorry, that did not work. Try again.',
    notFound: 'This page could not be found, or you do not have access to it.',
    signedOut: 'Your session has ended. Sign in again.',
    pairwiseNotEnabled: 'This challenge has no pairwise voting: rank ideas by support votes.',
    supportVotingDisabled: 'This challenge took no support votes: rank ideas by pairwise score.',
    noCategories: 'This challenge has no categories, so ideas cannot be proposed per category.',
    ideaNotInChallenge: 'One of the ideas is not part of this challenge. Reload the page and try again.',
    ideaNotListed:
      'One of the ideas has been withdrawn, hidden or is awaiting moderation, so it cannot be shortlisted. Remove it and try again.',
    shortlistLocked: 'Judges have already been assigned the shortlisted ideas, so the shortlist can no longer change.',
    shortlistTooEarly: 'The shortlist can be confirmed only once submissions and the public vote have closed.',
    shortlistEmpty: 'Add at least one idea to the shortlist first.',
    rubricMissing: 'Set the judging criteria first: confirming the shortlist opens judging, which freezes them.',
    shortlistNotConfirmed: 'Confirm the shortlist before assigning judges.',
    rubricFrozen: 'Judging has opened, so the judging criteria can no longer change.',
    alreadyJudge: 'This person is already a judge of this challenge.',
    judgingOver: 'The results of this challenge are published, so the judging can no longer change.',
    invitationAccepted: 'This invitation has been accepted. Remove the judge from the panel instead.',
    judgeHasSubmittedScores:
      'This judge has submitted scores, which count towards the result, so they cannot be removed.',
    emailUnverified:
      'Confirm your email address before accepting: use the link in the email we sent when you registered.',
    invitationWrongAccount:
      'This invitation was sent to another email address. You are signed in as {{email}}: sign in with the account for the invited address to accept it.',
    invitationNotFound: 'This invitation link is not valid. Check you copied the whole link from the email.',
    invitationRevoked: 'This invitation was withdrawn. Ask the council to invite you again.',
    invitationUsed: 'This invitation has already been used.',
    invitationExpired: 'This invitation has expired. Ask the council to invite you again.',
    judgeRequired: 'Choose the judge the conflict is for',
    judgeNotOnPanel: 'That person is not a judge of this challenge',
    notOnPanel: 'You are not a judge of this challenge.',
    notEnoughJudges:
      'Some ideas do not have enough judges without a conflict of interest. Invite more judges or lower the number of judges per idea.',
    tooManyLocked:
      'Too many judges have already submitted scores to share the ideas out with this number of judges per idea. Choose a different number.',
    conflictsChanged: 'A conflict of interest was declared while assigning, so nothing changed. Try again.',
    judgingClosed: 'Judging is not open, so scores cannot change now.',
    assignmentNotSubmitted: 'These scores are not submitted, so the judge can already change them.',
    assignmentSubmitted: 'These scores are submitted and locked. Ask the council to reopen them.',
    scoresMissing: 'Give a score for every criterion before submitting.',
    scoreOutOfRange: 'A score is outside its criterion’s range.',
    rubricChanged: 'The judging criteria have changed. Reload the page and try again.',
  },
};

export const judgingCy: Shape<typeof judgingEn> = {
  title: 'Beirniadu',
  warning: 'Rhybudd',
  links: {
    manage: 'Rhestr fer a beirniadu',
    queue: 'Eich gwaith beirniadu',
  },
  nav: {
    label: 'Beirniadu',
    overview: 'Trosolwg',
    rubric: 'Meini prawf beirniadu',
    panel: 'Beirniaid',
    shortlist: 'Rhestr fer',
    conflicts: 'Gwrthdaro buddiannau',
    assignments: 'Dyrannu beirniaid',
    progress: 'Cynnydd',
  },
  admin: {
    back: 'Yn ôl i’r her',
    notAllowed: 'Dim ond gweinyddwyr y cynghorau sy’n cynnal yr her hon all redeg ei rhestr fer a’i beirniadu.',
  },
  status: {
    not_started: 'Heb ddechrau',
    in_progress: 'Ar y gweill',
    submitted: 'Wedi’i gyflwyno',
  },
  ...judgingAdminCy,
  ...judgingPanelCy,
  ...judgeCy,
  apiErrors: {
    failed: 'Mae’n ddrwg gennym, ni weithiodd hynny. Rhowch gynnig arall arni.',
    notFound: 'Nid oedd modd dod o hyd i’r dudalen hon, neu nid oes gennych fynediad iddi.',
    signedOut: 'Mae eich sesiwn wedi dod i ben. Mewngofnodwch eto.',
    pairwiseNotEnabled: 'Does gan yr her hon ddim pleidleisio parau: rhestrwch syniadau yn ôl pleidleisiau cefnogi.',
    supportVotingDisabled: 'Ni chymerodd yr her hon bleidleisiau cefnogi: rhestrwch syniadau yn ôl sgôr parau.',
    noCategories: 'Does gan yr her hon ddim categorïau, felly ni ellir cynnig syniadau fesul categori.',
    ideaNotInChallenge:
      'Nid yw un o’r syniadau yn rhan o’r her hon. Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
    ideaNotListed:
      'Mae un o’r syniadau wedi’i dynnu’n ôl, wedi’i guddio neu’n aros i gael ei gymedroli, felly ni all fod ar y rhestr fer. Tynnwch ef a rhowch gynnig arall arni.',
    shortlistLocked:
      'Mae’r syniadau ar y rhestr fer eisoes wedi’u dyrannu i feirniaid, felly ni all y rhestr fer newid mwyach.',
    shortlistTooEarly: 'Dim ond ar ôl i’r cyfnod cyflwyno a’r bleidlais gyhoeddus gau y gellir cadarnhau’r rhestr fer.',
    shortlistEmpty: 'Ychwanegwch o leiaf un syniad at y rhestr fer yn gyntaf.',
    rubricMissing:
      'Pennwch y meini prawf beirniadu yn gyntaf: mae cadarnhau’r rhestr fer yn agor y beirniadu, sy’n eu rhewi.',
    shortlistNotConfirmed: 'Cadarnhewch y rhestr fer cyn dyrannu beirniaid.',
    rubricFrozen: 'Mae’r beirniadu wedi agor, felly ni all y meini prawf beirniadu newid mwyach.',
    alreadyJudge: 'Mae’r person hwn eisoes yn feirniad ar yr her hon.',
    judgingOver: 'Mae canlyniadau’r her hon wedi’u cyhoeddi, felly ni all y beirniadu newid mwyach.',
    invitationAccepted: 'Mae’r gwahoddiad hwn wedi’i dderbyn. Tynnwch y beirniad oddi ar y panel yn lle hynny.',
    judgeHasSubmittedScores:
      'Mae’r beirniad hwn wedi cyflwyno sgoriau, sy’n cyfrif tuag at y canlyniad, felly ni ellir ei dynnu.',
    emailUnverified:
      'Cadarnhewch eich cyfeiriad e-bost cyn derbyn: defnyddiwch y ddolen yn yr e-bost a anfonwyd pan wnaethoch gofrestru.',
    invitationWrongAccount:
      'Anfonwyd y gwahoddiad hwn at gyfeiriad e-bost arall. Rydych wedi mewngofnodi fel {{email}}: mewngofnodwch gyda’r cyfrif ar gyfer y cyfeiriad a wahoddwyd i’w dderbyn.',
    invitationNotFound:
      'Nid yw’r ddolen wahoddiad hon yn ddilys. Gwiriwch eich bod wedi copïo’r ddolen gyfan o’r e-bost.',
    invitationRevoked: 'Cafodd y gwahoddiad hwn ei dynnu’n ôl. Gofynnwch i’r cyngor eich gwahodd eto.',
    invitationUsed: 'Mae’r gwahoddiad hwn eisoes wedi’i ddefnyddio.',
    invitationExpired: 'Mae’r gwahoddiad hwn wedi dod i ben. Gofynnwch i’r cyngor eich gwahodd eto.',
    judgeRequired: 'Dewiswch y beirniad y mae’r gwrthdaro ar ei gyfer',
    judgeNotOnPanel: 'Nid yw’r person hwnnw’n feirniad ar yr her hon',
    notOnPanel: 'Nid ydych yn feirniad ar yr her hon.',
    notEnoughJudges:
      'Nid oes gan rai syniadau ddigon o feirniaid heb wrthdaro buddiannau. Gwahoddwch ragor o feirniaid neu ostwng nifer y beirniaid i bob syniad.',
    tooManyLocked:
      'Mae gormod o feirniaid eisoes wedi cyflwyno sgoriau i rannu’r syniadau gyda’r nifer hwn o feirniaid i bob syniad. Dewiswch nifer gwahanol.',
    conflictsChanged:
      'Cafodd gwrthdaro buddiannau ei ddatgan wrth ddyrannu, felly ni newidiodd dim. Rhowch gynnig arall arni.',
    judgingClosed: 'Nid yw’r beirniadu ar agor, felly ni all sgoriau newid nawr.',
    assignmentNotSubmitted: 'Nid yw’r sgoriau hyn wedi’u cyflwyno, felly gall y beirniad eu newid yn barod.',
    assignmentSubmitted: 'Mae’r sgoriau hyn wedi’u cyflwyno a’u cloi. Gofynnwch i’r cyngor eu hailagor.',
    scoresMissing: 'Rhowch sgôr ar gyfer pob maen prawf cyn cyflwyno.',
    scoreOutOfRange: 'Mae sgôr y tu allan i ystod ei faen prawf.',
    rubricChanged: 'Mae’r meini prawf beirniadu wedi newid. Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  },
};
