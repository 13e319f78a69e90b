/**
 * The look of result lists (finder, programme directory), built only on the `--_*` tokens (themed through
 * `--ww-*`), logical properties for right-to-left, and resets that keep a
 * hostile host page (`* { font: 11px Verdana } li { list-style: disc }`) out.
 */
import { css } from 'lit';

export const resultStyles = css`
  .finder {
    container-type: inline-size;
    max-inline-size: 100%;
  }
  p, ul, ol, dl, dd, fieldset, h1, h2, h3, h4 {
    margin: 0;
    padding: 0;
  }
  ul, ol {
    list-style: none;
  }
  a {
    color: var(--_link, var(--_primary));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  input, select, button, textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  .muted {
    color: var(--_muted);
  }
  .flip:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }

  /* results */
  .summary {
    font-weight: 600;
    margin-block: 0.5rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: 0.75rem;
  }
  .results {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    margin-block-end: 0.75rem;
  }
  .result {
    min-inline-size: 0;
    overflow-wrap: anywhere;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.9rem 1rem;
    background: var(--_surface);
  }
  .result--responsible {
    border-width: 2px;
    border-color: var(--_primary);
    border-inline-start-width: 0.4rem;
  }
  .result__title,
  .detail__title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .detail__title {
    font-size: 1.4em;
    margin-block: 0.25rem 0.5rem;
  }
  .result__provider {
    color: var(--_muted);
    margin-block-end: 0.25rem;
  }
  .result__summary {
    margin-block-end: 0.5rem;
  }
  .badge {
    display: inline-block;
    background: var(--_surface-alt);
    border-inline-start: 0.25rem solid var(--_primary);
    padding: 0.15rem 0.5rem;
    margin-block-end: 0.4rem;
  }
  .badge--others {
    border-inline-start-color: var(--_border);
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-block-end: 0.25rem;
  }
  .badges .badge {
    margin: 0;
  }
  .badge--status {
    border-inline-start-color: var(--_warning);
    font-weight: 600;
  }
  .badge--cancelled {
    border-inline-start-color: var(--_danger);
  }
  .facts {
    display: grid;
    gap: 0.15rem;
    margin-block: 0.5rem;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .fact dt {
    font-weight: 600;
    min-inline-size: 9rem;
  }
  .fact dt::after {
    content: ':';
  }
  .fact dd {
    margin: 0;
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }
  .hours__dot {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    margin-inline-end: 0.4em;
    background: var(--_muted);
  }
  .hours--open .hours__dot { background: var(--_success); }
  .hours--closed .hours__dot { background: var(--_danger); border-radius: 0; }
  .hours--appointment .hours__dot { background: var(--_warning); border-radius: 0.1em; transform: rotate(45deg); }
  .hours--open { color: var(--_success); font-weight: 600; }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .action {
    display: inline-block;
    padding-block: 0.5rem;
  }
  .fallback-note {
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* detail */
  .detail__section {
    margin-block-start: 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .section-title {
    font-weight: 700;
    font-size: 1.05em;
    margin-block-end: 0.4rem;
  }
  .bullets {
    list-style: disc;
    padding-inline-start: 1.25rem;
  }
  .detail p + p {
    margin-block-start: 0.4rem;
  }
  .detail__description {
    white-space: pre-line;
  }
  .detail__footer {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
    margin-block-start: 1rem;
  }
  .week {
    min-inline-size: min(100%, 22rem);
    border-collapse: collapse;
    margin-block: 0.25rem 0.5rem;
  }
  .week caption {
    text-align: start;
    font-weight: 600;
  }
  .week th, .week td {
    text-align: start;
    padding: 0.2rem 0.75rem 0.2rem 0;
    padding-inline: 0 0.75rem;
    vertical-align: top;
    font-weight: normal;
  }
  .week th {
    font-weight: 600;
  }

  /* empty state, map */
  .empty {
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .empty__nearby {
    font-weight: 600;
    margin-block: 0.75rem 0.5rem;
  }
  .map {
    margin-block-end: 0.75rem;
  }
  .map[hidden] {
    display: none;
  }
  .map__canvas {
    block-size: min(60vh, 26rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .map__consent {
    font-size: 0.9em;
  }
  .print-frame {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 0;
    block-size: 0;
    border: 0;
    visibility: hidden;
  }

  @container (max-width: 30rem) {
    .fact dt {
      min-inline-size: 0;
    }
  }
  @media (forced-colors: active) {
    .hours__dot {
      background: CanvasText !important;
    }
  }
  @media print {
    .searchform, .home, .filters, .chips, .toolbar, .map, .detail__nav, .detail__footer, .actions {
      display: none !important;
    }
  }
`;
