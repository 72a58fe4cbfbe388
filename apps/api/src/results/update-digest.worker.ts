import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { EnvDto } from '../config/env';
import { UpdateDigestService } from './update-digest.service';

export const DIGEST_QUEUE = 'implementation-update-digest';
/** Every quarter of an hour: updates posted in a burst reach their followers as one email. */
export const DIGEST_CRON = '*/15 * * * *';

/**
 * Runs the implementation-update digest on a pg-boss cron schedule. The schedule lives in the
 * database, so with several replicas pg-boss queues one run per slot, and the queue's `stately`
 * policy keeps at most one run queued and one active; the digest itself locks the rows it sends
 * (SKIP LOCKED), so an update is never mailed twice. No timers of our own: pg-boss keeps time.
 * Not started when NODE_ENV=test: tests call UpdateDigestService.sendPending() or start().
 */
@Injectable()
export class UpdateDigestWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(UpdateDigestWorker.name);
  private boss: PgBoss | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly digest: UpdateDigestService,
    private readonly env: EnvDto,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.env.NODE_ENV !== 'test') await this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async start(): Promise<void> {
    if (this.boss) return;
    // The outbox worker's instance maintains pg-boss's tables; this one only keeps the schedule.
    const boss = new PgBoss({ db: { executeSql: (text, values) => this.executeSql(text, values) }, supervise: false });
    boss.on('error', (error) => this.logger.error({ err: error }, 'pg-boss reported an error'));
    await boss.start();
    await boss.createQueue(DIGEST_QUEUE, {
      name: DIGEST_QUEUE,
      policy: 'stately',
      retryLimit: 2,
      expireInSeconds: 600,
    });
    await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, {}, { tz: 'Europe/London' });
    await boss.work(DIGEST_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
      const report = await this.digest.sendPending();
      if (report.updates > 0) {
        this.logger.log(`Implementation digest: ${report.updates} updates to ${report.emails} people`);
      }
    });
    this.boss = boss;
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 15_000, close: false });
  }

  /** pg-boss's database adapter: the app's pool, through TypeORM. */
  private async executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number }> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(text, values, true);
      return { rows: result.records ?? [], rowCount: result.affected };
    } finally {
      await runner.release();
    }
  }
}
