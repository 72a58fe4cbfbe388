import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { PairwiseModule } from '../pairwise/pairwise.module';
import { ConflictsController } from './conflicts.controller';
import { ConflictsRepository } from './conflicts.repository';
import { ConflictsService } from './conflicts.service';
import { JudgesController } from './judges.controller';
import { JudgesRepository } from './judges.repository';
import { JudgesService } from './judges.service';
import { PanelRepository } from './panel.repository';
import { RubricController } from './rubric.controller';
import { RubricRepository } from './rubric.repository';
import { RubricService } from './rubric.service';
import { ShortlistController } from './shortlist.controller';
import { ShortlistNotifier } from './shortlist-notifier.service';
import { ShortlistRepository } from './shortlist.repository';
import { ShortlistService } from './shortlist.service';

/**
 * The judging panel: shortlist, rubric, judge invitations and conflicts of interest. Who may act
 * is the access layer's (judging.panel, judging.judge, challenge.manage); exports RubricRepository
 * (the criteria) for the scoring and results features.
 */
@Module({
  imports: [ChallengesModule, PairwiseModule],
  controllers: [ShortlistController, RubricController, JudgesController, ConflictsController],
  providers: [
    PanelRepository,
    ShortlistRepository,
    ShortlistNotifier,
    ShortlistService,
    RubricRepository,
    RubricService,
    JudgesRepository,
    JudgesService,
    ConflictsRepository,
    ConflictsService,
  ],
  exports: [RubricRepository],
})
export class PanelModule {}
