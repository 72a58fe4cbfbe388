import { Global, Module } from '@nestjs/common';
import { FILE_STORAGE, LocalDiskStorage } from './file-storage';

/**
 * Where uploaded bytes live, for every feature (idea attachments, challenge covers). Bind
 * FILE_STORAGE to an S3-compatible FileStorage here to leave local disk.
 */
@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, useClass: LocalDiskStorage }],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
