import type { Locale, OrganisationRole } from '@challenge/contract';
import { bilingualMail } from '../notifications/bilingual-mail';
import type { OutgoingMail } from '../notifications/mail.service';

const ROLE_NAMES: Record<Locale, Record<OrganisationRole, string>> = {
  en: { admin: 'an admin', moderator: 'a moderator' },
  cy: { admin: 'gweinyddwr', moderator: 'cymedrolwr' },
};

/** Tells a person they joined a council's team, or that their role there changed. */
export function membershipMail(
  to: string,
  locale: Locale,
  organisationName: string,
  role: OrganisationRole,
  changed: boolean,
  appUrl: string,
): OutgoingMail {
  const en = ROLE_NAMES.en[role];
  const cy = ROLE_NAMES.cy[role];
  return bilingualMail(to, changed ? 'organisation.member_role_changed' : 'organisation.member_added', locale, {
    en: {
      subject: changed ? `Your role at ${organisationName} has changed` : `You have been added to ${organisationName}`,
      lines: [
        changed ? `You are now ${en} of ${organisationName}.` : `You have been added to ${organisationName} as ${en}.`,
        '',
        `Sign in to get started: ${appUrl}/`,
      ],
    },
    cy: {
      subject: changed
        ? `Mae eich rôl yn ${organisationName} wedi newid`
        : `Rydych wedi cael eich ychwanegu at ${organisationName}`,
      lines: [
        changed
          ? `Rydych bellach yn ${cy} yn ${organisationName}.`
          : `Rydych wedi cael eich ychwanegu at ${organisationName} fel ${cy}.`,
        '',
        `Mewngofnodwch i ddechrau: ${appUrl}/`,
      ],
    },
  });
}
