import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { VotesController } from './votes.controller';
import { VotesRepository } from './votes.repository';
import { VotesService } from './votes.service';

/** Support voting: votes, allowances and the caller's own votes (secret ballot). */
@Module({
  imports: [ChallengesModule],
  controllers: [VotesController],
  providers: [VotesService, VotesRepository],
})
export class VotesModule {}
