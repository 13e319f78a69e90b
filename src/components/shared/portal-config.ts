/**
 * The portal bundle's first module: takes over the configuration the embed
 * entry read from its script tag, before any element is defined (elements
 * read it when they connect). See src/portal.ts.
 */
import { CONFIG_HANDOFF } from '../../portal-handoff.js';
import { setConfig, type KitConfig } from './config.js';

const slot = globalThis as { [CONFIG_HANDOFF]?: KitConfig };
const handed = slot[CONFIG_HANDOFF];
if (handed) {
  setConfig(handed);
  delete slot[CONFIG_HANDOFF];
}
