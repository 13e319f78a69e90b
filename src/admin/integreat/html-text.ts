/**
 * Integreat's HTML content → the feed's plain text (the kit renders feed
 * text as text, never as HTML): paragraphs and list items on their own
 * lines, links kept as "text (address)", entities decoded, everything else
 * dropped. No DOM: runs in Node and in a worker.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…', euro: '€', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<a\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, label: string) => {
      const inner = label.replace(/<[^>]+>/g, '').trim();
      return /^(https?:|mailto:|tel:)/i.test(href) && decodeEntities(inner) !== href.replace(/^mailto:|^tel:/i, '') ? `${inner} (${href.replace(/^mailto:/i, '')})` : inner || href;
    })
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|ul|ol|tr|table|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  const lines = decodeEntities(text).split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean);
  // A list item whose text starts on the next line (<li><p>…) keeps its bullet.
  const joined: string[] = [];
  for (const line of lines) {
    if (joined.at(-1) === '•' && line !== '•') joined[joined.length - 1] = `• ${line}`;
    else joined.push(line);
  }
  return joined.filter((l) => l !== '•').join('\n');
}
