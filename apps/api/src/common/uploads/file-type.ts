/** The attachment types we accept, identified only by the file's first bytes (never its name or declared type). */
export type AttachmentType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'application/pdf';

const startsWith = (buf: Buffer, bytes: number[], offset = 0): boolean =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export function detectAttachmentType(buf: Buffer): AttachmentType | null {
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(buf, ascii('GIF87a')) || startsWith(buf, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(buf, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

const EXTENSIONS: Record<AttachmentType, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
};

/**
 * A file name safe to store and to put in Content-Disposition: the base name only, letters,
 * digits, spaces, dots, dashes and underscores, at most 200 characters, with the extension of
 * the detected type (so "report.exe" holding a PDF becomes "report.exe.pdf").
 */
export function sanitiseFileName(original: string | undefined, type: AttachmentType): string {
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 ._-]+/g, '_')
    .replace(/^[.\s_]+/, '')
    .trim();
  const ext = EXTENSIONS[type];
  const stem =
    cleaned.toLowerCase().endsWith(ext) || (type === 'image/jpeg' && /\.jpe?g$/i.test(cleaned))
      ? cleaned
      : `${cleaned || 'attachment'}${ext}`;
  return stem.length > 200 ? stem.slice(stem.length - 200) : stem;
}
