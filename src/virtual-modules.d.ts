/** Modules that build plugins provide. */
declare module 'virtual:cert-compass/client-scripts' {
  import type { ClientScriptUrls } from './integrations/client-scripts';

  /** The URL of each browser script, base path included (src/integrations/client-scripts.ts). */
  export const clientScripts: ClientScriptUrls;
}
