import { HttpException, HttpStatus, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { EnvDto } from '../config/env';

/** Failed sign-ins to one account that cost nothing; each one after them doubles the wait. */
export const FREE_FAILURES = 5;
/** The longest anyone must wait between two sign-in attempts to one account: 15 minutes. */
export const MAX_DELAY_SECONDS = 900;
/** Failures are forgotten a day after the last one. */
export const FAILURE_MEMORY_SECONDS = 86_400;

/** Seconds to wait after the last failure before the next attempt: 0 for the first five, then 2, 4, 8 … 900. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES + 1), MAX_DELAY_SECONDS);
}

export type FailureState = { failures: number; msSinceLast: number };

export type FailureStore = {
  get: (key: string) => Promise<FailureState | null>;
  recordFailure: (key: string) => Promise<void>;
  clear: (key: string) => Promise<void>;
  close: () => Promise<void>;
};

/** Counts in Redis (shared by every replica); keys expire a day after the last failure. */
function redisStore(url: string): FailureStore {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, connectTimeout: 2_000, lazyConnect: true });
  const k = (key: string) => `cc:sign-in-failures:${key}`;
  return {
    get: async (key) => {
      const [failures, last] = await redis.hmget(k(key), 'failures', 'last');
      if (failures === null || last === null) return null;
      return { failures: Number(failures), msSinceLast: Date.now() - Number(last) };
    },
    recordFailure: async (key) => {
      await redis
        .multi()
        .hincrby(k(key), 'failures', 1)
        .hset(k(key), 'last', String(Date.now()))
        .expire(k(key), FAILURE_MEMORY_SECONDS)
        .exec();
    },
    clear: async (key) => {
      await redis.del(k(key));
    },
    close: () => {
      redis.disconnect();
      return Promise.resolve();
    },
  };
}

/** Counts in PostgreSQL (table sign_in_failures) when there is no Redis: still shared by replicas. */
function databaseStore(db: DataSource): FailureStore {
  return {
    get: async (key) => {
      const rows: { failures: number; ms_since_last: number }[] = await db.query(
        `SELECT failures, (extract(epoch FROM now() - last_failure_at) * 1000)::float8 AS ms_since_last
           FROM sign_in_failures
          WHERE account_hash = $1 AND last_failure_at > now() - make_interval(secs => $2)`,
        [key, FAILURE_MEMORY_SECONDS],
      );
      const row = rows[0];
      return row ? { failures: row.failures, msSinceLast: row.ms_since_last } : null;
    },
    recordFailure: async (key) => {
      await db.query(
        `INSERT INTO sign_in_failures (account_hash, failures, last_failure_at) VALUES ($1, 1, now())
         ON CONFLICT (account_hash) DO UPDATE
           SET failures = CASE WHEN sign_in_failures.last_failure_at > now() - make_interval(secs => $2)
                               THEN sign_in_failures.failures + 1 ELSE 1 END,
               last_failure_at = now()`,
        [key, FAILURE_MEMORY_SECONDS],
      );
    },
    clear: async (key) => {
      await db.query(`DELETE FROM sign_in_failures WHERE account_hash = $1`, [key]);
    },
    close: () => Promise.resolve(),
  };
}

/**
 * Per-account sign-in slow-down (on top of the per-address limit): after five failed sign-ins to
 * one address each attempt must wait twice as long as the one before, at most 15 minutes. It
 * slows guessing from many addresses without banning anyone: the owner can always try again
 * within 15 minutes, and a successful sign-in or a password reset clears the count at once.
 * The same answer is given whether or not the address has an account.
 */
@Injectable()
export class SignInThrottle implements OnModuleDestroy {
  private readonly store: FailureStore;

  constructor(env: EnvDto, db: DataSource) {
    this.store = env.REDIS_URL ? redisStore(env.REDIS_URL) : databaseStore(db);
  }

  /** Refuses with 429 and Retry-After while this account's wait has not passed. */
  async check(email: string): Promise<void> {
    const state = await this.store.get(accountKey(email));
    if (!state) return;
    const waitMs = delayAfter(state.failures) * 1000 - state.msSinceLast;
    if (waitMs <= 0) return;
    const retryAfterSeconds = Math.ceil(waitMs / 1000);
    throw new HttpException(
      {
        message: `Too many failed sign-ins to this account; try again in ${retryAfterSeconds} seconds, or reset your password`,
        code: 'sign_in_slowed',
        retryAfterSeconds,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  recordFailure(email: string): Promise<void> {
    return this.store.recordFailure(accountKey(email));
  }

  clear(email: string): Promise<void> {
    return this.store.clear(accountKey(email));
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }
}

/** The counter's key: a hash of the normalised address, so no email is kept in Redis or the table. */
const accountKey = (email: string): string =>
  createHash('sha256').update(`sign-in:${email.trim().toLowerCase()}`).digest('hex');
