import type { Translate } from '../../../kernel/i18n/index.js';

/** The cooperation pages, one line of links on each of them; the current one is marked for screen readers. */
const sections = [
  ['/cooperation', 'summary'],
  ['/cooperation/needs', 'needs'],
  ['/cooperation/offers', 'offers'],
  ['/cooperation/ledger', 'ledger'],
  ['/cooperation/responses', 'responses'],
  ['/cooperation/iati', 'iati'],
] as const;

export type CooperationSection = (typeof sections)[number][1];

export function CooperationNav({ t, current }: { t: Translate; current: CooperationSection }) {
  return (
    <nav aria-label={t('cooperation:nav.label')} class="subnav">
      <ul>
        {sections.map(([href, key]) => (
          <li>
            <a href={href} aria-current={key === current ? 'page' : undefined}>
              {t(`cooperation:nav.${key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
