import type { Actor } from '../../kernel/actor.js';
import { isIsu } from '../../kernel/actor.js';

/** Who may write what in the registry. A focal point speaks only for its own State. */
export const canEditStateRegistry = (a: Actor) => isIsu(a);

/** A State's own focal point may record that its State requested an extension; decisions and completions are the ISU's. */
export const canRecordExtensionRequest = (a: Actor, iso3: string) =>
  isIsu(a) || (a.kind === 'user' && a.role === 'focal_point' && a.stateIso3 === iso3);

export const canRecordObligationEvent = (a: Actor, iso3: string, kind: string) =>
  kind === 'extension_requested' ? canRecordExtensionRequest(a, iso3) : isIsu(a);

/** Coarse gate for event recording: anyone who could record at least something. */
export const mayRecordSomeEvent = (a: Actor) => isIsu(a) || (a.kind === 'user' && a.role === 'focal_point');
