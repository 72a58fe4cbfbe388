import type { Challenge } from '@challenge/contract';
import { IdeaFormValue, ideaFormErrors, toIdeaRequest } from './idea-form-model';

const challenge = {
  categories: ['Litter'],
  entrantCategories: ['public', 'staff'],
  rules: { version: 3, body: 'Be kind.', bodyCy: null, createdAt: '2030-01-01T00:00:00Z' },
} as unknown as Challenge;

const empty: IdeaFormValue = {
  title: '',
  summary: '',
  description: '',
  category: '',
  entrantCategory: '',
  locationLabel: '',
  latitude: '',
  longitude: '',
  acknowledge: false,
};

const fields = (value: IdeaFormValue, submitting: boolean) =>
  ideaFormErrors(value, challenge, submitting).map((e) => e.field);

describe('the idea form', () => {
  it('needs only a title for a draft', () => {
    expect(fields(empty, false)).toEqual(['title']);
    expect(fields({ ...empty, title: 'Bigger bins' }, false)).toEqual([]);
  });

  it('needs a summary, the categories the challenge uses and the rules accepted to submit', () => {
    expect(fields({ ...empty, title: 'Bigger bins' }, true)).toEqual([
      'summary',
      'category',
      'entrantCategory',
      'acknowledge',
    ]);
  });

  it('needs both coordinates, within range, for a location', () => {
    expect(fields({ ...empty, title: 'T', latitude: '51.5' }, false)).toEqual(['longitude']);
    expect(fields({ ...empty, title: 'T', locationLabel: 'Park' }, false)).toEqual(['latitude']);
    expect(fields({ ...empty, title: 'T', latitude: '91', longitude: 'x' }, false)).toEqual(['latitude', 'longitude']);
  });

  it('submits with the rules version in force and a location', () => {
    const value: IdeaFormValue = {
      ...empty,
      title: ' Bigger bins ',
      summary: 'More room',
      category: 'Litter',
      entrantCategory: 'public',
      latitude: '51,27',
      longitude: '0.52',
      acknowledge: true,
    };
    expect(ideaFormErrors(value, challenge, true)).toEqual([]);
    expect(toIdeaRequest(value, challenge, true)).toEqual({
      title: 'Bigger bins',
      summary: 'More room',
      description: '',
      category: 'Litter',
      entrantCategory: 'public',
      location: { label: null, latitude: 51.27, longitude: 0.52 },
      submit: true,
      acknowledgeRulesVersion: 3,
    });
    expect(toIdeaRequest(value, challenge, false)).not.toHaveProperty('submit');
  });
});
