/** Styles of the printed card or list (inside the print frame), loaded with the first print. */
import { css } from 'lit';

/** The printed card or list (inside the print frame). */
export const printStyles = css`
  :root {
    --_primary: #000;
    --_on-primary: #fff;
    --_text: #000;
    --_muted: #333;
    --_surface: #fff;
    --_surface-alt: #f2f2f2;
    --_border: #000;
    --_success: #000;
    --_warning: #000;
    --_danger: #000;
    --_radius: 0.25rem;
    --_space: 0.75rem;
  }
  :root, body {
    margin: 0;
    font-family: var(--_font, system-ui, sans-serif);
    color: #000;
  }
  .print {
    padding: 1cm;
    font-size: 11pt;
    line-height: 1.4;
  }
  .print__title {
    font-size: 16pt;
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  .result {
    break-inside: avoid;
    border-color: #000;
  }
  a {
    color: #000;
  }
  .detail__nav, .detail__footer button, .detail__footer a[part='report'] {
    display: none;
  }
  .print__link {
    display: flex;
    gap: 1rem;
    align-items: center;
    margin-block-start: 1rem;
    border-block-start: 1px solid #000;
    padding-block-start: 0.5rem;
    break-inside: avoid;
  }
  .url {
    font-family: monospace;
    overflow-wrap: anywhere;
  }
`;
