import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { OutboxRepository } from './outbox.repository';

export type DeliveryReport = { sent: number; captured: number; failedAttempts: number };

const BATCH = 20;

/** Takes due emails from the outbox and sends them over SMTP, or captures them when there is no SMTP. */
@Injectable()
export class OutboxDeliveryService implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDeliveryService.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly transport: MailTransport,
  ) {}

  /** Delivers every email due now, batch by batch; safe to run on several replicas at once. */
  async deliverPending(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, captured: 0, failedAttempts: 0 };
    for (;;) {
      const batch = await this.outbox.claimDue(BATCH);
      for (const email of batch) {
        if (this.transport.capturesOnly) {
          await this.outbox.markCaptured(email.id);
          report.captured++;
          continue;
        }
        try {
          await this.transport.send({ to: email.to_address, subject: email.subject, text: email.body_text });
          await this.outbox.markSent(email.id);
          report.sent++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.logger.warn(
            `Email ${email.id} (${email.template}) not delivered, attempt ${email.attempts + 1}: ${message}`,
          );
          await this.outbox.markAttemptFailed(email.id, message);
          report.failedAttempts++;
        }
      }
      if (batch.length < BATCH) return report;
    }
  }

  /** After the worker has stopped (onModuleDestroy), so no delivery is cut off. */
  onApplicationShutdown(): void {
    this.transport.close();
  }
}
