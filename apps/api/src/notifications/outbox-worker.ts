import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { EnvDto } from '../config/env';
import { OutboxDeliveryService } from './outbox-delivery.service';

export const OUTBOX_QUEUE = 'outbox-delivery';
const TICK_MS = 5_000;

/**
 * Runs outbox delivery as a pg-boss job. Every replica asks for a delivery run every few seconds;
 * the queue's `stately` policy keeps at most one run queued and one active across all replicas,
 * and the row claim (FOR UPDATE SKIP LOCKED with a lease) keeps any email from being sent twice.
 * pg-boss talks to the database through the app's own TypeORM pool (its `db` option), so on the
 * embedded single-connection database it queues behind the app's queries instead of opening more.
 * Not started when NODE_ENV=test: tests call OutboxDeliveryService.deliverPending() or start().
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxWorker.name);
  private boss: PgBoss | null = null;
  private tick: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: OutboxDeliveryService,
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
    const boss = new PgBoss({ db: { executeSql: (text, values) => this.executeSql(text, values) }, schedule: false });
    boss.on('error', (error) => this.logger.error({ err: error }, 'pg-boss reported an error'));
    await boss.start();
    await boss.createQueue(OUTBOX_QUEUE, {
      name: OUTBOX_QUEUE,
      policy: 'stately',
      retryLimit: 0,
      expireInSeconds: 300,
    });
    await boss.work(OUTBOX_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
      await this.delivery.deliverPending();
    });
    this.boss = boss;
    await this.requestRun();
    this.tick = setInterval(() => void this.requestRun(), TICK_MS);
    this.tick.unref();
    this.logger.log(
      this.env.SMTP_URL
        ? 'Email delivery started (SMTP)'
        : 'Email capture started (no SMTP_URL: emails stay in the dev mailbox)',
    );
  }

  async stop(): Promise<void> {
    if (this.tick) clearInterval(this.tick);
    this.tick = null;
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 15_000, close: false });
  }

  /** Queues a delivery run unless one is already waiting (the stately policy drops the duplicate). */
  private async requestRun(): Promise<void> {
    try {
      await this.boss?.send(OUTBOX_QUEUE, {});
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not queue an email delivery run');
    }
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
