import { Access, PublicRoute, SignedIn } from '../common/access/access.decorator';
import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
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
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Challenge, ChallengeSummary, Page, PublishChallengeResponse } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { ChallengesService } from './challenges.service';
import { CreateChallengeDto } from './dto/create-challenge.dto';
import { ListChallengesQueryDto } from './dto/list-challenges.query';
import { UpdateChallengeDto } from './dto/update-challenge.dto';
import { ApiReturns } from '../openapi/api-returns';

const ChallengeId = () =>
  Param(
    'id',
    new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('The challenge id must be a UUID') }),
  );

@ApiTags('challenges')
@ApiBearerAuth()
@Controller('challenges')
export class ChallengesController {
  constructor(private readonly challenges: ChallengesService) {}

  @Post()
  @SignedIn()
  @ApiOperation({ summary: 'Create a draft challenge for a council you administer (optionally co-hosted)' })
  @ApiCreatedResponse({ description: 'The draft challenge' })
  @ApiBadRequestResponse({ description: 'Invalid fields, with a message per field' })
  @ApiForbiddenResponse({ description: 'You are not an admin of the lead council' })
  @ApiNotFoundResponse({ description: 'No council (or co-host) with that id' })
  @ApiReturns(201, 'Challenge')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateChallengeDto): Promise<Challenge> {
    return this.challenges.create(user, dto);
  }

  @Get()
  @PublicRoute()
  @ApiOperation({
    summary:
      'Published challenges (open, upcoming or past), or with mine=true the drafts and challenges of your councils',
  })
  @ApiOkResponse({ description: 'A page of challenge summaries with their state and next stage date' })
  @ApiReturns(200, 'ChallengeSummaryPage')
  @ApiUnauthorizedResponse({ description: 'mine=true without signing in' })
  list(
    @OptionalUser() user: AuthUser | undefined,
    @Query() query: ListChallengesQueryDto,
  ): Promise<Page<ChallengeSummary>> {
    return this.challenges.list(user, query);
  }

  @Get(':id')
  @Access('challenge.read', 'id', { anonymous: true })
  @ApiOperation({ summary: 'A challenge: public once published; drafts only to the hosting councils’ admins' })
  @ApiNotFoundResponse({ description: 'No such challenge, or a draft you cannot see' })
  @ApiReturns(200, 'Challenge')
  get(@OptionalUser() user: AuthUser | undefined, @ChallengeId() id: string): Promise<Challenge> {
    return this.challenges.get(user, id);
  }

  @Patch(':id')
  @Access('challenge.manage', 'id')
  @ApiOperation({ summary: 'Edit a challenge (hosting councils’ admins), within the fairness rules once published' })
  @ApiConflictResponse({
    description: 'A passed date would move, or a fairness field would change without a changeReason',
  })
  @ApiUnprocessableEntityResponse({ description: 'A published challenge would lose one of its published facts' })
  @ApiReturns(200, 'Challenge')
  @ApiNotFoundResponse({ description: 'No such challenge, or a draft you cannot see' })
  update(
    @CurrentUser() user: AuthUser,
    @ChallengeId() id: string,
    @Body() dto: UpdateChallengeDto,
  ): Promise<Challenge> {
    return this.challenges.update(user, id, dto);
  }

  @Post(':id/publish')
  @Access('challenge.manage', 'id')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish a draft once it states its subject, eligibility, how to enter, prizes and how winners are chosen',
  })
  @ApiOkResponse({ description: 'The published challenge, with warnings for empty Welsh texts' })
  @ApiUnprocessableEntityResponse({ description: 'Lists what is missing' })
  @ApiReturns(200, 'PublishChallengeResponse')
  @ApiNotFoundResponse({ description: 'No such challenge, or a draft you cannot see' })
  @ApiConflictResponse({ description: 'The challenge is already published' })
  publish(@CurrentUser() user: AuthUser, @ChallengeId() id: string): Promise<PublishChallengeResponse> {
    return this.challenges.publish(user, id);
  }
}
