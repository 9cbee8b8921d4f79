/**
 * Starlight's table of contents marks the section in view. It sets up both copies (the sidebar's and the phone
 * bar's) at the first idle moment after load, querying the whole page with :has() selectors and observing every
 * block: 15–30 ms a copy on a long chapter on a desktop CPU, while the page is still loading, and for a copy that
 * is hidden at this width. Here a copy sets up when the reader first scrolls (until then the top section is
 * marked, as Starlight would mark it), at once on a page opened further down, and a hidden copy only once a resize
 * shows it. Should Starlight rename its set-up, this does nothing and Starlight's own timing applies.
 */
type Toc = HTMLElement & { init?: () => void; current?: HTMLAnchorElement };

for (const toc of document.querySelectorAll<Toc>('starlight-toc, mobile-starlight-toc')) {
  const init = toc.init;
  if (typeof init !== 'function') continue;
  const start = () => {
    if (!toc.checkVisibility()) return;
    removeEventListener('scroll', start);
    removeEventListener('resize', start);
    init();
  };
  toc.init = () => {
    addEventListener('resize', start);
    if (!toc.checkVisibility()) return;
    // Opened at a clause (a shared link) or restored further down: the reader is already past the top.
    if (scrollY > 0) return start();
    const top = toc.querySelector('a');
    if (top) toc.current = top;
    addEventListener('scroll', start, { passive: true });
  };
}
