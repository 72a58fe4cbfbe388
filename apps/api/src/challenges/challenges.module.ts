import { Module } from '@nestjs/common';
import { ChallengeCoverController } from './challenge-cover.controller';
import { ChallengeCoverService } from './challenge-cover.service';
import { ChallengesController } from './challenges.controller';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesService } from './challenges.service';

@Module({
  controllers: [ChallengesController, ChallengeCoverController],
  providers: [ChallengesService, ChallengeCoverService, ChallengesRepository],
  exports: [ChallengesService],
})
export class ChallengesModule {}
