import { canViewIdea, IdeaVisibilityFacts } from './idea-visibility';

const idea = (over: Partial<IdeaVisibilityFacts> = {}): IdeaVisibilityFacts => ({
  status: 'submitted',
  moderationStatus: 'approved',
  authorId: 'author',
  teamUserIds: ['coauthor'],
  ...over,
});
const anonymous = { canModerate: false };
const stranger = { userId: 'someone', canModerate: false };
const moderator = { userId: 'mod', canModerate: true };

describe('who can see an idea', () => {
  it('everyone sees a submitted, approved idea', () => {
    expect(canViewIdea(idea(), anonymous)).toBe(true);
    expect(canViewIdea(idea(), stranger)).toBe(true);
  });

  it('a draft is seen by its author and co-authors only, not even by moderators', () => {
    const draft = idea({ status: 'draft' });
    expect(canViewIdea(draft, { userId: 'author', canModerate: false })).toBe(true);
    expect(canViewIdea(draft, { userId: 'coauthor', canModerate: false })).toBe(true);
    expect(canViewIdea(draft, stranger)).toBe(false);
    expect(canViewIdea(draft, moderator)).toBe(false);
    expect(canViewIdea(draft, anonymous)).toBe(false);
  });

  it('hidden and pending ideas disappear from the public but stay visible to the team and moderators', () => {
    for (const moderationStatus of ['hidden', 'pending'] as const) {
      const held = idea({ moderationStatus });
      expect(canViewIdea(held, anonymous)).toBe(false);
      expect(canViewIdea(held, stranger)).toBe(false);
      expect(canViewIdea(held, moderator)).toBe(true);
      expect(canViewIdea(held, { userId: 'author', canModerate: false })).toBe(true);
    }
  });

  it('a withdrawn idea leaves public view', () => {
    const withdrawn = idea({ status: 'withdrawn' });
    expect(canViewIdea(withdrawn, stranger)).toBe(false);
    expect(canViewIdea(withdrawn, { userId: 'author', canModerate: false })).toBe(true);
    expect(canViewIdea(withdrawn, moderator)).toBe(true);
  });
});
