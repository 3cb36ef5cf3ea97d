import { type Actor, isIsu } from '../../kernel/actor.js';

/** The calendar is the ISU's record of the Convention's meetings: only the ISU writes it. */
export const canWriteCalendar = (a: Actor) => isIsu(a);
