// Module augmentations (this file is a module, so these extend the packages' own types rather than replace them).
export {};

// starlight-links-validator ships TypeScript sources that read Markdown frontmatter from vfile's data, which
// Astro's remark pipeline declares; with the Sätteri processor nothing does, so declare what it reads.
declare module 'vfile' {
  interface DataMap {
    // biome-ignore lint/suspicious/noExplicitAny: the shape Astro's remark pipeline declares
    astro: { frontmatter?: Record<string, any> };
  }
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the reader's first pointer, tap, focus or key inside the island (src/config/interaction.ts). */
    'client:interaction'?: boolean;
  }
}
