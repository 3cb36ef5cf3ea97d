import type { Child } from 'hono/jsx';
import type { Actor } from '../actor.js';
import { OUTCOME_ID } from '../forms.js';
import type { Flash } from '../http.js';
import { type Locale, languageName, locales, type Translate, textDirection } from '../i18n/index.js';
import type { NavEntry, SectionMenu } from '../registry.js';

export interface PageChrome {
  t: Translate;
  locale: Locale;
  actor: Actor;
  path: string;
  flash: Flash | null;
  cssHref: string;
  /** The main menu as this actor sees it, in order: what the modules registered (kernel/registry.ts). */
  nav: readonly NavEntry[];
  /** Numbers to show beside menu links (unread messages), by link; none when absent. */
  navCounts?: Readonly<Record<string, number>>;
  /** The menu of the section the page belongs to, as this actor sees it (kernel/registry.ts). */
  section?: SectionMenu;
}

interface LayoutProps extends PageChrome {
  title: string;
  children?: Child;
}

/** The page shell: skip link, header with navigation and language choice, main, footer. No client framework. */
export function Layout({
  t,
  locale,
  actor,
  path,
  flash,
  cssHref,
  nav,
  navCounts,
  section,
  title,
  children,
}: LayoutProps) {
  const current = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('common:appName')}`}</title>
        <link rel="stylesheet" href={cssHref} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip" href="#main">
          {t('common:skipToContent')}
        </a>
        <header class="site">
          <a class="brand" href="/">
            {t('common:appName')}
          </a>
          <nav aria-label={t('common:nav.label')}>
            <ul>
              {nav.map(({ href, labelKey }) => (
                <li>
                  <a href={href} aria-current={current(href) ? 'page' : undefined}>
                    {t(labelKey)}
                    {navCounts?.[href] ? (
                      <>
                        {' '}
                        <span class="badge">{t('common:nav.count', { count: navCounts[href] })}</span>
                      </>
                    ) : null}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div class="session">
            {actor.kind === 'user' ? (
              <form method="post" action="/sign-out">
                <a href="/account">{actor.label}</a> <button type="submit">{t('common:signOut')}</button>
              </form>
            ) : (
              <a href={`/sign-in?next=${encodeURIComponent(path)}`}>{t('common:signIn')}</a>
            )}
          </div>
          <nav class="lang" aria-label={t('common:language.label')}>
            {locales.map((l) => (
              <a
                href={`/lang/${l}?next=${encodeURIComponent(path)}`}
                hreflang={l}
                lang={l}
                aria-current={l === locale ? 'true' : undefined}
              >
                {languageName(l)}
              </a>
            ))}
          </nav>
        </header>
        <main id="main">
          {flash ? (
            <p
              id={OUTCOME_ID}
              class={`flash ${flash.kind}`}
              role={flash.kind === 'error' ? 'alert' : 'status'}
              tabindex={-1}
            >
              {t(flash.key, flash.params ?? {})}
            </p>
          ) : null}
          {section && section.links.length > 1 ? (
            <nav aria-label={t(section.labelKey)} class="subnav">
              <ul>
                {section.links.map(({ href, labelKey }) => (
                  <li>
                    <a href={href} aria-current={href === section.current ? 'page' : undefined}>
                      {t(labelKey)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {children}
        </main>
        <footer class="site">
          <p>{t('common:footer')}</p>
        </footer>
      </body>
    </html>
  );
}
