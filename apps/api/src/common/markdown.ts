import MarkdownIt from 'markdown-it';

/**
 * Markdown for idea and challenge descriptions: raw HTML is escaped (html: false) and markdown-it's link
 * validation drops javascript:, vbscript:, file: and non-image data: URLs, so the output is safe
 * to insert as HTML. Links open as ordinary links; linkify turns bare URLs into links.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

export const renderMarkdown = (source: string): string => md.render(source);
