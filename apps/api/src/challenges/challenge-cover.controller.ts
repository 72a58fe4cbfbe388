import { Access } from '../common/access/access.decorator';
import { Controller, Delete, Get, HttpCode, Put, Req, Res, StreamableFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Challenge } from '@challenge/contract';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { RequestWithFile, uploadInterceptor, ApiFileBody } from '../common/uploads/upload.interceptor';
import { UuidParam } from '../common/http/params';
import { ChallengeCoverService, MAX_COVER_BYTES } from './challenge-cover.service';
import { ApiReturns, BINARY } from '../openapi/api-returns';

@ApiTags('challenges')
@ApiBearerAuth()
@Controller('challenges/:id/cover')
export class ChallengeCoverController {
  constructor(private readonly covers: ChallengeCoverService) {}

  @Put()
  @Access('challenge.manage', 'id')
  @UseInterceptors(uploadInterceptor(MAX_COVER_BYTES, 'a cover image'))
  @ApiOperation({ summary: 'Set the cover image: PNG, JPEG, WebP or GIF, at most 5 MiB (hosting councils’ admins)' })
  @ApiFileBody()
  @ApiOkResponse({ description: 'The challenge with its new coverUrl' })
  @ApiForbiddenResponse({ description: 'You are not an admin of a hosting council' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than 5 MiB' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The content is not a PNG, JPEG, WebP or GIF image' })
  @ApiReturns(200, 'Challenge')
  @ApiNotFoundResponse({ description: 'No such challenge, or one you cannot see' })
  upload(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'challenge') id: string,
    @Req() req: RequestWithFile,
  ): Promise<Challenge> {
    return this.covers.upload(user, id, req.file);
  }

  @Delete()
  @Access('challenge.manage', 'id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the cover image (hosting councils’ admins)' })
  @ApiNoContentResponse({ description: 'Removed, or there was none' })
  remove(@CurrentUser() user: AuthUser, @UuidParam('id', 'challenge') id: string): Promise<void> {
    return this.covers.remove(user, id);
  }

  @Get()
  @Access('challenge.read', 'id', { anonymous: true })
  @ApiOperation({ summary: 'The cover image, to whoever may see the challenge' })
  @ApiOkResponse({
    description: 'The image bytes with their type',
    content: Object.fromEntries(['image/png', 'image/jpeg', 'image/webp', 'image/gif'].map((type) => [type, BINARY])),
  })
  @ApiNotFoundResponse({ description: 'No cover, or a challenge you cannot see' })
  async download(
    @OptionalUser() user: AuthUser | undefined,
    @UuidParam('id', 'challenge') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { stream, contentType } = await this.covers.download(user, id);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'public, max-age=300');
    return new StreamableFile(stream, { type: contentType, disposition: 'inline' });
  }
}
