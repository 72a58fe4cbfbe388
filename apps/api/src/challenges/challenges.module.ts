import { Module } from '@nestjs/common';
import { ChallengeCoverController } from './challenge-cover.controller';
import { ChallengeCoverService } from './challenge-cover.service';
import { ChallengesController } from './challenges.controller';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesService } from './challenges.service';
import { CLOCK, systemClock } from '../common/clock';

@Module({
  controllers: [ChallengesController, ChallengeCoverController],
  providers: [
    ChallengesService,
    ChallengeCoverService,
    ChallengesRepository,
    { provide: CLOCK, useFactory: systemClock },
  ],
  exports: [ChallengesService, CLOCK],
})
export class ChallengesModule {}
