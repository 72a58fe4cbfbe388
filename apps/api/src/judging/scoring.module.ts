import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { AssignmentController } from './assignment.controller';
import { AssignmentRepository } from './assignment.repository';
import { AssignmentService } from './assignment.service';
import { JudgeQueueController } from './judge-queue.controller';
import { ProgressController } from './progress.controller';
import { ProgressRepository } from './progress.repository';
import { ProgressService } from './progress.service';
import { ScoringReopenService } from './scoring-reopen.service';
import { ScoringRepository } from './scoring.repository';
import { ScoringService } from './scoring.service';

/** Judging work: balanced assignments, blind scoring, submission, reopening and progress. */
@Module({
  imports: [ChallengesModule],
  controllers: [JudgeQueueController, AssignmentController, ProgressController],
  providers: [
    AssignmentService,
    AssignmentRepository,
    ScoringService,
    ScoringRepository,
    ScoringReopenService,
    ProgressService,
    ProgressRepository,
  ],
})
export class ScoringModule {}
