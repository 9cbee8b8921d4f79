// Component tests import .astro files through Astro's container; plain `tsc` cannot read them (astro check can).
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
