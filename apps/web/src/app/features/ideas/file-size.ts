import type { Locale } from '@challenge/contract';

const BYTES: Record<Locale, string> = { en: 'bytes', cy: 'beit' };

/** A file size as people read it: "820 bytes" / "820 beit", "14 KB", "2.5 MB". */
export function fileSize(bytes: number, locale: Locale = 'en'): string {
  if (bytes < 1024) return `${bytes} ${BYTES[locale]}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

export const ATTACHMENT_ACCEPT =
  '.png,.jpg,.jpeg,.gif,.webp,.pdf,image/png,image/jpeg,image/gif,image/webp,application/pdf';
