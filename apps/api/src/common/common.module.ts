import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditService } from '../audit/audit.service';
import { AccessService } from './auth/access.service';
import { AuthGuard } from './auth/auth.guard';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';

@Global()
@Module({
  providers: [
    AccessService,
    AuditService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
  exports: [AccessService, AuditService],
})
export class CommonModule {}
