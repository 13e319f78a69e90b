/**
 * A search field with suggestions, after the WAI-ARIA APG "combobox with
 * list autocomplete" pattern: the input keeps focus, arrow keys move a
 * visual focus through the listbox (`aria-activedescendant`), Enter takes the
 * highlighted suggestion or submits the typed text, Escape closes, a second
 * Escape clears. Input and listbox live in the host's shadow root, so every
 * ARIA reference stays inside one root (as in Lion).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface ComboOption<T = unknown> {
  key: string;
  label: string;
  /** Short word before the label saying what it is ("Thema", "Ort"); part of the accessible name. */
  kind?: string;
  value: T;
}

export interface ComboboxCallbacks<T> {
  /** The typed text changed. */
  input(text: string): void;
  /** A suggestion was chosen (Enter, click). */
  select(option: ComboOption<T>): void;
  /** Enter without a highlighted suggestion. */
  submit(text: string): void;
}

export interface ComboboxLabels {
  label: string;
  hint?: string;
  placeholder?: string;
  submit: string;
  clear: string;
  /** Announced when suggestions appear, e.g. "5 Vorschläge. Pfeiltasten zum Auswählen." */
  count: (n: number) => string;
}

export class Combobox<T = unknown> implements ReactiveController {
  value = '';
  options: ComboOption<T>[] = [];
  open = false;
  active = -1;
  private announcement = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: string,
    private readonly callbacks: ComboboxCallbacks<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.open = false;
  }

  /** New suggestions for the current text; opens the list when there are any and the field has focus. */
  setOptions(options: ComboOption<T>[], show = true): void {
    this.options = options;
    this.active = -1;
    this.open = show && options.length > 0 && this.value.trim().length > 0;
    this.announcement = this.open ? 'count' : '';
    this.host.requestUpdate();
  }

  setValue(value: string): void {
    this.value = value;
    this.host.requestUpdate();
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.active = -1;
    this.announcement = '';
    this.host.requestUpdate();
  }

  private move(step: number): void {
    if (!this.options.length) return;
    this.open = true;
    const n = this.options.length;
    this.active = this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n;
    this.host.requestUpdate();
    // Keep the highlighted suggestion visible in a long list.
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot?.getElementById(this.optionId(this.active))?.scrollIntoView?.({ block: 'nearest' }));
  }

  private choose(index: number): void {
    const option = this.options[index];
    if (!option) return;
    this.value = option.label;
    this.close();
    this.callbacks.select(option);
  }

  private optionId(index: number): string {
    return `${this.id}-option-${index}`;
  }

  private onKeydown = (event: KeyboardEvent): void => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        } else {
          event.preventDefault();
          this.close();
          this.callbacks.submit(this.value);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.close();
        } else if (this.value) {
          event.preventDefault();
          this.clear();
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
        break;
    }
  };

  private onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.callbacks.input(this.value);
  };

  /**
   * Leaving the field closes the list at once. (A click on a suggestion keeps
   * the focus in the field: its mousedown is cancelled.) No timer: a late
   * close would shut a list the visitor has just opened again.
   */
  private onBlur = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.host.shadowRoot?.getElementById(`${this.id}-listbox`)?.contains(to)) return;
    this.close();
  };

  clear(): void {
    this.value = '';
    this.options = [];
    this.close();
    this.callbacks.input('');
    this.callbacks.submit('');
    this.host.requestUpdate();
  }

  render(labels: ComboboxLabels): TemplateResult {
    const listId = `${this.id}-listbox`;
    const hintId = `${this.id}-hint`;
    const expanded = this.open && this.options.length > 0;
    return html`<div class="combobox" part="search">
      <label class="combobox__label" for=${this.id} part="label">${labels.label}</label>
      ${labels.hint ? html`<p class="combobox__hint" id=${hintId}>${labels.hint}</p>` : nothing}
      <div class="combobox__row">
        <input
          id=${this.id}
          part="input"
          type="search"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${expanded && this.active >= 0 ? this.optionId(this.active) : nothing}
          aria-describedby=${labels.hint ? hintId : nothing}
          placeholder=${labels.placeholder ?? nothing}
          .value=${live(this.value)}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @blur=${this.onBlur}
        />
        ${this.value
          ? html`<button type="button" class="combobox__clear" part="button clear" @click=${() => this.clear()}>
              <span aria-hidden="true">×</span><span class="visually-hidden">${labels.clear}</span>
            </button>`
          : nothing}
        <button type="submit" class="combobox__submit" part="button submit">${labels.submit}</button>
      </div>
      <ul id=${listId} role="listbox" class="combobox__list" part="suggestions" aria-label=${labels.label} ?hidden=${!expanded}>
        ${expanded
          ? this.options.map((option, i) => html`<li
              id=${this.optionId(i)}
              role="option"
              class="combobox__option"
              part="suggestion"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.choose(i)}
            >${option.kind ? html`<span class="combobox__kind">${option.kind}: </span>` : nothing}${option.label}</li>`)
          : nothing}
      </ul>
      <div class="visually-hidden" role="status">${this.announcement === 'count' && expanded ? labels.count(this.options.length) : ''}</div>
    </div>`;
  }
}
