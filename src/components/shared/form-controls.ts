/** Labelled selects and checkboxes for filter panels (styles in form-styles.ts). */
import { html, type TemplateResult } from 'lit';

export function select(id: string, label: string, value: string, any: string, options: Array<{ id: string; label: string }>, onChange: (value: string) => void): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} part="select" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!value}>${any}</option>
      ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === value}>${o.label}</option>`)}
    </select>
  </div>`;
}

export function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
  return html`<div class="check">
    <input type="checkbox" id=${id} part="checkbox" .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
    <label for=${id}>${label}</label>
  </div>`;
}

