import { type Actor, isIsu } from '../../../kernel/actor.js';

/**
 * Chasing overdue reports is the secretariat's and the Coordinator on Transparency Measures'
 * work (11MSP Progress Report §68); a State's own focal point, partners and the public only read.
 */
export const canSendReminder = (a: Actor) => isIsu(a) || (a.kind === 'user' && a.role === 'coordinator');
