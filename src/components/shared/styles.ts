/**
 * Design tokens shared by every element. A site themes the kit with
 * `--ww-*` custom properties (inherited through the shadow boundary);
 * the defaults follow KERN UX (German public-sector design system): calm
 * colours with at least 4.5:1 contrast, a visible 3 px focus ring.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--ww-color-primary, #004b76);
    --_on-primary: var(--ww-color-on-primary, #ffffff);
    --_text: var(--ww-color-text, #171a1c);
    --_muted: var(--ww-color-muted, #4b5560);
    --_surface: var(--ww-color-surface, #ffffff);
    --_surface-alt: var(--ww-color-surface-alt, #f2f4f6);
    --_border: var(--ww-color-border, #7b8590);
    --_success: var(--ww-color-success, #176e3a);
    --_warning: var(--ww-color-warning, #8a4b00);
    --_danger: var(--ww-color-danger, #b0102c);
    --_focus: var(--ww-color-focus, #0f6fc6);
    --_radius: var(--ww-radius, 0.375rem);
    --_space: var(--ww-space, 1rem);
    --_font: var(--ww-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    /* A page that shrinks everything (\`* { font: 11px … }\`) does not shrink the kit below 16px. */
    --_font-size: var(--ww-font-size, max(1rem, 16px));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* The host element itself can be hit by the page's \`*\` rules; everything inside is ours. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .ww-root {
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const statusStyles = css`
  .status {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    border-inline-start: 0.3rem solid var(--_border);
    margin-block: 0 var(--_space);
  }
  .status--error {
    border-inline-start-color: var(--_danger);
  }
  .status--stale,
  .status--sample {
    border-inline-start-color: var(--_warning);
  }
  .status p {
    margin: 0 0 0.5rem;
  }
  .status p:last-child {
    margin-block-end: 0;
  }
  .status__title {
    font-weight: 700;
  }
  .status button {
    background: var(--_primary);
    color: var(--_on-primary);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
  }
  .spinner {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    vertical-align: -0.15em;
    margin-inline-end: 0.5em;
    animation: ww-spin 0.8s linear infinite;
  }
  @keyframes ww-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
