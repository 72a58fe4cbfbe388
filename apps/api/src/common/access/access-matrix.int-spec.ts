import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { createUser } from '../../../test/factories';
import { describeDeclaration, listRoutes, RouteInfo } from '../../../test/access-routes';
import {
  AccessWorld,
  createAccessWorld,
  HOLDERS,
  paramValue,
  Role,
  ROLES,
  WorldKind,
} from '../../../test/access-world';
import { JUDGING_NOW } from '../../../test/judging-helpers';
import { createTestApp, TestApp } from '../../../test/test-app';
import { CLOCK, Clock } from '../clock';
import type { AccessDeclaration } from './access.decorator';

/**
 * Every route and the permission it declares. A new route fails the first test until it is
 * added here with its declaration (`@Access(permission, param)`, `@PublicRoute()` or `@SignedIn()`).
 */
const ROUTES: Record<string, string> = {
  'DELETE /challenges/:id/cover': 'challenge.manage on :id',
  'DELETE /challenges/:id/judges/:userId': 'challenge.manage on :id',
  'DELETE /challenges/:id/judges/invitations/:invitationId': 'challenge.manage on :id',
  'DELETE /ideas/:id/attachments/:attachmentId': 'idea.attachment.delete on :id',
  'DELETE /ideas/:id/invitations/:invitationId': 'idea.invitation.delete on :id',
  'DELETE /ideas/:id/vote': 'idea.vote on :id (in service)',
  'DELETE /me': 'signed-in',
  'DELETE /organisations/:id/members/:userId': 'organisation.manage on :id',
  'GET /attachments/:id': 'attachment.read on :id (anonymous may try)',
  'GET /challenges': 'public',
  'GET /challenges/:id': 'challenge.read on :id (anonymous may try)',
  'GET /challenges/:id/conflicts': 'judging.panel on :id',
  'GET /challenges/:id/cover': 'challenge.read on :id (anonymous may try)',
  'GET /challenges/:id/export.csv': 'results.read on :id (anonymous may try)',
  'GET /challenges/:id/export.json': 'results.read on :id (anonymous may try)',
  'GET /challenges/:id/ideas': 'challenge.read on :id (anonymous may try)',
  'GET /challenges/:id/ideas/:ideaId/updates': 'challenge.read on :id (anonymous may try)',
  'GET /challenges/:id/ideas/similar': 'challenge.read on :id (anonymous may try)',
  'GET /challenges/:id/judges': 'challenge.manage on :id',
  'GET /challenges/:id/judging-progress': 'challenge.manage on :id',
  'GET /challenges/:id/my-votes': 'challenge.participate on :id',
  'GET /challenges/:id/pairs/next': 'challenge.participate on :id',
  'GET /challenges/:id/pairwise-scores': 'challenge.read on :id (anonymous may try)',
  'GET /challenges/:id/results': 'results.read on :id (anonymous may try)',
  'GET /challenges/:id/rubric': 'challenge.read on :id (anonymous may try)',
  'GET /challenges/:id/shortlist': 'judging.shortlist.read on :id (anonymous may try)',
  'GET /challenges/:id/updates': 'challenge.read on :id (anonymous may try)',
  'GET /challenges/:id/vote-flags': 'challenge.manage on :id',
  'GET /dev/mail': 'public',
  'GET /health': 'public',
  'GET /ideas/:id': 'idea.read on :id (anonymous may try)',
  'GET /ideas/:id/comments': 'idea.read on :id (anonymous may try)',
  'GET /judging/assignments': 'signed-in',
  'GET /judging/assignments/:id': 'assignment.score on :id',
  'GET /me': 'signed-in',
  'GET /me/export': 'signed-in',
  'GET /moderation/queue': 'moderation.queue (in service)',
  'GET /organisations': 'public',
  'GET /organisations/:id': 'public',
  'GET /organisations/:id/audit-log': 'organisation.manage on :id',
  'GET /organisations/:id/members': 'organisation.manage on :id',
  'PATCH /challenges/:id': 'challenge.manage on :id',
  'PATCH /ideas/:id': 'idea.update on :id',
  'PATCH /me': 'signed-in',
  'POST /auth/forgot-password': 'public',
  'POST /auth/login': 'public',
  'POST /auth/logout': 'signed-in',
  'POST /auth/register': 'public',
  'POST /auth/resend-verification': 'public',
  'POST /auth/reset-password': 'public',
  'POST /auth/verify-email': 'public',
  'POST /challenges': 'signed-in',
  'POST /challenges/:id/assignments': 'challenge.manage on :id',
  'POST /challenges/:id/assignments/:assignmentId/reopen': 'challenge.manage on :id',
  'POST /challenges/:id/conflicts': 'judging.panel on :id',
  'POST /challenges/:id/ideas': 'challenge.participate on :id',
  'POST /challenges/:id/ideas/:ideaId/updates': 'challenge.manage on :id',
  'POST /challenges/:id/judges': 'challenge.manage on :id',
  'POST /challenges/:id/pairs': 'challenge.participate on :id',
  'POST /challenges/:id/publish': 'challenge.manage on :id',
  'POST /challenges/:id/results/awards/:prizeId/:slot/override': 'challenge.manage on :id',
  'POST /challenges/:id/results/confirm': 'challenge.manage on :id',
  'POST /challenges/:id/results/publish': 'challenge.manage on :id',
  'POST /challenges/:id/shortlist/proposal': 'challenge.manage on :id',
  'POST /challenges/:id/vote-flags/:flagId/invalidate': 'challenge.manage on :id',
  'POST /challenges/:id/vote-flags/:flagId/restore': 'challenge.manage on :id',
  'POST /ideas/:id/attachments': 'idea.attachment.create on :id',
  'POST /ideas/:id/comments': 'idea.read on :id',
  'POST /ideas/:id/invitations': 'idea.invitation.create on :id',
  'POST /ideas/:id/reports': 'idea.read on :id',
  'POST /ideas/:id/withdraw': 'idea.withdraw on :id',
  'POST /invitations/accept': 'signed-in',
  'POST /judging/assignments/:id/submit': 'assignment.score on :id',
  'POST /judging/invitations/accept': 'signed-in',
  'POST /moderation/comments/:id/decision': 'comment.moderate on :id',
  'POST /moderation/ideas/:id/decision': 'idea.moderate on :id',
  'POST /organisations': 'organisation.create',
  'POST /organisations/:id/members': 'organisation.manage on :id',
  'PUT /challenges/:id/cover': 'challenge.manage on :id',
  'PUT /challenges/:id/rubric': 'challenge.manage on :id',
  'PUT /challenges/:id/shortlist': 'challenge.manage on :id',
  'PUT /ideas/:id/vote': 'idea.vote on :id (in service)',
  'PUT /judging/assignments/:id': 'assignment.score on :id',
};

