/**
 * Registers a custom element unless that name is already taken — by an
 * earlier copy of the kit on the same page, for instance. The first copy
 * wins; a second copy never throws.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(name)) return;
  customElements.define(name, constructor);
}
