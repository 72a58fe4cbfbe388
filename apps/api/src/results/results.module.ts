import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { PairwiseModule } from '../pairwise/pairwise.module';
import { ImplementationUpdatesController } from './implementation-updates.controller';
import { ImplementationUpdatesRepository } from './implementation-updates.repository';
import { ImplementationUpdatesService } from './implementation-updates.service';
import { OpenDataController } from './open-data.controller';
import { ResultsLoader } from './results-loader.service';
import { ResultsCalculator } from './results-calculator.service';
import { ResultsPublishService } from './results-publish.service';
import { ResultsController } from './results.controller';
import { ResultsRepository } from './results.repository';
import { ResultsService } from './results.service';
import { UpdateDigestService } from './update-digest.service';
import { UpdateDigestWorker } from './update-digest.worker';

/** Results: panel and combined ranking, prize allocation, publishing, open data and implementation updates. */
@Module({
  imports: [ChallengesModule, PairwiseModule],
  controllers: [ResultsController, OpenDataController, ImplementationUpdatesController],
  providers: [
    ResultsService,
    ResultsPublishService,
    ResultsLoader,
    ResultsCalculator,
    ResultsRepository,
    ImplementationUpdatesService,
    ImplementationUpdatesRepository,
    UpdateDigestService,
    UpdateDigestWorker,
  ],
  exports: [UpdateDigestService, UpdateDigestWorker, ResultsRepository, ResultsCalculator],
})
export class ResultsModule {}
