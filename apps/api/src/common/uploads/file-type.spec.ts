import { detectAttachmentType, sanitiseFileName } from './file-type';

describe('attachment types come from the content, never the name', () => {
  it('recognises PNG, JPEG, GIF, WebP and PDF by their first bytes', () => {
    expect(detectAttachmentType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
    expect(detectAttachmentType(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('image/jpeg');
    expect(detectAttachmentType(Buffer.from('GIF89a\x01\x00', 'binary'))).toBe('image/gif');
    expect(detectAttachmentType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'binary'))).toBe('image/webp');
    expect(detectAttachmentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses executables, HTML, SVG, RIFF audio and empty files', () => {
    for (const content of [
      'MZ\x90\x00',
      '<html><script>',
      '<svg xmlns="http://www.w3.org/2000/svg">',
      'RIFF\x00\x00\x00\x00WAVE',
      '',
    ]) {
      expect(detectAttachmentType(Buffer.from(content, 'binary'))).toBeNull();
    }
  });
});

describe('stored file names', () => {
  it('keep only the base name and safe characters, with the detected type’s extension', () => {
    expect(sanitiseFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(sanitiseFileName('C:\\Users\\me\\Plan "final".pdf', 'application/pdf')).toBe('Plan _final_.pdf');
    expect(sanitiseFileName('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG');
    expect(sanitiseFileName('virus.exe', 'application/pdf')).toBe('virus.exe.pdf');
    expect(sanitiseFileName('', 'image/gif')).toBe('attachment.gif');
    expect(sanitiseFileName('.hidden', 'image/png')).toBe('hidden.png');
    expect(sanitiseFileName(`${'a'.repeat(300)}.png`, 'image/png')).toHaveLength(200);
  });
});
