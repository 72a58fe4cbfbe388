import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import type { Observable } from 'rxjs';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 10 },
}).single('file');

export type UploadedAttachment = { originalname: string; buffer: Buffer; size: number };
export type RequestWithFile = Request & { file?: UploadedAttachment };

/** Reads one multipart field `file` into memory (at most 10 MiB), with clear messages for every refusal. */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    if (!request.is('multipart/form-data')) {
      throw new BadRequestException('Send the file as multipart/form-data in a field named "file"');
    }
    await new Promise<void>((ok, fail) => {
      upload(request, http.getResponse<Response>(), (error: unknown) => (error ? fail(toHttpError(error)) : ok()));
    });
    return next.handle();
  }
}

function toHttpError(error: unknown): Error {
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') {
      return new PayloadTooLargeException({
        message: 'The file is larger than 10 MiB, the most an attachment can be',
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
