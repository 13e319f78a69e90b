/**
 * What the kit's view functions need from their element: UI strings, feed
 * text as text, and dates and times in the user's language. `WwElement`
 * provides it; views stay plain functions that any element can share.
 */
import type { nothing, TemplateResult } from 'lit';
import type { UiKey } from '../../i18n/index.js';
import type { Text } from '../../core/schema/index.js';

export interface Ui {
  readonly uiLang: string;
  readonly intlLang: string;
  t(key: UiKey, params?: Record<string, string | number>): string;
  renderText(value: Text | undefined, note?: boolean): TemplateResult | typeof nothing;
  formatDate(iso: string, options?: Intl.DateTimeFormatOptions): string;
  formatTime(minutes: number): string;
}
