import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { PairwiseFlagsRepository } from './pairwise-flags.repository';
import { VoteFlagsController } from './vote-flags.controller';
import { VoteFlagsRepository } from './vote-flags.repository';
import { VoteFlagsService } from './vote-flags.service';
import { VotesController } from './votes.controller';
import { VotesRepository } from './votes.repository';
import { VotesService } from './votes.service';

/** Support voting: votes, allowances, the caller's own votes (secret ballot) and fraud flags (support and pairwise) for admins. */
@Module({
  imports: [ChallengesModule],
  controllers: [VotesController, VoteFlagsController],
  providers: [VotesService, VotesRepository, VoteFlagsService, VoteFlagsRepository, PairwiseFlagsRepository],
})
export class VotesModule {}
