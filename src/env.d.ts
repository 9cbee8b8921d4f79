/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by src/starlight/route-data.ts on pages that belong to a regulation. */
    policy?: import('./lib/policy/page.ts').PagePolicy;
  }
}

declare namespace astroHTML.JSX {
  interface AstroClientDirectives {
    /** Hydrate on the reader's first pointer, tap, focus or key inside the island (src/config/interaction.ts). */
    'client:interaction'?: boolean;
  }
}
