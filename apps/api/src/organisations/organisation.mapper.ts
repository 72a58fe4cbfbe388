import type { Organisation, OrganisationMember, OrganisationRole } from '@challenge/contract';
import { oneOf, RowOf } from '../common/sql/typed-query';

export const ORGANISATION_ROW = { id: 'uuid', name: 'text', slug: 'text', created_at: 'timestamptz' } as const;
/** Members are never erased accounts (erasure removes their memberships), so the email is always there. */
export const MEMBER_ROW = {
  user_id: 'uuid',
  display_name: 'text',
  email: 'text',
  role: oneOf<OrganisationRole>('admin', 'moderator'),
  created_at: 'timestamptz',
} as const;
export type OrganisationRow = RowOf<typeof ORGANISATION_ROW>;
export type MemberRow = RowOf<typeof MEMBER_ROW>;

export const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  createdAt: row.created_at.toISOString(),
});

export const toOrganisationMember = (row: MemberRow): OrganisationMember => ({
  userId: row.user_id,
  displayName: row.display_name,
  email: row.email,
  role: row.role,
  addedAt: row.created_at.toISOString(),
});

/** "Kent County Council" → "kent-county-council"; accents are folded, anything else becomes a hyphen. */
export const slugify = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
