/**
 * Styles of the shared form building blocks: the search combobox, selects,
 * checkboxes, the filter disclosure and filter chips, and the plain buttons.
 * Used by every element that lets people search and filter.
 */
import { css } from 'lit';

export const formStyles = css`
  /* search field and suggestions */
  .searchform {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .combobox {
    position: relative;
  }
  .combobox__label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .combobox__hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin-block-end: 0.25rem;
  }
  .combobox__row {
    display: flex;
    gap: 0.5rem;
    align-items: stretch;
  }
  .combobox__row input {
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .combobox__clear {
    background: transparent;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    font-size: 1.25em;
    line-height: 1;
  }
  .combobox__submit,
  .button-primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    padding: 0.5rem 1rem;
    font-weight: 600;
  }
  .combobox__list {
    position: absolute;
    inset-inline: 0;
    z-index: 10;
    margin-block-start: 0.25rem;
    max-block-size: 20rem;
    overflow-y: auto;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
  }
  .combobox__option {
    padding: 0.6rem 0.75rem;
    cursor: pointer;
    min-block-size: 2.75rem;
  }
  .combobox__option[aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    outline: 2px solid transparent;
  }
  .combobox__kind {
    font-size: 0.85em;
    opacity: 0.85;
  }

  /* home and filters */
  .home {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-end: 0.75rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: min(100%, 14rem);
    flex: 1 1 14rem;
  }
  .field label, legend {
    font-weight: 600;
  }
  select {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.4rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-inline-size: 100%;
  }
  .filters {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: 0.75rem;
  }
  .filters summary {
    cursor: pointer;
    padding: 0.6rem 0.75rem;
    font-weight: 600;
    min-block-size: 2.75rem;
  }
  .filters__body {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    padding: 0 0.75rem 0.75rem;
  }
  .group {
    border: 0;
    flex: 1 1 14rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.25rem;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  .chip {
    border: 1px solid var(--_primary);
    color: var(--_primary);
    background: var(--_surface);
    border-radius: 999px;
    padding: 0.25rem 0.75rem;
    min-block-size: 2.25rem;
  }
  .link-button {
    background: none;
    border: 0;
    padding: 0.25rem 0;
    color: var(--_link, var(--_primary));
    text-decoration: underline;
    text-align: start;
    min-block-size: 2.75rem;
  }
  .button-secondary {
    background: var(--_surface);
    color: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    padding: 0.4rem 0.9rem;
  }

  @container (max-width: 30rem) {
    .combobox__row {
      flex-wrap: wrap;
    }
    .combobox__row input {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    .combobox__option[aria-selected='true'] {
      outline: 2px solid Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
