import type { EntityManager } from 'typeorm';
import { voterKey } from '../votes/voter-key';
import type { DemoChallenge } from './demo-challenges';
import type { DemoIdeaRef } from './demo-content';

/** A small deterministic PRNG (mulberry32) so every demo installation gets the same votes. */
export function demoRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type DemoVoter = { id: string; email: string };

const dayMs = 86_400_000;

/** Ideas earlier in the list are more popular: weights 1/(i+1)^0.8, drawn without replacement. */
function pickIdeas(ideas: DemoIdeaRef[], count: number, exclude: string, random: () => number): DemoIdeaRef[] {
  const pool = ideas.filter((i) => i.authorId !== exclude).map((idea, i) => ({ idea, w: 1 / (i + 1) ** 0.8 }));
  const picked: DemoIdeaRef[] = [];
  while (picked.length < count && pool.length > 0) {
    const total = pool.reduce((s, p) => s + p.w, 0);
    let r = random() * total;
    const at = Math.max(
      0,
      pool.findIndex((p) => (r -= p.w) <= 0),
    );
    picked.push(pool[at]?.idea ?? (pool[0] as { idea: DemoIdeaRef }).idea);
    pool.splice(at, 1);
  }
  return picked;
}

/**
 * Support votes from the demo residents in every challenge whose vote has opened: between one
 * and five each (the allowance), never on their own idea; the counters and allowances are set from
 * the rows inserted, so they equal the votes table.
 */
export async function insertDemoVotes(
  m: EntityManager,
  challengeId: string,
  c: DemoChallenge,
  ideas: DemoIdeaRef[],
  voters: DemoVoter[],
  secret: string,
): Promise<number> {
  const window = c.stages.voting;
  if (!window || window[0] >= 0 || ideas.length === 0) return 0;
  const random = demoRandom(challengeId.charCodeAt(0) + ideas.length);
  const opens = Date.now() + window[0] * dayMs;
  const until = Math.min(Date.now() - 60_000, Date.now() + window[1] * dayMs);
  let cast = 0;
  for (const [i, voter] of voters.entries()) {
    const key = voterKey(secret, voter.email);
    const chosen = pickIdeas(ideas, 1 + (i % 5), voter.id, random);
    for (const idea of chosen) {
      const at = new Date(opens + random() * (until - opens));
      await m.query(
        `INSERT INTO idea_votes (challenge_id, idea_id, voter_key, user_id, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [challengeId, idea.id, key, voter.id, at],
      );
    }
    await m.query(`INSERT INTO challenge_voter_allowances (challenge_id, voter_key, used) VALUES ($1, $2, $3)`, [
      challengeId,
      key,
      chosen.length,
    ]);
    cast += chosen.length;
  }
  await m.query(
    `UPDATE ideas i SET vote_count = (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id AND v.invalidated_at IS NULL)
      WHERE i.challenge_id = $1`,
    [challengeId],
  );
  return cast;
}

/**
 * "Which is better?" answers from the demo residents: a dozen pairs each, the better-placed idea
 * winning three times in four, one answer in ten "can't decide". Skips are kept (so the pair is
 * not served again) but are not comparisons.
 */
export async function insertDemoComparisons(
  m: EntityManager,
  challengeId: string,
  ideas: DemoIdeaRef[],
  voters: DemoVoter[],
  secret: string,
): Promise<number> {
  if (ideas.length < 2) return 0;
  await m.query(`UPDATE challenges SET pairwise_voting = true WHERE id = $1`, [challengeId]);
  const random = demoRandom(ideas.length * 31);
  const rank = new Map(ideas.map((idea, i) => [idea.id, i]));
  let answered = 0;
  for (const voter of voters) {
    const key = voterKey(secret, voter.email);
    const seen = new Set<string>();
    for (let n = 0; n < 12; n++) {
      const a = ideas[Math.floor(random() * ideas.length)];
      const b = ideas[Math.floor(random() * ideas.length)];
      if (!a || !b || a.id === b.id) continue;
      const [low, high] = a.id < b.id ? [a, b] : [b, a];
      if (seen.has(low.id + high.id)) continue;
      seen.add(low.id + high.id);
      const better = (rank.get(low.id) ?? 0) < (rank.get(high.id) ?? 0) ? low : high;
      const worse = better === low ? high : low;
      const roll = random();
      const winner = roll < 0.1 ? null : roll < 0.775 ? better : worse;
      await m.query(
        `INSERT INTO pairwise_comparisons (challenge_id, voter_key, user_id, idea_low, idea_high, winner_idea_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() - interval '1 day' * $7)`,
        [challengeId, key, voter.id, low.id, high.id, winner?.id ?? null, random() * 10],
      );
      if (winner) answered += 1;
    }
  }
  await m.query(
    `UPDATE ideas i SET comparison_count = (SELECT count(*) FROM pairwise_comparisons p
        WHERE (p.idea_low = i.id OR p.idea_high = i.id) AND p.winner_idea_id IS NOT NULL)
      WHERE i.challenge_id = $1`,
    [challengeId],
  );
  return answered;
}
