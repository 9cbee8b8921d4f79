/**
 * Where the site is published and where its source is edited. astro.config.mjs reads this, so each value is
 * written once.
 */
export const siteConfig = {
  /** Public address of the site; the RSS feed and canonical links are built on it. */
  url: 'https://policy.example.com',
  /**
   * Start of every 「編輯頁面」 link: the repository's web editor on the main branch. Starlight appends the
   * page's path (content/docs/…). For GitLab the form is `https://gitlab.example.com/group/repo/-/edit/main/`.
   */
  editBaseUrl: 'https://github.com/example-co/ops-policy-site/edit/main/',
  /** The company's time zone: what "today" is when review dates and changelog dates are checked. */
  timeZone: 'Asia/Shanghai',
} as const;
