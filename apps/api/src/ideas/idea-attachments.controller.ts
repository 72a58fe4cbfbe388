import { Access } from '../common/access/access.decorator';
import { Controller, Delete, Get, HttpCode, Post, Req, Res, StreamableFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Attachment } from '@challenge/contract';
import type { Response } from 'express';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, OptionalUser } from '../common/auth/decorators';
import { IdeaAttachmentsService } from './idea-attachments.service';
import { UuidParam } from '../common/http/params';
import { AttachmentUploadInterceptor, RequestWithFile, ApiFileBody } from '../common/uploads/upload.interceptor';
import { ApiReturns, BINARY } from '../openapi/api-returns';

@ApiTags('ideas')
@ApiBearerAuth()
@Controller()
export class IdeaAttachmentsController {
  constructor(private readonly attachments: IdeaAttachmentsService) {}

  @Post('ideas/:id/attachments')
  @Access('idea.attachment.create', 'id')
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiOperation({ summary: 'Attach an image (PNG, JPEG, GIF, WebP) or a PDF, at most 10 MiB (team, while editable)' })
  @ApiFileBody()
  @ApiCreatedResponse({ description: 'The attachment' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than 10 MiB' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The content is not a PNG, JPEG, GIF, WebP or PDF file' })
  @ApiReturns(201, 'Attachment')
  @ApiNotFoundResponse({ description: 'No such idea, or one you cannot see' })
  @ApiConflictResponse({ description: 'The idea already has the most attachments allowed' })
  upload(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'idea') id: string,
    @Req() req: RequestWithFile,
  ): Promise<Attachment> {
    return this.attachments.upload(user, id, req.file);
  }

  @Get('attachments/:id')
  @Access('attachment.read', 'id', { anonymous: true })
  @ApiOperation({ summary: 'Download an attachment, if you may see its idea' })
  @ApiOkResponse({
    description: 'The file: images inline, PDFs as a download',
    content: Object.fromEntries(
      ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'].map((type) => [type, BINARY]),
    ),
  })
  @ApiNotFoundResponse({ description: 'No such attachment, or its idea is not visible to you' })
  async download(
    @OptionalUser() user: AuthUser | undefined,
    @UuidParam('id', 'attachment') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { stream, attachment } = await this.attachments.download(user, id);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-cache');
    return new StreamableFile(stream, {
      type: attachment.contentType,
      length: attachment.sizeBytes,
      disposition: `${attachment.contentType === 'application/pdf' ? 'attachment' : 'inline'}; filename="${attachment.fileName}"`,
    });
  }

  @Delete('ideas/:id/attachments/:attachmentId')
  @Access('idea.attachment.delete', 'id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an attachment (team, while editable); it is kept, marked deleted' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiConflictResponse({ description: 'The idea can no longer be edited' })
  remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('id', 'idea') id: string,
    @UuidParam('attachmentId', 'attachment') attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(user, id, attachmentId);
  }
}
