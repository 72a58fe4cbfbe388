import { Access } from '../common/access/access.decorator';
import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Rubric } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { SetRubricDto } from './dto/rubric.dto';
import { RubricService } from './rubric.service';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('challenges/:id/rubric')
export class RubricController {
  constructor(private readonly rubric: RubricService) {}

  @Get()
  @Access('challenge.read', 'id', { anonymous: true })
  @ApiOperation({ summary: 'The judging criteria, published with the challenge; `frozen` once judging has opened' })
  @ApiOkResponse({ description: 'The criteria in order (empty when none are set yet)' })
  @ApiNotFoundResponse({ description: 'No such published challenge' })
  @ApiReturns(200, 'Rubric')
  get(@OptionalUser() user: AuthUser | undefined, @UuidParam('id', 'challenge') id: string): Promise<Rubric> {
    return this.rubric.get(user, id);
  }

  @Put()
  @Access('challenge.manage', 'id')
  @ApiOperation({
    summary: 'Replace the rubric: 1–12 criteria with unique names, whole-number ranges and positive weights (admins)',
  })
  @ApiOkResponse({ description: 'The rubric as saved (audited)' })
  @ApiBadRequestResponse({ description: 'A criterion field is missing or wrong; the message names it' })
  @ApiForbiddenResponse({ description: 'Only admins of the hosting councils' })
  @ApiNotFoundResponse({ description: 'No such challenge' })
  @ApiConflictResponse({ description: 'Judging has opened, so the rubric is frozen (rubric_frozen)' })
  @ApiReturns(200, 'Rubric')
  set(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Body() dto: SetRubricDto,
  ): Promise<Rubric> {
    return this.rubric.set(user, id, dto);
  }
}
