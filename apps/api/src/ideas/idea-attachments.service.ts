import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Attachment } from '@challenge/contract';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { CLOCK, Clock } from '../common/clock';
import type { AuthUser } from '../common/auth/auth-user';
import { FILE_STORAGE, FileStorage, storageKey } from '../storage/file-storage';
import { detectAttachmentType, sanitiseFileName } from '../common/uploads/file-type';
import { IdeaLoader } from './idea-loader.service';
import { IdeaAttachmentEntity } from './idea.entity';
import { toAttachment } from './idea.mapper';
import type { UploadedAttachment } from '../common/uploads/upload.interceptor';

export const MAX_ATTACHMENTS = 10;
const REFUSED_TYPE = 'Only PNG, JPEG, GIF, WebP images and PDF files can be attached';

export type AttachmentDownload = { stream: Readable; attachment: IdeaAttachmentEntity };

/** Attachments: uploaded by the team while the idea is editable, served to whoever may see the idea. */
@Injectable()
export class IdeaAttachmentsService {
  private readonly logger = new Logger(IdeaAttachmentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly ideas: IdeaLoader,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async upload(user: AuthUser, ideaId: string, file: UploadedAttachment | undefined): Promise<Attachment> {
    const ctx = await this.ideas.loadFor(user, 'idea.attachment.create', ideaId);
    this.ideas.requireEditable(ctx, this.clock.now());
    if (!file || file.size === 0)
      throw new BadRequestException('Attach a non-empty file in the multipart field "file"');
    const contentType = detectAttachmentType(file.buffer);
    if (!contentType) throw new UnsupportedMediaTypeException({ message: REFUSED_TYPE, code: 'file_type_refused' });

    const id = randomUUID();
    const key = storageKey(ideaId, id);
    await this.storage.put(key, file.buffer, contentType);
    try {
      await this.dataSource.transaction(async (m) => {
        await this.ideas.load(ideaId, user, m, true); // locks the idea row: the count below cannot race
        const count = await m
          .createQueryBuilder(IdeaAttachmentEntity, 'a')
          .where('a.idea_id = :ideaId AND a.deleted_at IS NULL', { ideaId })
          .getCount();
        if (count >= MAX_ATTACHMENTS) {
          throw new ConflictException({
            message: `An idea can have at most ${MAX_ATTACHMENTS} attachments; remove one first`,
            code: 'too_many_attachments',
          });
        }
        await m.insert(IdeaAttachmentEntity, {
          id,
          ideaId,
          uploadedBy: user.id,
          storageKey: key,
          fileName: sanitiseFileName(file.originalname, contentType),
          contentType,
          sizeBytes: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
        });
      });
    } catch (error) {
      await this.storage.delete(key).catch((e: unknown) => this.logger.warn({ err: e, key }, 'Orphan upload left'));
      throw error;
    }
    const saved = await this.dataSource.manager.findOneByOrFail(IdeaAttachmentEntity, { id });
    return toAttachment(saved);
  }

  /** The file, if the caller may see its idea (404 otherwise, as for the idea). */
  async download(user: AuthUser | undefined, attachmentId: string): Promise<AttachmentDownload> {
    const attachment = await this.dataSource.manager.findOneBy(IdeaAttachmentEntity, { id: attachmentId });
    if (!attachment || attachment.deletedAt !== null) throw new NotFoundException('No attachment with that id');
    await this.ideas.load(attachment.ideaId, user).catch((error: unknown) => {
      throw error instanceof NotFoundException ? new NotFoundException('No attachment with that id') : error;
    });
    try {
      return { stream: await this.storage.get(attachment.storageKey), attachment };
    } catch (error) {
      this.logger.error({ err: error, key: attachment.storageKey }, 'Attachment bytes missing from storage');
      throw new NotFoundException('The file of this attachment is missing');
    }
  }

  /** Soft delete: the row stays (with deleted_at); the bytes stay for the audit trail of moderation. */
  async remove(user: AuthUser, ideaId: string, attachmentId: string): Promise<void> {
    const now = this.clock.now();
    const ctx = await this.ideas.loadFor(user, 'idea.attachment.delete', ideaId);
    this.ideas.requireEditable(ctx, now);
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(IdeaAttachmentEntity)
      .set({ deletedAt: now })
      .where('id = :attachmentId AND idea_id = :ideaId AND deleted_at IS NULL', { attachmentId, ideaId })
      .execute();
    if (!result.affected) throw new NotFoundException('No attachment with that id on this idea');
  }
}
