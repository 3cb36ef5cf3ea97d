import type { ModuleRegistration } from '../../kernel/registry.js';
import { canReadOutbox, canUseInbox } from './policy.js';
import { unreadCountFor } from './queries.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    outbox_message: true;
  }
}

/**
 * The outbox page, shown to whoever may read it (the route checks again), and each signed-in
 * person's inbox, with the number of unread messages beside it.
 */
export const outboxRegistration: ModuleRegistration = {
  nav: [
    { labelKey: 'common:nav.outbox', href: '/admin/outbox', order: 80, visibleTo: canReadOutbox },
    {
      labelKey: 'outbox:inbox.nav',
      href: '/inbox',
      order: 87,
      visibleTo: canUseInbox,
      count: (db, actor) => (actor.id ? unreadCountFor(db, actor.id) : Promise.resolve(0)),
    },
  ],
  thingKinds: { outbox_message: 'outbox:inbox.thing' },
};
