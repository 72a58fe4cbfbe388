import { Module } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { SignInThrottle } from './sign-in-throttle';

/** Accounts: registration, verification, sign-in, password reset, profile, export and erasure. */
@Module({
  controllers: [AuthController, MeController],
  providers: [AccountsRepository, AuthService, MeService, AdminBootstrapService, SignInThrottle],
  exports: [AccountsRepository],
})
export class AccountsModule {}
