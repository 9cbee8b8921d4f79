/**
 * One page of each kind the site has, measured by `npm run bench` and `npm run lighthouse` and driven by the
 * browser tests. `marker` is markup the built page must contain, so a page that stops being of its kind is
 * noticed instead of quietly measuring something else.
 */
export interface PageKind {
  kind: string;
  label: string;
  path: string;
  marker?: string;
}

export const pageKinds: PageKind[] = [
  { kind: 'home', label: '首頁', path: '/' },
  { kind: 'chapter', label: '一般章節', path: '/operations-management/s1/' },
  { kind: 'calculator', label: '試算工具頁', path: '/commercial-operations/s4/', marker: 'astro-island' },
  { kind: 'inventory', label: '庫存試算頁', path: '/commercial-operations/s3/', marker: 'astro-island' },
  { kind: 'flow', label: '流程圖頁', path: '/operating-model/s3/', marker: 'data-flow-id' },
  { kind: 'quiz', label: '概覽與測驗頁', path: '/commercial-operations/', marker: 'data-quiz-id' },
  { kind: 'hub', label: '培訓中心', path: '/training/' },
];

/** Starlight's 404 page, served by the preview for any unknown address. */
export const notFoundPath = '/no-such-page/';
