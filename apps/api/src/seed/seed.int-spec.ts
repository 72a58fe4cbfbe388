import * as argon2 from 'argon2';
import { hashPassword } from '../accounts/passwords';
import { challengeState } from '@challenge/domain';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { timelineOf } from '../challenges/challenge-timeline';
import { createHash } from 'node:crypto';
import { MIGRATIONS } from '../database/migrations';
import { FILE_STORAGE, FileStorage } from '../storage/file-storage';
import { detectAttachmentType } from '../common/uploads/file-type';
import { createOrganisation } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-accounts';
import { SeedService } from './seed.service';

const demoEmails = DEMO_ACCOUNTS.map((a) => a.email);

describe('the demo seed', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('does nothing at boot when councils already exist', async () => {
    const setup = await createTestApp();
    await createOrganisation(setup.db);
    await setup.close();

    t = await createTestApp({ SEED_DEMO: 'true' });
    const found: unknown[] = await t.db.query(`SELECT 1 FROM users WHERE email = ANY($1)`, [demoEmails]);
    expect(found).toEqual([]);
  });

  /**
   * The shared test database is never empty, so this runs the seed against a brand-new, empty
   * copy of the schema made inside one transaction that is rolled back at the end.
   */
  it('on an installation without councils (only a bootstrapped admin) creates the councils and verified demo accounts that sign in with the demo password; a second run creates nothing', async () => {
    t = await createTestApp();
    const seed = t.app.get(SeedService);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const qr = t.db.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      const m = qr.manager;
      await m.query(`CREATE SCHEMA demo_seed_check`);
      // public stays on the path for the pg_trgm operator classes the ideas migration uses.
      await m.query(`SET LOCAL search_path TO demo_seed_check, public`);
      for (const Migration of MIGRATIONS) await new Migration().up(qr);
      const bootstrapAdmin = 'bootstrap-admin@example.test';
      await m.query(
        `INSERT INTO users (email, display_name, password_hash, email_verified_at, is_platform_admin) VALUES ($1, 'Admin', 'x', now(), true)`,
        [bootstrapAdmin],
      );

      const created = await seed.seedDemoIfEmpty(m, passwordHash);
      expect(created?.userIds.size).toBe(DEMO_ACCOUNTS.length);

      const users: {
        email: string;
        display_name: string;
        password_hash: string;
        verified: boolean;
        is_platform_admin: boolean;
      }[] = await m.query(
        `SELECT email, display_name, password_hash, email_verified_at IS NOT NULL AS verified, is_platform_admin FROM users ORDER BY email`,
      );
      expect(users.map((u) => u.email)).toEqual([...demoEmails, bootstrapAdmin].sort());
      expect(users.every((u) => u.verified)).toBe(true);
      expect(users.filter((u) => u.is_platform_admin).map((u) => u.email)).toEqual([
        'admin@demo.council.example',
        bootstrapAdmin,
      ]);
      const demoUsers = users.filter((u) => u.email !== bootstrapAdmin);
      for (const hash of new Set(demoUsers.map((u) => u.password_hash)))
        expect(await argon2.verify(hash, DEMO_PASSWORD)).toBe(true);

      const members: { name: string; email: string; role: string }[] = await m.query(
        `SELECT o.name, u.email, om.role FROM organisation_members om
           JOIN organisations o ON o.id = om.organisation_id JOIN users u ON u.id = om.user_id ORDER BY o.name, u.email`,
      );
      expect(members).toEqual([
        { name: 'Kent County Council', email: 'admin@kent.demo.council.example', role: 'admin' },
        { name: 'Kent County Council', email: 'moderator@kent.demo.council.example', role: 'moderator' },
        { name: 'Medway Council', email: 'admin@medway.demo.council.example', role: 'admin' },
      ]);
      const challenges = await m.getRepository(ChallengeEntity).find();
      const states = challenges.map((c) => challengeState(timelineOf(c), new Date()));
      expect([...states].sort()).toEqual(
        ['judging', 'results_published', 'submissions_open', 'upcoming', 'voting_open'].sort(),
      );
      const listed: { slug: string; listed: number }[] = await m.query(
        `SELECT c.slug, count(i.id) FILTER (WHERE i.status = 'submitted' AND i.moderation_status = 'approved')::int AS listed
           FROM challenges c LEFT JOIN ideas i ON i.challenge_id = c.id GROUP BY c.slug`,
      );
      const withIdeas = listed.filter((row) => row.slug !== 'greener-medway-streets');
      expect(withIdeas.every((row) => row.listed >= 24)).toBe(true);
      const driftingCounters: unknown[] = await m.query(
        `SELECT 1 FROM ideas i WHERE comment_count <>
           (SELECT count(*) FROM idea_comments c WHERE c.idea_id = i.id AND c.moderation_status = 'approved')`,
      );
      expect(driftingCounters).toEqual([]);
      const queue: { pending: number; hidden: number; reports: number }[] = await m.query(
        `SELECT (SELECT count(*)::int FROM ideas WHERE moderation_status = 'pending') AS pending,
                (SELECT count(*)::int FROM idea_comments WHERE moderation_status = 'hidden') AS hidden,
                (SELECT count(*)::int FROM content_reports WHERE status = 'open') AS reports`,
      );
      expect(queue[0]?.pending).toBeGreaterThan(0);
      expect(queue[0]?.hidden).toBeGreaterThan(0);
      expect(queue[0]?.reports).toBeGreaterThan(0);
      const panels: { slug: string; judges: number }[] = await m.query(
        `SELECT c.slug, count(*)::int AS judges FROM challenge_judges j JOIN challenges c ON c.id = j.challenge_id
          GROUP BY c.slug ORDER BY c.slug`,
      );
      expect(panels).toEqual([
        { slug: 'hack-kent-open-data', judges: 3 },
        { slug: 'warmer-homes-challenge', judges: 3 },
      ]);
      const votes: { slug: string; votes: number; drifting: number; over: number; own: number }[] = await m.query(
        `SELECT c.slug,
                (SELECT count(*)::int FROM idea_votes v WHERE v.challenge_id = c.id) AS votes,
                (SELECT count(*)::int FROM ideas i WHERE i.challenge_id = c.id AND i.vote_count <>
                   (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id AND v.invalidated_at IS NULL)) AS drifting,
                (SELECT count(*)::int FROM challenge_voter_allowances a WHERE a.challenge_id = c.id AND (a.used > c.vote_allowance
                   OR a.used <> (SELECT count(*) FROM idea_votes v WHERE v.challenge_id = c.id AND v.voter_key = a.voter_key))) AS over,
                (SELECT count(*)::int FROM idea_votes v JOIN ideas i ON i.id = v.idea_id WHERE v.challenge_id = c.id AND v.user_id = i.author_id) AS own
           FROM challenges c ORDER BY c.slug`,
      );
      expect(votes.every((row) => row.drifting === 0 && row.over === 0 && row.own === 0)).toBe(true);
      const voted = votes.filter((row) => row.votes > 0).map((row) => row.slug);
      expect(voted).toEqual(['hack-kent-open-data', 'transformed-by-you-2026', 'warmer-homes-challenge']);
      const comparisons: { slug: string; answers: number }[] = await m.query(
        `SELECT c.slug, count(p.id)::int AS answers FROM challenges c JOIN pairwise_comparisons p ON p.challenge_id = c.id
          WHERE c.pairwise_voting GROUP BY c.slug`,
      );
      expect(comparisons.map((row) => row.slug)).toEqual(['transformed-by-you-2026']);
      expect(comparisons[0]?.answers).toBeGreaterThan(100);
      const judging: {
        slug: string;
        shortlisted: number;
        criteria: number;
        conflicts: number;
        submitted: number;
        open: number;
        conflictedAssigned: number;
      }[] = await m.query(
        `SELECT c.slug,
                  (SELECT count(*)::int FROM challenge_shortlist s WHERE s.challenge_id = c.id) AS shortlisted,
                  (SELECT count(*)::int FROM rubric_criteria r WHERE r.challenge_id = c.id) AS criteria,
                  (SELECT count(*)::int FROM judge_conflicts k WHERE k.challenge_id = c.id) AS conflicts,
                  (SELECT count(*)::int FROM judge_assignments a WHERE a.challenge_id = c.id AND a.submitted_at IS NOT NULL) AS submitted,
                  (SELECT count(*)::int FROM judge_assignments a WHERE a.challenge_id = c.id AND a.submitted_at IS NULL) AS open,
                  (SELECT count(*)::int FROM judge_assignments a JOIN judge_conflicts k ON k.judge_id = a.judge_id AND k.idea_id = a.idea_id
                    WHERE a.challenge_id = c.id) AS "conflictedAssigned"
             FROM challenges c WHERE c.shortlist_confirmed_at IS NOT NULL ORDER BY c.slug`,
      );
      expect(judging).toEqual([
        {
          slug: 'hack-kent-open-data',
          shortlisted: 6,
          criteria: 4,
          conflicts: 1,
          submitted: 4,
          open: 8,
          conflictedAssigned: 0,
        },
        {
          slug: 'warmer-homes-challenge',
          shortlisted: 6,
          criteria: 4,
          conflicts: 1,
          submitted: 12,
          open: 0,
          conflictedAssigned: 0,
        },
      ]);
      const published: { slug: string; awarded: number; updates: number; ranked: number }[] = await m.query(
        `SELECT c.slug,
                (SELECT count(*)::int FROM prize_awards a WHERE a.challenge_id = c.id AND a.idea_id IS NOT NULL) AS awarded,
                (SELECT count(*)::int FROM implementation_updates u WHERE u.challenge_id = c.id) AS updates,
                jsonb_array_length(r.computed -> 'ranking') AS ranked
           FROM challenges c JOIN challenge_results r ON r.challenge_id = c.id
          WHERE r.published_at IS NOT NULL AND c.results_published_at = r.published_at`,
      );
      expect(published).toEqual([{ slug: 'warmer-homes-challenge', awarded: 3, updates: 2, ranked: 6 }]);
      const attachments: { storage_key: string; content_type: string; sha256: string }[] = await m.query(
        `SELECT storage_key, content_type, sha256 FROM idea_attachments`,
      );
      expect(new Set(attachments.map((a) => a.content_type))).toEqual(new Set(['image/png', 'application/pdf']));
      for (const a of attachments.slice(0, 2)) {
        const chunks: Buffer[] = [];
        for await (const part of await t.app.get<FileStorage>(FILE_STORAGE).get(a.storage_key))
          chunks.push(part as Buffer);
        const bytes = Buffer.concat(chunks);
        expect(detectAttachmentType(bytes)).toBe(a.content_type);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(a.sha256);
      }
      const organisations: { name: string }[] = await m.query(`SELECT name FROM organisations ORDER BY name`);
      expect(organisations.map((o) => o.name)).toEqual(DEMO_ORGANISATIONS.map((o) => o.name));
      const audit: { action: string }[] = await m.query(`SELECT action FROM audit_log`);
      expect(audit).toEqual([{ action: 'seed.demo_created' }]);

      expect(await seed.seedDemoIfEmpty(m, passwordHash)).toBeNull();
      const counts: { users: number; audit: number }[] = await m.query(
        `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM audit_log) AS audit`,
      );
      expect(counts[0]).toEqual({ users: DEMO_ACCOUNTS.length + 1, audit: 1 });
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
    const leftOver: unknown[] = await t.db.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'demo_seed_check'`);
    expect(leftOver).toEqual([]);
  });
});
