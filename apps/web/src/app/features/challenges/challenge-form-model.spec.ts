import {
  challengeApiErrors,
  dateValueOf,
  emptyFormValue,
  emptyPrize,
  fieldIdFor,
  parsePercent,
  parsePounds,
  toRequestBody,
  toUpdateBody,
} from './challenge-form-model';
import { formatPence, formatPercent } from '../../shared/format/money';
import { localText } from '../../shared/i18n/local-text';
import { missingFacts, welshWarningMessages } from './challenge-format';

const labels = { date: (stage: string, edge: string) => `${stage} ${edge}`, field: (name: string) => name };

describe('challenge form mapping', () => {
  it('reads pounds and percentages as typed by people', () => {
    expect(parsePounds('£10,000')).toBe(1_000_000);
    expect(parsePounds('2500.5')).toBe(250_050);
    expect(parsePounds(' 75 ')).toBe(7_500);
    expect(parsePounds('10,00')).toBeNull();
    expect(parsePounds('ten')).toBeNull();
    expect(parsePercent('30')).toBe(0.3);
    expect(parsePercent('12.5%')).toBe(0.125);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('101')).toBeNull();
    expect(parsePercent('-5')).toBeNull();
  });

  it('builds the request: trimmed texts, lines as lists, pence, weight, London dates with their offset', () => {
    const v = emptyFormValue('org-1');
    v.coHostOrganisationIds = ['org-2', 'org-1'];
    v.texts.title = '  Cleaner streets ';
    v.texts.titleCy = '';
    v.categories = 'Transport\n\n  Environment \n';
    v.prizePot = '£10,000';
    v.prizes = [{ ...emptyPrize(), name: 'First prize', amount: '5,000', count: '1', category: 'Transport' }];
    v.publicVoteWeight = '30';
    v.stages.submissions.opensAt = { day: '1', month: '3', year: '2026', time: '09:00' };
    v.stages.submissions.closesAt = { day: '1', month: '6', year: '2026', time: '17:30' };
    const { body, errors } = toRequestBody(v, labels);
    expect(errors).toEqual([]);
    expect(body).toMatchObject({
      organisationId: 'org-1',
      coHostOrganisationIds: ['org-2'],
      title: 'Cleaner streets',
      titleCy: null,
      categories: ['Transport', 'Environment'],
      prizePotPence: 1_000_000,
      prizes: [{ name: 'First prize', nameCy: null, amountPence: 500_000, count: 1, category: 'Transport' }],
      publicVoteWeight: 0.3,
      stages: {
        submissions: { opensAt: '2026-03-01T09:00:00+00:00', closesAt: '2026-06-01T17:30:00+01:00' },
        voting: { opensAt: null, closesAt: null },
      },
    });
  });

  it('sends the voting settings and People’s Choice prizes, and reports a bad allowance against its input', () => {
    const v = emptyFormValue('org-1');
    v.texts.title = 'Greener parks';
    v.prizes = [{ ...emptyPrize(), name: 'People’s Choice', amount: '500', peoplesChoice: true }];
    v.voting = { ...v.voting, pairwiseVoting: true, publicVoteMeasure: 'pairwise', voteAllowance: '3' };
    const { body, errors } = toRequestBody(v, labels);
    expect(errors).toEqual([]);
    expect(body).toMatchObject({
      prizes: [{ name: 'People’s Choice', amountPence: 50_000, peoplesChoice: true }],
      supportVoting: true,
      pairwiseVoting: true,
      publicVoteMeasure: 'pairwise',
      voteAllowance: 3,
      allowSelfVotes: false,
      blindReview: true,
    });
    v.voting.voteAllowance = '0';
    expect(toRequestBody(v, labels).errors.map((e) => e.field)).toEqual(['voteAllowance']);
  });

  it('reports each problem against its input', () => {
    const v = emptyFormValue('org-1');
    v.prizePot = 'lots';
    v.prizes = [{ ...emptyPrize(), count: '0' }];
    v.publicVoteWeight = '150';
    v.stages.voting.closesAt = { day: '30', month: '2', year: '2026', time: '10:00' };
    const fields = toRequestBody(v, labels).errors.map((e) => e.field);
    expect(fields).toEqual([
      'title',
      'prizePot',
      'prize-0-name',
      'prize-0-amount',
      'prize-0-count',
      'publicVoteWeight',
      'voting-closesAt-day',
    ]);
  });

  it('keeps a saved instant when the admin leaves the date alone, and leaves out the hosts when updating', () => {
    const saved = '2026-03-01T09:00:30.000Z';
    const v = emptyFormValue('org-1');
    v.texts.title = 'T';
    v.stages.submissions.opensAt = dateValueOf(saved);
    const stages = {
      submissions: { opensAt: saved, closesAt: null },
      voting: { opensAt: null, closesAt: null },
      shortlisting: { opensAt: null, closesAt: null },
      judging: { opensAt: null, closesAt: null },
      results: { opensAt: null, closesAt: null },
    };
    const { body } = toRequestBody(v, labels, stages);
    expect(body.stages?.submissions?.opensAt).toBe(saved);
    const update = toUpdateBody(body, '  Sponsor added  ');
    expect(update).not.toHaveProperty('organisationId');
    expect(update).not.toHaveProperty('coHostOrganisationIds');
    expect(update.changeReason).toBe('Sponsor added');
    expect(toUpdateBody(body, ' ')).not.toHaveProperty('changeReason');
  });

  it('maps API field names onto input ids, keeping unknown ones in the summary', () => {
    expect(fieldIdFor('stages.judging.opensAt')).toBe('judging-opensAt-day');
    expect(fieldIdFor('prizes.2.amountPence')).toBe('prize-2-amount');
    expect(fieldIdFor('prizePotPence')).toBe('prizePot');
    expect(fieldIdFor('eligibilityCy')).toBe('eligibilityCy');
    expect(fieldIdFor('prizes.1.peoplesChoice')).toBe('prize-1-peoplesChoice');
    expect(fieldIdFor('voteAllowance')).toBe('voteAllowance');
    expect(fieldIdFor('slug')).toBeNull();
    const errors = challengeApiErrors({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Some values are not consistent',
      fields: { 'stages.voting.opensAt': ['Voting cannot open before submissions open'], slug: ['taken'] },
    });
    expect(errors).toEqual([
      { field: 'voting-opensAt-day', message: 'Voting cannot open before submissions open', translate: false },
      { field: null, message: 'slug: taken', translate: false },
    ]);
    expect(challengeApiErrors({ statusCode: 503, error: 'x', message: 'down' })[0]?.message).toBe(
      'common.serviceUnavailable',
    );
  });
});

