export type OrganisationRole = 'admin' | 'moderator';

export type CreateOrganisationRequest = { name: string; slug?: string };
export type AddMemberRequest = { email: string; role: OrganisationRole };

export type Organisation = { id: string; name: string; slug: string; createdAt: string };

export type OrganisationMember = {
  userId: string;
  displayName: string;
  email: string;
  role: OrganisationRole;
  addedAt: string;
};

export type AuditEntry = {
  id: string;
  occurredAt: string;
  actor: { id: string; displayName: string } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown>;
};
