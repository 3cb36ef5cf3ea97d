import { type Locale, locales } from './i18n/index.js';

/*
 * The files crawlers and browsers ask every site for: robots.txt and the sitemap. What they list
 * comes from the app (the public pages the modules register); here only their formats.
 */

/** robots.txt: everything public may be crawled but the `disallow` paths; the sitemap is named. */
export function robotsTxt(baseUrl: string, disallow: readonly string[]): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...disallow.map((p) => `Disallow: ${p}`),
    '',
    `Sitemap: ${baseUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page's address in one language: the language is chosen by `?lang=`, which wins over the cookie. */
export function inLanguage(baseUrl: string, path: string, locale: Locale): string {
  return `${baseUrl}${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;
}

/**
 * sitemap.xml (sitemaps.org 0.9) of public pages: one entry per page and language, each naming
 * every language version (hreflang alternates) and the version without a language (`x-default`,
 * which follows the reader's browser).
 */
export function sitemapXml(baseUrl: string, paths: readonly string[]): string {
  const alternates = (path: string) =>
    [
      ...locales.map(
        (l) =>
          `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(inLanguage(baseUrl, path, l))}"/>`,
      ),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(baseUrl + path)}"/>`,
    ].join('');
  const entries = paths.flatMap((path) => {
    const links = alternates(path);
    return locales.map((l) => `<url><loc>${escapeXml(inLanguage(baseUrl, path, l))}</loc>${links}</url>`);
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
