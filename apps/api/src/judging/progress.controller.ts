import { Access } from '../common/access/access.decorator';
import { Controller, Get } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { JudgingProgress } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { ProgressService } from './progress.service';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('challenges/:id/judging-progress')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get()
  @Access('challenge.manage', 'id')
  @ApiOperation({ summary: 'Judging progress (hosting councils’ admins): per judge and per idea, who has scored what' })
  @ApiOkResponse({ description: 'Per judge: assigned, in progress and submitted; per idea: each judge’s status' })
  @ApiForbiddenResponse({ description: 'You are not an admin of a hosting council' })
  @ApiNotFoundResponse({ description: 'No such challenge, or a draft you cannot see' })
  @ApiReturns(200, 'JudgingProgress')
  get(@CurrentUser() user: AuthUser, @UuidParam('id', 'challenge') id: string): Promise<JudgingProgress> {
    return this.progress.progress(user, id);
  }
}
