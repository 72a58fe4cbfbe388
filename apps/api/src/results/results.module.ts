import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { ImplementationUpdatesController } from './implementation-updates.controller';
import { ImplementationUpdatesRepository } from './implementation-updates.repository';
import { ImplementationUpdatesService } from './implementation-updates.service';
import { UpdateDigestService } from './update-digest.service';
import { UpdateDigestWorker } from './update-digest.worker';

/** Results: panel and combined ranking, prize allocation, publishing, open data and implementation updates. */
@Module({
  imports: [ChallengesModule],
  controllers: [ImplementationUpdatesController],
  providers: [ImplementationUpdatesService, ImplementationUpdatesRepository, UpdateDigestService, UpdateDigestWorker],
  exports: [UpdateDigestService, UpdateDigestWorker],
})
export class ResultsModule {}
