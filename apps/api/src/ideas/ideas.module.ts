import { Module } from '@nestjs/common';
import { ChallengesModule } from '../challenges/challenges.module';
import { IdeaLoader } from './idea-loader.service';
import { IdeaAttachmentsController } from './idea-attachments.controller';
import { IdeaAttachmentsService } from './idea-attachments.service';
import { IdeaTeamController } from './idea-team.controller';
import { IdeaTeamRepository } from './idea-team.repository';
import { IdeaTeamService } from './idea-team.service';
import { IdeasController } from './ideas.controller';
import { IdeasRepository } from './ideas.repository';
import { IdeasService } from './ideas.service';

/** Ideas, their teams and attachments; the bytes go to FILE_STORAGE (StorageModule). */
@Module({
  imports: [ChallengesModule],
  controllers: [IdeasController, IdeaTeamController, IdeaAttachmentsController],
  providers: [IdeasService, IdeasRepository, IdeaLoader, IdeaTeamService, IdeaTeamRepository, IdeaAttachmentsService],
  exports: [IdeaLoader],
})
export class IdeasModule {}
