/**
 * How the embed entry hands its script tag's configuration to the portal
 * bundle (a separate build with its own copy of the config module): under a
 * symbol on `globalThis`, read and removed at once, so no global is left.
 */
export const CONFIG_HANDOFF = Symbol.for('wegweiser-kit.portal-config');
