/** The Werkstatt's look: the kit's tokens, a calm admin page, readable at 200 % zoom. */
import { css } from 'lit';
import { tokens } from '../components/shared/styles.js';

export const werkstattStyles = [tokens, css`
  :host { max-width: 72rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
  h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
  p { margin: .4rem 0; }
  .bar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; }
  .row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
  button, .button, select, input[type=url], input[type=text] {
    font: inherit; border-radius: var(--_radius); border: 1px solid var(--_border); padding: .4rem .8rem; min-height: 2.75rem;
    background: var(--_surface); color: var(--_text);
  }
  button, .button { cursor: pointer; background: var(--_surface-alt); text-decoration: none; display: inline-flex; align-items: center; }
  button.primary, .button.primary { background: var(--_primary); color: var(--_on-primary); border-color: var(--_primary); }
  button[aria-pressed=true] { background: var(--_primary); color: var(--_on-primary); }
  button:disabled { opacity: .6; cursor: not-allowed; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  input[type=url], input[type=text] { width: min(100%, 40rem); }
  label { font-weight: 600; }
  .drop { border: 2px dashed var(--_border); border-radius: var(--_radius); padding: 1.5rem; text-align: center; background: var(--_surface-alt); }
  .drop.over { border-color: var(--_primary); background: #e4eef6; }
  .drop p { margin: 0 0 .75rem; font-weight: 600; }
  .row.center { justify-content: center; }
  /* The file inputs are hidden behind their labels; the label shows their focus. */
  input.visually-hidden:focus-visible + label { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .note { border-inline-start: 4px solid var(--_primary); padding: .5rem .75rem; background: var(--_surface-alt); }
  .note.warn { border-color: var(--_warning); }
  .note.bad { border-color: var(--_danger); }
  .note.good { border-color: var(--_success); }
  ul.files { list-style: none; padding: 0; }
  ul.files li { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; padding: .25rem 0; border-bottom: 1px solid var(--_surface-alt); }
  ul.files .name { font-weight: 600; overflow-wrap: anywhere; }
  progress { width: min(100%, 30rem); height: 1rem; }
  [role=tablist] { display: flex; flex-wrap: wrap; gap: .25rem; border-bottom: 2px solid var(--_border); margin-top: 1.5rem; }
  [role=tab] { border-bottom: none; border-radius: var(--_radius) var(--_radius) 0 0; }
  [role=tab][aria-selected=true] { background: var(--_primary); color: var(--_on-primary); border-color: var(--_primary); }
  [role=tabpanel] { padding: .75rem 0; }
  ol.problems { list-style: none; padding: 0; margin: 0; }
  ol.problems > li { padding: .5rem 0; border-bottom: 1px solid var(--_surface-alt); }
  .sev { display: inline-block; font-weight: 700; margin-inline-end: .5rem; }
  .sev.error { color: var(--_danger); }
  .sev.warning { color: var(--_warning); }
  .place { color: var(--_muted); }
  .excerpt { overflow-x: auto; }
  table { border-collapse: collapse; margin: .4rem 0; }
  th, td { border: 1px solid var(--_border); padding: .2rem .45rem; text-align: start; vertical-align: top; }
  th { background: var(--_surface-alt); }
  td.hit { background: #fde0dc; font-weight: 700; }
  td.num { text-align: end; }
  .preview-part { border: 1px solid var(--_border); border-radius: var(--_radius); padding: .75rem; margin: .75rem 0; }
  .preview-part > h3 { margin-top: 0; }
  iframe.report { width: 100%; height: 80vh; border: 1px solid var(--_border); border-radius: var(--_radius); }
  pre.snippet { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--_surface-alt); padding: .75rem; border-radius: var(--_radius); }
  .downloads { display: flex; flex-direction: column; gap: .5rem; align-items: flex-start; }
  details > summary { cursor: pointer; }
  details.files > summary { font-weight: 600; margin: 1rem 0 .4rem; }
`];