describe('challenge display helpers', () => {
  it('shows Welsh text only when the interface is Welsh and the text exists', () => {
    expect(localText('cy', 'Cleaner streets', 'Strydoedd glanach')).toEqual({ text: 'Strydoedd glanach', lang: 'cy' });
    expect(localText('cy', 'Cleaner streets', '  ')).toEqual({ text: 'Cleaner streets', lang: 'en' });
    expect(localText('en', 'Cleaner streets', 'Strydoedd glanach')).toEqual({ text: 'Cleaner streets', lang: 'en' });
  });

  it('formats pounds and percentages', () => {
    expect(formatPence(1_000_000, 'en')).toBe('£10,000');
    expect(formatPence(250_050, 'cy')).toBe('£2,500.50');
    expect(formatPercent(0.3)).toBe('30%');
    expect(formatPercent(0.125)).toBe('12.5%');
  });

  it('translates the missing facts and Welsh warnings it knows, and passes others through', () => {
    expect(
      missingFacts({
        eligibility: ['Say who is eligible to enter'],
        'stages.submissions.closesAt': ['Submissions must close in the future'],
        prizes: ['The prizes add up to 2 pence, more than the prize pot of 1 pence'],
      }),
    ).toEqual([
      { key: 'challenges.publish.missing.eligibility' },
      { key: 'challenges.publish.missing.submissionsFuture' },
      { text: 'The prizes add up to 2 pence, more than the prize pot of 1 pence' },
    ]);
    expect(
      welshWarningMessages(
        [
          { field: 'titleCy', message: 'The Welsh title is empty' },
          { field: 'prizes.0.nameCy', message: 'The Welsh name of prize "First" is empty' },
          { field: 'somethingNew', message: 'New warning' },
        ],
        ['First'],
      ),
    ).toEqual([
      { key: 'challenges.publish.welsh.titleCy' },
      { key: 'challenges.publish.welsh.prizeNameCy', params: { name: 'First' } },
      { text: 'New warning' },
    ]);
  });
});
