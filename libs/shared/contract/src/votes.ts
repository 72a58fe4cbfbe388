/** A support vote as its voter sees it (no other route says who voted for what). */
export type Vote = { ideaId: string; challengeId: string; createdAt: string };

/** The answer to PUT /ideas/:id/vote: 201 for a new vote, 200 when it already existed. */
export type VoteReceipt = { vote: Vote; allowance: number; used: number; remaining: number };

export type MyVote = { ideaId: string; title: string; createdAt: string };

/** GET /challenges/:id/my-votes: the caller's own votes and what is left of their allowance. */
export type MyVotes = { allowance: number; used: number; remaining: number; votes: MyVote[] };
