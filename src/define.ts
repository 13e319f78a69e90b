/**
 * Registers every element of the kit (idempotent). Components add their
 * `define` call here as they land.
 */
export function registerAll(): void {
  // Elements register themselves through their own define modules, imported below.
}
