import {
  BadRequestException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Challenge } from '@challenge/contract';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { detectAttachmentType } from '../common/uploads/file-type';
import type { UploadedAttachment } from '../common/uploads/upload.interceptor';
import { coverStorageKey, FILE_STORAGE, FileStorage } from '../storage/file-storage';
import type { CoverContentType } from './challenge.entity';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesService } from './challenges.service';
import { CLOCK, Clock } from '../common/clock';

export const MAX_COVER_BYTES = 5 * 1024 * 1024;
const COVER_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const REFUSED_TYPE = 'A cover image must be a PNG, JPEG, WebP or GIF image';

export type CoverDownload = { stream: Readable; contentType: CoverContentType };

/** The cover image: set and removed by the hosting councils' admins, served to whoever may see the challenge. */
@Injectable()
export class ChallengeCoverService {
  private readonly logger = new Logger(ChallengeCoverService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly repo: ChallengesRepository,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async upload(user: AuthUser, id: string, file: UploadedAttachment | undefined): Promise<Challenge> {
    const current = await this.challenges.requireManageable(user, id, this.clock.now());
    if (!file || file.size === 0)
      throw new BadRequestException('Attach a non-empty image in the multipart field "file"');
    const contentType = detectAttachmentType(file.buffer);
    if (!contentType || !COVER_TYPES.includes(contentType)) {
      throw new UnsupportedMediaTypeException({ message: REFUSED_TYPE, code: 'file_type_refused' });
    }
    const key = coverStorageKey(id, randomUUID());
    await this.storage.put(key, file.buffer, contentType);
    try {
      await this.dataSource.transaction(async (m) => {
        await this.repo.update(id, { coverStorageKey: key, coverContentType: contentType as CoverContentType }, m);
        await this.audit.record(
          {
            actorUserId: user.id,
            organisationId: current.organisationId,
            action: 'challenge.cover_changed',
            targetType: 'challenge',
            targetId: id,
            details: { contentType, sizeBytes: file.size, replaced: current.coverStorageKey !== null },
          },
          m,
        );
      });
    } catch (error) {
      await this.discard(key);
      throw error;
    }
    if (current.coverStorageKey) await this.discard(current.coverStorageKey);
    return this.challenges.get(user, id);
  }

  /** Removes the cover; nothing to do (still 204) when there is none. */
  async remove(user: AuthUser, id: string): Promise<void> {
    const current = await this.challenges.requireManageable(user, id, this.clock.now());
    if (!current.coverStorageKey) return;
    await this.dataSource.transaction(async (m) => {
      await this.repo.update(id, { coverStorageKey: null, coverContentType: null }, m);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId: current.organisationId,
          action: 'challenge.cover_removed',
          targetType: 'challenge',
          targetId: id,
          details: { contentType: current.coverContentType },
        },
        m,
      );
    });
    await this.discard(current.coverStorageKey);
  }

  /** The cover's bytes, if the caller may see the challenge (404 otherwise, or when it has no cover). */
  async download(user: AuthUser | undefined, id: string): Promise<CoverDownload> {
    const { challenge } = await this.challenges.requireVisible(user, id);
    if (!challenge.coverStorageKey || !challenge.coverContentType) {
      throw new NotFoundException('This challenge has no cover image');
    }
    try {
      return { stream: await this.storage.get(challenge.coverStorageKey), contentType: challenge.coverContentType };
    } catch (error) {
      this.logger.error({ err: error, key: challenge.coverStorageKey }, 'Cover image bytes missing from storage');
      throw new NotFoundException('The cover image file is missing');
    }
  }

  private async discard(key: string): Promise<void> {
    await this.storage.delete(key).catch((e: unknown) => this.logger.warn({ err: e, key }, 'Orphan cover file left'));
  }
}
