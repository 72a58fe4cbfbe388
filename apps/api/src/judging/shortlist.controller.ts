import { Access } from '../common/access/access.decorator';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
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
import type { Shortlist, ShortlistProposal } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { SetShortlistDto, ShortlistProposalDto } from './dto/shortlist.dto';
import { ShortlistService } from './shortlist.service';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('challenges/:id/shortlist')
export class ShortlistController {
  constructor(private readonly shortlist: ShortlistService) {}

  @Get()
  @Access('judging.shortlist.read', 'id', { anonymous: true })
  @ApiOperation({
    summary:
      'The shortlist: admins see it as saved, judges without ideas they are conflicted on, everyone once confirmed',
  })
  @ApiOkResponse({ description: 'The shortlisted ideas in order, and when the shortlist was confirmed' })
  @ApiNotFoundResponse({
    description: 'No such challenge, or the shortlist is not confirmed yet (shortlist_not_confirmed)',
  })
  @ApiReturns(200, 'Shortlist')
  get(@OptionalUser() user: AuthUser | undefined, @UuidParam('id', 'challenge') id: string): Promise<Shortlist> {
    return this.shortlist.get(user, id);
  }

  @Post('proposal')
  @Access('challenge.manage', 'id')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Propose a shortlist by rule: top N by votes or by pairwise score, overall or per category (admins; not saved)',
  })
  @ApiOkResponse({ description: 'The proposed ideas in order' })
  @ApiBadRequestResponse({ description: 'Unknown rule, or count not between 1 and 100' })
  @ApiForbiddenResponse({ description: 'Only admins of the hosting councils' })
  @ApiConflictResponse({ description: 'No pairwise voting (pairwise_not_enabled) or no categories (no_categories)' })
  @ApiReturns(200, 'ShortlistProposal')
  propose(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Body() dto: ShortlistProposalDto,
  ): Promise<ShortlistProposal> {
    return this.shortlist.propose(user, id, dto);
  }

  @Put()
  @Access('challenge.manage', 'id')
  @ApiOperation({
    summary:
      'Set the shortlist, and optionally confirm it (audited; authors and co-authors are emailed). It can change until judges are assigned',
  })
  @ApiOkResponse({ description: 'The shortlist as saved' })
  @ApiBadRequestResponse({
    description: 'Not a list of distinct idea ids, or an idea of another challenge (idea_not_in_challenge)',
  })
  @ApiForbiddenResponse({ description: 'Only admins of the hosting councils' })
  @ApiNotFoundResponse({ description: 'No such challenge' })
  @ApiConflictResponse({
    description:
      'idea_not_listed, shortlist_locked (judges assigned), shortlist_too_early, shortlist_empty or rubric_missing (code)',
  })
  @ApiReturns(200, 'Shortlist')
  set(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Body() dto: SetShortlistDto,
  ): Promise<Shortlist> {
    return this.shortlist.set(user, id, dto);
  }
}
