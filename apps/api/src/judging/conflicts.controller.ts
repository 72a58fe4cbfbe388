import { Access } from '../common/access/access.decorator';
import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Conflict } from '@challenge/contract';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { ConflictsService } from './conflicts.service';
import { DeclareConflictDto } from './dto/conflict.dto';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('challenges/:id/conflicts')
export class ConflictsController {
  constructor(private readonly conflicts: ConflictsService) {}

  @Post()
  @Access('judging.panel', 'id')
  @ApiOperation({
    summary:
      'Declare a conflict of interest (a judge, for themselves) or record one for a judge (admins, with judgeId); audited',
  })
  @ApiCreatedResponse({
    description: 'Recorded; any assignment of that idea to the judge is removed, with its scores (audited)',
  })
  @ApiOkResponse({ description: 'Already recorded for this judge and idea; nothing changed' })
  @ApiBadRequestResponse({
    description: 'Missing reason, an idea of another challenge, or judgeId not on the panel (code)',
  })
  @ApiForbiddenResponse({ description: 'Not a judge of this challenge (not_on_panel) or not an admin of it' })
  @ApiNotFoundResponse({ description: 'No such challenge' })
  @ApiConflictResponse({
    description:
      'Results are published (judging_over), or a judge declaring on an idea whose scores they submitted (assignment_submitted: an admin records it)',
  })
  @ApiReturns([200, 201], 'Conflict')
  async declare(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Body() dto: DeclareConflictDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Conflict> {
    const { created, conflict } = await this.conflicts.declare(user, id, dto);
    res.status(created ? 201 : 200);
    return conflict;
  }

  @Get()
  @Access('judging.panel', 'id')
  @ApiOperation({ summary: 'Conflicts of interest: all of them for admins, a judge’s own for a judge' })
  @ApiOkResponse({ description: 'The conflicts, oldest first' })
  @ApiForbiddenResponse({ description: 'Neither an admin nor a judge of this challenge' })
  @ApiNotFoundResponse({ description: 'No such challenge' })
  @ApiReturns(200, 'Conflict[]')
  list(@CurrentUser() user: AuthUser, @UuidParam('id', 'challenge') id: string): Promise<Conflict[]> {
    return this.conflicts.list(user, id);
  }
}
