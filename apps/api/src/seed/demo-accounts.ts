import type { Locale, OrganisationRole } from '@challenge/contract';

/** The one password of every demo account (documented in the README; never use SEED_DEMO in production). */
export const DEMO_PASSWORD = 'Demo-challenge-2026';

export type DemoOrganisationKey = 'kent' | 'medway';

/** A council partnership, as in Kent & Medway's "Transformed by You". */
export const DEMO_ORGANISATIONS: readonly { key: DemoOrganisationKey; name: string; slug: string }[] = [
  { key: 'kent', name: 'Kent County Council', slug: 'kent-county-council' },
  { key: 'medway', name: 'Medway Council', slug: 'medway-council' },
];

export type DemoPersona = 'platform admin' | 'council admin' | 'moderator' | 'judge' | 'resident';

export type DemoAccount = {
  email: string;
  displayName: string;
  persona: DemoPersona;
  locale: Locale;
  platformAdmin?: boolean;
  membership?: { organisation: DemoOrganisationKey; role: OrganisationRole };
};

/** Every demo account; all verified, all with DEMO_PASSWORD. The README and the tests read this list. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@demo.council.example',
    displayName: 'Rhiannon Pritchard',
    persona: 'platform admin',
    locale: 'en',
    platformAdmin: true,
  },
  {
    email: 'admin@kent.demo.council.example',
    displayName: 'Priya Shah',
    persona: 'council admin',
    locale: 'en',
    membership: { organisation: 'kent', role: 'admin' },
  },
  {
    email: 'admin@medway.demo.council.example',
    displayName: 'Gareth Llewellyn',
    persona: 'council admin',
    locale: 'en',
    membership: { organisation: 'medway', role: 'admin' },
  },
  {
    email: 'moderator@kent.demo.council.example',
    displayName: 'Tom Ashworth',
    persona: 'moderator',
    locale: 'en',
    membership: { organisation: 'kent', role: 'moderator' },
  },
  { email: 'judge1@demo.council.example', displayName: 'Siân Morgan', persona: 'judge', locale: 'cy' },
  { email: 'judge2@demo.council.example', displayName: 'Margaret Okafor', persona: 'judge', locale: 'en' },
  { email: 'judge3@demo.council.example', displayName: 'Dafydd Hughes', persona: 'judge', locale: 'cy' },
  { email: 'resident1@demo.council.example', displayName: 'Cerys Evans', persona: 'resident', locale: 'cy' },
  { email: 'resident2@demo.council.example', displayName: 'Oliver Bennett', persona: 'resident', locale: 'en' },
  { email: 'resident3@demo.council.example', displayName: 'Aisha Rahman', persona: 'resident', locale: 'en' },
  { email: 'resident4@demo.council.example', displayName: 'Iwan Rees', persona: 'resident', locale: 'en' },
  { email: 'resident5@demo.council.example', displayName: 'Grace Whitfield', persona: 'resident', locale: 'en' },
  ...(
    [
      ['Megan Lloyd', 'cy'],
      ['Daniel Okonkwo', 'en'],
      ['Harriet Moss', 'en'],
      ['Rhys Parry', 'cy'],
      ['Zofia Nowak', 'en'],
      ['Samuel Clarke', 'en'],
      ['Eleri Jenkins', 'cy'],
      ['Mohammed Iqbal', 'en'],
      ['Lucy Brennan', 'en'],
      ['Owain Davies', 'cy'],
      ['Chloe Turner', 'en'],
      ['Jack Robinson', 'en'],
      ['Nia Williams', 'cy'],
      ['Patrick Doyle', 'en'],
      ['Hannah Fletcher', 'en'],
    ] as const
  ).map(
    ([displayName, locale], i): DemoAccount => ({
      email: `resident${i + 6}@demo.council.example`,
      displayName,
      persona: 'resident',
      locale,
    }),
  ),
];
