import {
  applyDecorators,
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  mixin,
  NestInterceptor,
  PayloadTooLargeException,
  Type,
} from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import type { Observable } from 'rxjs';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type UploadedAttachment = { originalname: string; buffer: Buffer; size: number };
export type RequestWithFile = Request & { file?: UploadedAttachment };

/**
 * An interceptor that reads one multipart field `file` into memory (at most `maxBytes`), with
 * clear messages for every refusal; `what` names the file in the size message ("an attachment").
 */
export function uploadInterceptor(maxBytes: number, what: string): Type<NestInterceptor> {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 10 },
  }).single('file');
  const limit = `${maxBytes / (1024 * 1024)} MiB`;

  @Injectable()
  class UploadInterceptor implements NestInterceptor {
    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const http = context.switchToHttp();
      const request = http.getRequest<Request>();
      if (!request.is('multipart/form-data')) {
        throw new BadRequestException('Send the file as multipart/form-data in a field named "file"');
      }
      await new Promise<void>((ok, fail) => {
        upload(request, http.getResponse<Response>(), (error: unknown) =>
          error ? fail(toHttpError(error, `The file is larger than ${limit}, the most ${what} can be`)) : ok(),
        );
      });
      return next.handle();
    }
  }
  return mixin(UploadInterceptor);
}

/** Idea attachments: at most 10 MiB. */
export const AttachmentUploadInterceptor = uploadInterceptor(MAX_ATTACHMENT_BYTES, 'an attachment');

function toHttpError(error: unknown, tooLarge: string): Error {
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new PayloadTooLargeException({
        message: tooLarge,
        code: 'file_too_large',
      });
    }
    if (error.code === 'LIMIT_UNEXPECTED_FILE' || error.code === 'LIMIT_FILE_COUNT') {
      return new BadRequestException('Send exactly one file, in a multipart field named "file"');
    }
    return new BadRequestException(`The upload could not be read: ${error.message}`);
  }
  return new BadRequestException('The upload could not be read as multipart/form-data');
}

/** OpenAPI for a route taking one multipart field `file` (use with uploadInterceptor). */
export const ApiFileBody = (): MethodDecorator =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
    }),
  );
