import { ideaCommentedMail } from '../comments/comment-emails';
import { ideaInvitationMail } from '../ideas/idea-emails';
import { commentHiddenMail } from '../moderation/moderation-emails';
import { bilingualMail } from './bilingual-mail';

const texts = {
  en: { subject: 'Hello', lines: ['English body'] },
  cy: { subject: 'Helo', lines: ['Corff Cymraeg'] },
};

describe('bilingual emails', () => {
  it('put the recipient’s language first, in the subject and the body', () => {
    const welsh = bilingualMail('a@example.test', 't', 'cy', texts);
    expect(welsh.subject).toBe('Helo / Hello');
    expect(welsh.text.indexOf('Corff Cymraeg')).toBeLessThan(welsh.text.indexOf('English body'));
    const english = bilingualMail('a@example.test', 't', 'en', texts);
    expect(english.subject).toBe('Hello / Helo');
    expect(english.text.indexOf('English body')).toBeLessThan(english.text.indexOf('Corff Cymraeg'));
  });

  it('every idea and moderation email carries both languages with the same link', () => {
    const mails = [
      ideaCommentedMail(
        'a@example.test',
        { id: 'i1', title: 'Bike library', authorName: 'Cerys', authorLocale: 'cy' },
        'Tom',
        'http://x',
      ),
      commentHiddenMail(
        { email: 'a@example.test', name: 'Tom', locale: 'en' },
        { id: 'i1', title: 'Bike library' },
        'Spam',
        'http://x',
      ),
      ideaInvitationMail('b@example.test', 'Cerys', 'Bike library', 'http://x/invitations/accept?token=t', 14),
    ];
    for (const mail of mails) {
      const [first, second] = mail.text.split('----------');
      expect(first?.trim().length).toBeGreaterThan(0);
      expect(second?.trim().length).toBeGreaterThan(0);
      const link = /http:\/\/x\/\S+/.exec(first ?? '')?.[0];
      expect(link).toBeDefined();
      expect(second).toContain(link);
    }
    expect(mails[0]?.subject).toMatch(/^Sylw newydd/);
  });
});
