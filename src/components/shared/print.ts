/**
 * Printing a card or a list on its own, without the host page around it: the
 * content is rendered into a hidden same-origin iframe (about:blank, so the
 * page's Content-Security-Policy applies unchanged), styled with a
 * constructable stylesheet, with a QR code and the link back, and printed.
 * A `ww-print` event (cancelable) comes first, so a site can log or replace it.
 */
import { html, render, svg, nothing, type CSSResult, type TemplateResult } from 'lit';

export interface PrintJob {
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  content: TemplateResult;
  /** The link back to this card or list, printed as text and as a QR code. */
  url: string;
  linkLabel: string;
  styles: CSSResult[];
}

async function qrCode(url: string): Promise<TemplateResult | typeof nothing> {
  try {
    const { qrPath } = await import('./qr.js');
    const { d, size } = qrPath(url);
    return html`<svg class="qr" viewBox="0 0 ${size} ${size}" width="112" height="112" role="img" aria-label="QR-Code">${svg`<rect width=${size} height=${size} fill="#fff"/><path d=${d} fill="#000"/>`}</svg>`;
  } catch {
    // A link too long for a QR code still prints as text.
    return nothing;
  }
}

/**
 * Renders the job into a hidden iframe inside `root` and returns its document.
 * `emit` decides (via the `ww-print` event) whether the print dialog opens.
 */
export async function printJob(root: ShadowRoot, job: PrintJob, emit: (doc: Document) => boolean): Promise<Document | undefined> {
  root.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = job.title;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  root.appendChild(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) return undefined;
  doc.documentElement.lang = job.lang;
  doc.documentElement.dir = job.dir;
  doc.title = job.title;
  const sheets = job.styles.map((style) => {
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(style.cssText);
    return sheet;
  });
  doc.adoptedStyleSheets = sheets;
  const qr = await qrCode(job.url);
  render(
    html`<main class="print">
      ${job.content}
      <footer class="print__link">${qr}<p>${job.linkLabel}<br /><span class="url">${job.url}</span></p></footer>
    </main>`,
    doc.body,
    { creationScope: doc },
  );
  if (emit(doc)) {
    win.focus();
    win.print();
  }
  return doc;
}
