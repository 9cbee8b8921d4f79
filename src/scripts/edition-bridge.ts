/**
 * Browser side of the Simplified edition (dependency-free): converts what islands render from their Traditional
 * strings and points their links at /zh-cn/. Loaded only on /zh-cn/ pages.
 */
import { type CharMap, convertWith } from '../lib/zh-cn/char-map.ts';

export function startEditionBridge(element: HTMLElement | null): void {
  if (!element?.dataset.uiMap) return;
  simplifyIslands(JSON.parse(element.dataset.uiMap), JSON.parse(element.dataset.roots ?? '[]'));
}

function simplifyIslands(ui: CharMap, roots: string[]): void {
  const rootLink = new RegExp(`^/(${roots.join('|')})(?=[/#?]|$)`);
  const attributes = ['aria-label', 'placeholder', 'title', 'alt'];
  const fix = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = convertWith(ui, node.nodeValue ?? '');
      if (text !== node.nodeValue) node.nodeValue = text;
      return;
    }
    if (!(node instanceof Element)) return;
    for (const name of attributes) {
      const value = node.getAttribute(name);
      if (value && convertWith(ui, value) !== value) node.setAttribute(name, convertWith(ui, value));
    }
    const href = node.getAttribute('href');
    if (href && roots.length > 0 && rootLink.test(href)) node.setAttribute('href', `/zh-cn${href}`);
    node.childNodes.forEach(fix);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(fix);
      else fix(record.target);
    }
  });
  for (const island of document.querySelectorAll('astro-island')) {
    observer.observe(island, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...attributes, 'href'] });
  }
}