/** What the access layer answers when it refuses; any other answer means the check let the caller through. */
const REFUSALS = new Set([
  'No challenge with that id',
  'No idea with that id',
  'No attachment with that id',
  'No comment with that id',
  'No assignment with that id',
  'No organisation with that id',
  'No published results for this challenge',
]);
const refused = (res: Response): boolean => {
  const message: unknown = (res.body as { message?: unknown }).message;
  return res.status === 401 || res.status === 403 || (res.status === 404 && REFUSALS.has(String(message)));
};

const declarationOf = (route: RouteInfo): AccessDeclaration => {
  if (!route.declaration) throw new Error(`${route.key} declares no access`);
  return route.declaration;
};

/** Whether `role` may pass the route's check in `world`, from the hand-written HOLDERS table. */
function expectedAllowed(declaration: AccessDeclaration, role: Role, kind: WorldKind): boolean {
  if (declaration.kind === 'public') return true;
  if (declaration.kind === 'signed-in') return role !== 'anonymous';
  if (role === 'anonymous' && !declaration.anonymous) return false;
  return HOLDERS[kind][declaration.permission].includes(role);
}

describe('access: every route declares who may call it, and the declaration holds', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const shared = new Map<WorldKind, AccessWorld>();

  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(JUDGING_NOW);
    routes = listRoutes(t.app);
    for (const kind of ['published', 'draft'] as const) shared.set(kind, await createAccessWorld(t.db, kind));
  }, 60_000);
  afterAll(() => t.close());

  it('every route of the app declares its access, exactly as the table above says', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((r) => !r.declaration).map((r) => r.key)).toEqual([]);
    expect(Object.fromEntries(routes.map((r) => [r.key, describeDeclaration(r.declaration)]))).toEqual(ROUTES);
  });

  const call = (world: AccessWorld, route: RouteInfo, role: Role, token: string | undefined) => {
    const declaration = declarationOf(route);
    const permission = declaration.kind === 'object' ? declaration.permission : undefined;
    const path = route.path.replace(/:(\w+)/g, (_, name: string) => paramValue(world, name, route.path, permission));
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let req = t.http()[method](`/api/v1${path}`);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    if (method !== 'get' && method !== 'delete') req = req.send({});
    return req.then((res) => ({ role, res }));
  };

  describe.each(['published', 'draft'] as const)('in a %s challenge', (kind) => {
    it.each(Object.keys(ROUTES))('%s answers each role as its permission says', async (key) => {
      const route = routes.find((r) => r.key === key);
      if (!route) throw new Error(`${key} is not a route of the app`);
      const declaration = declarationOf(route);
      // Reads share a world; a route that may change things gets its own.
      const world = route.method === 'GET' ? shared.get(kind) : await createAccessWorld(t.db, kind);
      if (!world) throw new Error('no world');
      // Roles the route must refuse go first, so what an allowed caller changes cannot hide a leak.
      const order = [...ROLES].sort(
        (a, b) => Number(expectedAllowed(declaration, a, kind)) - Number(expectedAllowed(declaration, b, kind)),
      );
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const role of order) {
        // Routes about the caller themselves (sign out, erase the account) get a throwaway account.
        const user =
          role === 'anonymous'
            ? undefined
            : declaration.kind === 'object'
              ? world.users[role]
              : await createUser(t.db, { displayName: `Throwaway ${randomUUID().slice(0, 6)}` });
        const { res } = await call(world, route, role, user?.token);
        const allowed = expectedAllowed(declaration, role, kind);
        outcomes.push(`${role}: ${refused(res) ? 'refused' : 'allowed'} (${res.status})`);
        expected.push(`${role}: ${allowed ? 'allowed' : 'refused'} (${res.status})`);
        if (res.status >= 500) outcomes.push(`${role}: 5xx ${JSON.stringify(res.body)}`);
      }
      expect(outcomes).toEqual(expected);
    });
  });
});
