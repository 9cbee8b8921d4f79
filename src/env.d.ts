/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by src/starlight/route-data.ts on pages that belong to a regulation. */
    policy?: import('./lib/policy/page.ts').PagePolicy;
  }
}
