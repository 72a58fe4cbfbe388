import { DynamicModule, Global, Module } from '@nestjs/common';
import type { EnvDto } from '../config/env';
import { DevMailController } from './dev-mail.controller';
import { MailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { OutboxDeliveryService } from './outbox-delivery.service';
import { OutboxWorker } from './outbox-worker';
import { OutboxRepository } from './outbox.repository';

/** The outbox (MailService, for every feature), its delivery worker and, outside production, the dev mailbox. */
@Global()
@Module({})
export class NotificationsModule {
  static forRoot(env: EnvDto): DynamicModule {
    return {
      module: NotificationsModule,
      controllers: env.isProduction ? [] : [DevMailController],
      providers: [MailService, OutboxRepository, MailTransport, OutboxDeliveryService, OutboxWorker],
      exports: [MailService, OutboxDeliveryService, OutboxWorker],
    };
  }
}
