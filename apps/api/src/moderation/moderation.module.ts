import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { ModerationController } from './moderation.controller';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';

/** The councils' moderation queue and moderators' decisions on ideas and comments. */
@Module({
  imports: [CommentsModule],
  controllers: [ModerationController],
  providers: [ModerationService, ModerationRepository],
})
export class ModerationModule {}
