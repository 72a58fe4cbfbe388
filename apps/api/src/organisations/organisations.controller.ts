import { Access, PublicRoute } from '../common/access/access.decorator';
import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuditEntry, Organisation, OrganisationMember, Page } from '@challenge/contract';
import { AuditLogQueryDto } from '../audit/dto/audit-log-query.dto';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { AddMemberDto } from './dto/add-member.dto';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { OrganisationsService } from './organisations.service';
import { ApiReturns } from '../openapi/api-returns';

const uuidParam = (name: string, what: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`${what} must be a UUID`) }));
const OrganisationId = () => uuidParam('id', 'The organisation id');

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @Access('organisation.create')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a council (platform admins)' })
  @ApiCreatedResponse({ description: 'The council was created' })
  @ApiForbiddenResponse({ description: 'Only a platform admin can create a council' })
  @ApiConflictResponse({ description: 'The name or slug is already in use' })
  @ApiReturns(201, 'Organisation')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrganisationDto): Promise<Organisation> {
    return this.organisations.create(user, dto);
  }

  @Get()
  @PublicRoute()
  @ApiOperation({ summary: 'Every council on the platform' })
  @ApiOkResponse({ description: 'Every council, by name' })
  @ApiReturns(200, 'Organisation[]')
  list(): Promise<Organisation[]> {
    return this.organisations.list();
  }

  @Get(':id')
  @PublicRoute()
  @ApiOperation({ summary: 'One council' })
  @ApiOkResponse({ description: 'One council' })
  @ApiNotFoundResponse({ description: 'No organisation with that id' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiReturns(200, 'Organisation')
  get(@OrganisationId() id: string): Promise<Organisation> {
    return this.organisations.get(id);
  }

  @Get(':id/members')
  @Access('organisation.manage', 'id')
  @ApiBearerAuth()
  @ApiOperation({ summary: "A council's admins and moderators (the council's admins)" })
  @ApiOkResponse({ description: "The council's admins and moderators" })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: "Only the council's admins or a platform admin" })
  @ApiReturns(200, 'OrganisationMember[]')
  listMembers(@CurrentUser() user: AuthUser, @OrganisationId() id: string): Promise<OrganisationMember[]> {
    return this.organisations.listMembers(user, id);
  }

  @Post(':id/members')
  @Access('organisation.manage', 'id')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Add a person to a council as admin or moderator, or change their role' })
  @ApiCreatedResponse({ description: 'The person was added' })
  @ApiOkResponse({ description: 'The person was already a member; their role is now the one given' })
  @ApiNotFoundResponse({ description: 'No account uses that email, or no such organisation' })
  @ApiForbiddenResponse({ description: "Only the council's admins or a platform admin" })
  @ApiConflictResponse({ description: 'The change would leave the council without an admin' })
  @ApiReturns([200, 201], 'OrganisationMember')
  async addMember(
    @CurrentUser() user: AuthUser,
    @OrganisationId() id: string,
    @Body() dto: AddMemberDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<OrganisationMember> {
    const { member, created } = await this.organisations.addMember(user, id, dto);
    res.status(created ? 201 : 200);
    return member;
  }

  @Delete(':id/members/:userId')
  @Access('organisation.manage', 'id')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Remove a person from a council' })
  @ApiNoContentResponse({ description: 'The person is no longer a member' })
  @ApiConflictResponse({ description: 'The last admin cannot be removed' })
  removeMember(
    @CurrentUser() user: AuthUser,
    @OrganisationId() id: string,
    @uuidParam('userId', 'The user id') userId: string,
  ): Promise<void> {
    return this.organisations.removeMember(user, id, userId);
  }

  @Get(':id/audit-log')
  @Access('organisation.manage', 'id')
  @ApiBearerAuth()
  @ApiOperation({ summary: "A council's audit log, a page at a time" })
  @ApiOkResponse({ description: "The council's audit log, newest first" })
  @ApiForbiddenResponse({ description: "Only the council's admins or a platform admin" })
  @ApiReturns(200, 'AuditEntryPage')
  auditLog(
    @CurrentUser() user: AuthUser,
    @OrganisationId() id: string,
    @Query() query: AuditLogQueryDto,
  ): Promise<Page<AuditEntry>> {
    return this.organisations.auditLog(user, id, query);
  }
}
