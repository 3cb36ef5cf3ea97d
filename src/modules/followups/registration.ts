import type { ModuleRegistration } from '../../kernel/registry.js';
import { canReadFollowUps } from './policy.js';

declare module '../../kernel/errors.js' {
  interface ThingKinds {
    contact: true;
  }
}

/** The follow-ups in the menu of the ISU and the Coordinators, after Progress. */
export const followupsRegistration: ModuleRegistration = {
  nav: [{ labelKey: 'followups:nav.followUps', href: '/follow-ups', order: 56, visibleTo: canReadFollowUps }],
  thingKinds: { contact: 'followups:things.contact' },
};
