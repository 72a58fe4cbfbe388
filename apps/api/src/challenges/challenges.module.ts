import { Module } from '@nestjs/common';
import { ChallengesController } from './challenges.controller';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesService } from './challenges.service';
import { CLOCK, systemClock } from './clock';

@Module({
  controllers: [ChallengesController],
  providers: [ChallengesService, ChallengesRepository, { provide: CLOCK, useFactory: systemClock }],
  exports: [ChallengesService, CLOCK],
})
export class ChallengesModule {}
