/**
 * Browser side of the two editions (kept DOM-light and dependency-free; it runs on every page):
 * converts a search query into the script of the edition being read, and on the Simplified edition converts
 * what islands render from their Traditional strings and points their links at /zh-cn/.
 */
type CharMap = Record<string, string>;

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/g;
export const convertWith = (map: CharMap, text: string) => text.replace(cjk, (c) => map[c] ?? c);

export function startEditionBridge(element: HTMLElement | null): void {
  if (!element) return;
  const query: CharMap = JSON.parse(element.dataset.queryMap ?? '{}');
  document.addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement) || !target.closest('site-search') || (event as InputEvent).isComposing) return;
      const converted = convertWith(query, target.value);
      if (converted !== target.value) target.value = converted;
    },
    true,
  );
  if (element.dataset.uiMap) simplifyIslands(JSON.parse(element.dataset.uiMap), JSON.parse(element.dataset.roots ?? '[]'));
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
      if (record.type === 'characterData') fix(record.target);
      else if (record.type === 'attributes') fix(record.target);
      else record.addedNodes.forEach(fix);
    }
  });
  for (const island of document.querySelectorAll('astro-island')) {
    observer.observe(island, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...attributes, 'href'] });
  }
}
