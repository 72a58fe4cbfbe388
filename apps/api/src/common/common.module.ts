import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditService } from '../audit/audit.service';
import { AccessGuard } from './access/access.guard';
import { AccessRepository } from './access/access.repository';
import { AccessService } from './access/access.service';
import { AuthGuard } from './auth/auth.guard';
import { CLOCK, systemClock } from './clock';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';

@Global()
@Module({
  providers: [
    AccessRepository,
    AccessService,
    AuditService,
    { provide: CLOCK, useFactory: systemClock },
    // Global guards run in this order: who is calling, then what they may do to the route's object.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
  exports: [AccessService, AuditService, CLOCK],
})
export class CommonModule {}
