import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { PairwiseScoresService } from './pairwise-scores.service';
import { PairwiseController } from './pairwise.controller';
import { PairwiseRepository } from './pairwise.repository';
import { PairwiseService } from './pairwise.service';

/** Pairwise voting: serving signed pairs, recording answers, Bradley–Terry scores. */
@Module({
  imports: [ChallengesModule],
  controllers: [PairwiseController],
  providers: [PairwiseService, PairwiseScoresService, PairwiseRepository],
  exports: [PairwiseScoresService],
})
export class PairwiseModule {}
