import { SignedIn } from '../common/access/access.decorator';
import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Patch, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { DataExport, Me } from '@challenge/contract';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { EnvDto } from '../config/env';
import { DataExportDto, MeDto } from './dto/responses.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { MeService } from './me.service';
import { clearSessionCookies } from './session-cookies';
import { ApiReturns } from '../openapi/api-returns';

@ApiTags('me')
@ApiBearerAuth()
@ApiCookieAuth('sid')
@Controller({ path: 'me', version: '1' })
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly env: EnvDto,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in account, with its council memberships' })
  @ApiOkResponse({ type: MeDto })
  @ApiReturns(200, 'Me')
  get(@CurrentUser() user: AuthUser): Promise<Me> {
    return this.me.get(user.id);
  }

  @Patch()
  @SignedIn()
  @ApiOperation({ summary: 'Change the display name or language' })
  @ApiOkResponse({ type: MeDto })
  @ApiReturns(200, 'Me')
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<Me> {
    return this.me.update(user.id, dto);
  }

  @Get('export')
  @SignedIn()
  @Header('Content-Disposition', 'attachment; filename="my-data.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Download everything held about you (JSON)' })
  @ApiOkResponse({ type: DataExportDto })
  @ApiReturns(200, 'DataExport')
  export(@CurrentUser() user: AuthUser): Promise<DataExport> {
    return this.me.export(user.id);
  }

  @Delete()
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Erase your account: personal data is removed and you are signed out everywhere' })
  @ApiNoContentResponse({ description: 'Erased' })
  @ApiConflictResponse({ description: 'You are the only admin of a council: make someone else admin first' })
  async erase(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.me.erase(user.id);
    clearSessionCookies(res, this.env.isProduction);
  }
}
