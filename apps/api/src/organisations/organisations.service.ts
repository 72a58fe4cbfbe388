import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { AuditEntry, Organisation, OrganisationMember, Page } from '@challenge/contract';
import { AuditService, PageRequest } from '../audit/audit.service';
import { AccessService } from '../common/access/access.service';
import type { AuthUser } from '../common/auth/auth-user';
import { EnvDto } from '../config/env';
import { MailService } from '../notifications/mail.service';
import { AddMemberDto } from './dto/add-member.dto';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { MemberRow, OrganisationRow, slugify, toOrganisation, toOrganisationMember } from './organisation.mapper';
import { membershipMail } from './organisation-emails';
import { OrganisationsRepository } from './organisations.repository';

export type MemberChange = { member: OrganisationMember; created: boolean };

export const UNKNOWN_MEMBER_EMAIL = 'No account uses that email; ask them to register first';
export const LAST_ADMIN = 'An organisation must keep at least one admin; make someone else an admin first';

/** Councils and their members: who may create them, and who may change who runs them. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly env: EnvDto,
  ) {}

  async create(user: AuthUser, dto: CreateOrganisationDto): Promise<Organisation> {
    await this.access.requireAccess(user, 'organisation.create', []);
    const slug = dto.slug ?? slugify(dto.name);
    if (slug.length < 2)
      throw new BadRequestException('Give a slug: the name has too few letters or digits to derive one');
    try {
      const row = await this.dataSource.transaction(async (m) => {
        const created = await this.organisations.insert(m, { name: dto.name, slug, createdByUserId: user.id });
        await this.audit.record(
          {
            actorUserId: user.id,
            organisationId: created.id,
            action: 'organisation.created',
            targetType: 'organisation',
            targetId: created.id,
            details: { name: created.name, slug },
          },
          m,
        );
        return created;
      });
      return toOrganisation(row);
    } catch (error) {
      throw duplicateOrganisation(error, dto.name, slug) ?? error;
    }
  }

  async list(): Promise<Organisation[]> {
    return (await this.organisations.list()).map(toOrganisation);
  }

  async get(id: string): Promise<Organisation> {
    return toOrganisation(await this.requireOrganisation(id));
  }

  async listMembers(user: AuthUser, organisationId: string): Promise<OrganisationMember[]> {
    await this.access.requireAccess(user, 'organisation.manage', [organisationId]);
    return (await this.organisations.listMembers(organisationId)).map(toOrganisationMember);
  }

  /** Adds a member (created) or changes their role; an unchanged role changes nothing. */
  async addMember(user: AuthUser, organisationId: string, dto: AddMemberDto): Promise<MemberChange> {
    await this.access.requireAccess(user, 'organisation.manage', [organisationId]);
    return this.dataSource.transaction(async (m) => {
      const organisation = await this.lockOrganisation(m, organisationId);
      const person = await this.organisations.findLiveUserByEmail(m, dto.email);
      if (!person) throw new NotFoundException(UNKNOWN_MEMBER_EMAIL);
      const existing = await this.organisations.findMember(m, organisationId, person.id);
      if (existing?.role === dto.role) return { member: toOrganisationMember(existing), created: false };
      if (existing) {
        await this.refuseLosingLastAdmin(m, organisationId, existing);
        await this.organisations.updateMemberRole(m, organisationId, person.id, dto.role);
      } else {
        await this.organisations.insertMember(m, organisationId, person.id, dto.role);
      }
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId,
          action: existing ? 'organisation.member_role_changed' : 'organisation.member_added',
          targetType: 'user',
          targetId: person.id,
          details: existing ? { from: existing.role, to: dto.role } : { role: dto.role },
        },
        m,
      );
      await this.mail.enqueue(
        membershipMail(person.email, person.locale, organisation.name, dto.role, existing !== null, this.env.appUrl),
        m,
      );
      const member = await this.organisations.findMember(m, organisationId, person.id);
      return { member: toOrganisationMember(member as MemberRow), created: existing === null };
    });
  }

  async removeMember(user: AuthUser, organisationId: string, userId: string): Promise<void> {
    await this.access.requireAccess(user, 'organisation.manage', [organisationId]);
    await this.dataSource.transaction(async (m) => {
      await this.lockOrganisation(m, organisationId);
      const existing = await this.organisations.findMember(m, organisationId, userId);
      if (!existing) throw new NotFoundException('That person is not a member of this organisation');
      await this.refuseLosingLastAdmin(m, organisationId, existing);
      await this.organisations.deleteMember(m, organisationId, userId);
      await this.audit.record(
        {
          actorUserId: user.id,
          organisationId,
          action: 'organisation.member_removed',
          targetType: 'user',
          targetId: userId,
          details: { role: existing.role },
        },
        m,
      );
    });
  }

  async auditLog(user: AuthUser, organisationId: string, page: PageRequest): Promise<Page<AuditEntry>> {
    await this.access.requireAccess(user, 'organisation.manage', [organisationId]);
    return this.audit.listForOrganisation(organisationId, page);
  }

  private async requireOrganisation(id: string): Promise<OrganisationRow> {
    const row = await this.organisations.findById(id);
    if (!row) throw new NotFoundException('No organisation with that id');
    return row;
  }

  private async lockOrganisation(m: EntityManager, id: string): Promise<OrganisationRow> {
    const row = await this.organisations.lockForMembershipChange(m, id);
    if (!row) throw new NotFoundException('No organisation with that id');
    return row;
  }

  /** Removing or demoting the only admin would leave a council nobody can run. */
  private async refuseLosingLastAdmin(m: EntityManager, organisationId: string, existing: MemberRow): Promise<void> {
    if (existing.role === 'admin' && (await this.organisations.countAdmins(m, organisationId)) <= 1) {
      throw new ConflictException({ message: LAST_ADMIN, code: 'last_admin' });
    }
  }
}

function duplicateOrganisation(error: unknown, name: string, slug: string): ConflictException | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code !== '23505') return null;
  return driverError.constraint === 'organisations_name_key'
    ? new ConflictException({
        message: `An organisation called "${name}" already exists`,
        code: 'organisation_name_taken',
      })
    : new ConflictException({
        message: `The slug "${slug}" is already in use; choose another`,
        code: 'organisation_slug_taken',
      });
}
