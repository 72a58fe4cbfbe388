import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An optional cover image per challenge: the bytes live in file storage under
 * cover_storage_key; the type is one of the four image types the API detects by content; the
 * alt texts may be empty (a decorative image).
 */
export class ChallengeCover1795730000000 implements MigrationInterface {
  name = 'ChallengeCover1795730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE challenges
        ADD COLUMN cover_storage_key text,
        ADD COLUMN cover_content_type text
          CONSTRAINT challenges_cover_content_type_check
          CHECK (cover_content_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
        ADD COLUMN cover_alt text,
        ADD COLUMN cover_alt_cy text,
        ADD CONSTRAINT challenges_cover_complete_check
          CHECK ((cover_storage_key IS NULL) = (cover_content_type IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE challenges
        DROP CONSTRAINT challenges_cover_complete_check,
        DROP COLUMN cover_alt_cy,
        DROP COLUMN cover_alt,
        DROP COLUMN cover_content_type,
        DROP COLUMN cover_storage_key`);
  }
}
