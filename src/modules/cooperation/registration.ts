import type { ModuleRegistration } from '../../kernel/registry.js';
import { mayImportIati } from './shared/policy.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    need: true;
  }
}

export const cooperationRegistration: ModuleRegistration = {
  nav: [
    {
      labelKey: 'common:nav.cooperation',
      href: '/cooperation',
      order: 50,
      // The cooperation pages, one line of links at the top of each; IATI only to those who may import.
      sections: {
        labelKey: 'cooperation:nav.label',
        links: [
          { href: '/cooperation', labelKey: 'cooperation:nav.summary' },
          { href: '/cooperation/needs', labelKey: 'cooperation:nav.needs' },
          { href: '/cooperation/offers', labelKey: 'cooperation:nav.offers' },
          { href: '/cooperation/ledger', labelKey: 'cooperation:nav.ledger' },
          { href: '/cooperation/responses', labelKey: 'cooperation:nav.responses' },
          { href: '/cooperation/iati', labelKey: 'cooperation:nav.iati', visibleTo: mayImportIati },
        ],
      },
    },
  ],
  thingKinds: { need: 'errors:things.need' },
};
