import { randomUUID } from 'node:crypto';
import { apiClient } from '../client/client';
import { freshDatabase, RunningServer, startServer } from '../support/server';

/**
 * The main journeys through the typed client generated from the committed OpenAPI document, on
 * a server of its own with the demo seeded (a challenge open for entries, one open for votes).
 * Paths, parameters and bodies are checked by the compiler; every response by the validator.
 */
describe('the main journeys through the generated client', () => {
  let server: RunningServer;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    const database = await freshDatabase();
    dropDatabase = database.drop;
    server = await startServer({ ...database.env, SEED_DEMO: 'true' }, 120_000);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await dropDatabase?.();
  });

  const signUp = async (): Promise<string> => {
    const anonymous = apiClient(undefined, server.url);
    const email = `journey-${randomUUID().slice(0, 8)}@example.test`;
    const password = 'a long and unusual journey passphrase';
    const registered = await anonymous.POST('/api/v1/auth/register', {
      body: { email, password, displayName: 'Journey Resident' },
    });
    expect(registered.response.status).toBe(201);

    let token: string | undefined;
    for (let attempt = 0; attempt < 40 && !token; attempt++) {
      const mail = await fetch(`${server.url}/api/v1/dev/mail?to=${encodeURIComponent(email)}`);
      const messages = (await mail.json()) as { text: string }[];
      const found = messages.map((m) => /verify-email\?token=([A-Za-z0-9_\-.~%]+)/.exec(m.text)?.[1]).find(Boolean);
      if (found) token = decodeURIComponent(found);
      else await new Promise((r) => setTimeout(r, 250));
    }
    if (!token) throw new Error(`No verification email for ${email}`);
    const verified = await anonymous.POST('/api/v1/auth/verify-email', { body: { token } });
    expect(verified.response.status).toBe(200);

    const login = await anonymous.POST('/api/v1/auth/login', { body: { email, password } });
    expect(login.response.status).toBe(200);
    const accessToken = login.data?.accessToken;
    if (!accessToken) throw new Error('login gave no access token');

    const me = await apiClient(accessToken, server.url).GET('/api/v1/me');
    expect(me.data).toMatchObject({ email, displayName: 'Journey Resident', emailVerified: true });
    return accessToken;
  };

  const openChallenge = async (stage: 'submissions' | 'voting'): Promise<string> => {
    const list = await apiClient(undefined, server.url).GET('/api/v1/challenges', {
      params: { query: { state: 'open' } },
    });
    expect(list.response.status).toBe(200);
    const now = Date.now();
    const open = (list.data?.items ?? []).find((c) => {
      const { opensAt, closesAt } = c.stages[stage];
      return opensAt !== null && closesAt !== null && Date.parse(opensAt) <= now && now < Date.parse(closesAt);
    });
    if (!open) throw new Error(`No demo challenge with ${stage} open`);
    return open.id;
  };

  it('registers, verifies, signs in and reads itself, then submits an idea to an open challenge', async () => {
    const token = await signUp();
    const client = apiClient(token, server.url);
    const challengeId = await openChallenge('submissions');
    const challenge = await client.GET('/api/v1/challenges/{id}', { params: { path: { id: challengeId } } });
    const rulesVersion = challenge.data?.rules?.version;

    const idea = await client.POST('/api/v1/challenges/{id}/ideas', {
      params: { path: { id: challengeId } },
      body: {
        title: 'Bus stop benches that fold away',
        summary: 'Benches at every bus stop, folded up when not needed',
        description: 'Fold-away benches keep pavements clear and give everyone a seat.',
        submit: true,
        ...(rulesVersion === undefined ? {} : { acknowledgeRulesVersion: rulesVersion }),
      },
    });
    expect(idea.response.status).toBe(201);
    expect(idea.data).toMatchObject({ title: 'Bus stop benches that fold away', challengeId });
  }, 120_000);

  it('votes for an idea in a challenge open for voting; voting again changes nothing', async () => {
    const token = await signUp();
    const client = apiClient(token, server.url);
    const challengeId = await openChallenge('voting');
    const ideas = await client.GET('/api/v1/challenges/{id}/ideas', { params: { path: { id: challengeId } } });
    const ideaId = ideas.data?.items[0]?.id;
    if (!ideaId) throw new Error('The demo challenge open for voting lists no ideas');

    const first = await client.PUT('/api/v1/ideas/{id}/vote', { params: { path: { id: ideaId } } });
    expect(first.response.status).toBe(201);
    expect(first.data?.used).toBe(1);
    const again = await client.PUT('/api/v1/ideas/{id}/vote', { params: { path: { id: ideaId } } });
    expect(again.response.status).toBe(200);
    expect(again.data?.used).toBe(1);

    const mine = await client.GET('/api/v1/challenges/{id}/my-votes', { params: { path: { id: challengeId } } });
    expect(mine.data?.votes.map((v) => v.ideaId)).toEqual([ideaId]);
  }, 120_000);
});
