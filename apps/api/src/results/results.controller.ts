import { Access } from '../common/access/access.decorator';
import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
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
import type { Results } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { UuidParam } from '../common/http/params';
import { OverrideAwardDto } from './dto/override-award.dto';
import { ResultsPublishService } from './results-publish.service';
import { ResultsService } from './results.service';
import { ApiReturns } from '../openapi/api-returns';

const SlotParam = () =>
  Param(
    'slot',
    new ParseIntPipe({
      exceptionFactory: () => new BadRequestException('The slot must be a whole number from 0'),
    }),
  );

@ApiTags('results')
@ApiBearerAuth()
@Controller('challenges/:id/results')
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly publisher: ResultsPublishService,
  ) {}

  @Get()
  @Access('results.read', 'id', { anonymous: true })
  @ApiOperation({
    summary:
      'The ranking, prizes and “how the winners were chosen”: public once published; before that the hosting councils’ admins see a live draft (from the start of judging) or the confirmed results',
  })
  @ApiOkResponse({
    description:
      'The results, with status draft, confirmed or published; `stale` when confirmed results’ inputs have changed since (confirm again before publishing)',
  })
  @ApiNotFoundResponse({ description: 'No such challenge, or no published results (for anyone but its admins)' })
  @ApiConflictResponse({ description: 'judging_not_started or no_rubric (admins before confirming)' })
  @ApiReturns(200, 'Results')
  get(@OptionalUser() user: AuthUser | undefined, @UuidParam('id', 'challenge') id: string): Promise<Results> {
    return this.results.get(user, id);
  }

  @Post('awards/:prizeId/:slot/override')
  @Access('challenge.manage', 'id')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Give a prize slot to another shortlisted idea, with a reason that is published (admins, before publishing; clears an earlier confirmation)',
  })
  @ApiOkResponse({ description: 'The draft results with the override' })
  @ApiBadRequestResponse({
    description: 'No reason, a bad id or slot, or an idea not in the ranking (idea_not_shortlisted)',
  })
  @ApiForbiddenResponse({ description: 'You are not an admin of a council hosting this challenge' })
  @ApiNotFoundResponse({ description: 'No such challenge, prize or slot' })
  @ApiConflictResponse({ description: 'results_published (final), judging_not_started or no_rubric' })
  @ApiReturns(200, 'Results')
  override(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @UuidParam('prizeId', 'prize') prizeId: string,
    @SlotParam() slot: number,
    @Body() dto: OverrideAwardDto,
  ): Promise<Results> {
    if (slot < 0) throw new BadRequestException('The slot must be a whole number from 0');
    return this.results.override(user, id, prizeId, slot, dto);
  }

  @Post('confirm')
  @Access('challenge.manage', 'id')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm the results as computed now, with the overrides: they are frozen for publishing (admins)',
  })
  @ApiOkResponse({ description: 'The confirmed results' })
  @ApiForbiddenResponse({ description: 'You are not an admin of a council hosting this challenge' })
  @ApiNotFoundResponse({ description: 'No such challenge' })
  @ApiConflictResponse({ description: 'results_published, judging_not_started, no_rubric or nothing_to_confirm' })
  @ApiReturns(200, 'Results')
  confirm(@CurrentUser() user: AuthUser, @UuidParam('id', 'challenge') id: string): Promise<Results> {
    return this.results.confirm(user, id);
  }

  @Post('publish')
  @Access('challenge.manage', 'id')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Publish the confirmed results: public and final; the winners are emailed (admins). Refused when their inputs changed since the confirmation',
  })
  @ApiOkResponse({ description: 'The published results' })
  @ApiForbiddenResponse({ description: 'You are not an admin of a council hosting this challenge' })
  @ApiNotFoundResponse({ description: 'No such challenge' })
  @ApiConflictResponse({
    description:
      'results_not_confirmed, results_stale (scores, votes, conflicts… changed since confirming: confirm again), results_published or judging_not_started',
  })
  @ApiReturns(200, 'Results')
  publish(@CurrentUser() user: AuthUser, @UuidParam('id', 'challenge') id: string): Promise<Results> {
    return this.publisher.publish(user, id);
  }
}
