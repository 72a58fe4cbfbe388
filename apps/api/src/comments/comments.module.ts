import { Module } from '@nestjs/common';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { ReportsRepository } from './reports.repository';

/** Comments on ideas and reports of ideas and comments; exports the repositories moderation acts on. */
@Module({
  controllers: [CommentsController],
  providers: [CommentsService, CommentsRepository, ReportsRepository],
  exports: [CommentsRepository, ReportsRepository],
})
export class CommentsModule {}
