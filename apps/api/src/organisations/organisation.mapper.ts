import type { Organisation, OrganisationMember, OrganisationRole } from '@challenge/contract';

export type OrganisationRow = { id: string; name: string; slug: string; created_at: Date };
export type MemberRow = {
  user_id: string;
  display_name: string;
  email: string;
  role: OrganisationRole;
  created_at: Date;
};

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
