import type { Executor } from '../../db/client.js';
import { listStates } from './queries.js';
import type { obligationEvents } from './schema.js';

type EventRow = typeof obligationEvents.$inferSelect;

/** An extension request as the registry records it, with the decision that answered it, if any. */
export interface ExtensionRequestView {
  /** The obligation event's id: the request's key for other modules. */
  id: number;
  iso3: string;
  stateName: string;
  article: 3 | 4;
  request: EventRow;
  /** The first decision after the request and before the next request, in the order things happened. */
  decision: EventRow | null;
  /** The obligation's deadline as it stands on `today`, with corrections applied. */
  currentDeadline: string | null;
  obligationStatus: 'open' | 'completed';
}

/**
 * Every Article 3 and 4 extension request recorded, corrections applied (a withdrawn request is not
 * listed), each linked to its decision. Ordered by State name, article, then the order things happened.
 */
export async function listExtensionRequests(
  db: Executor,
  today: string,
  /** The reader's language: States named in it and in its order. */
  locale = 'en',
): Promise<ExtensionRequestView[]> {
  const out: ExtensionRequestView[] = [];
  for (const s of await listStates(db, today, { locale })) {
    for (const o of s.obligations) {
      if (o.article !== 3 && o.article !== 4) continue;
      o.events.forEach((e, i) => {
        if (e.kind !== 'extension_requested') return;
        let decision: EventRow | null = null;
        for (const next of o.events.slice(i + 1)) {
          if (next.kind === 'extension_requested') break;
          if (next.kind === 'extension_decided') {
            decision = next;
            break;
          }
        }
        out.push({
          id: e.id,
          iso3: s.iso3,
          stateName: s.name,
          article: o.article as 3 | 4,
          request: e,
          decision,
          currentDeadline: o.currentDeadline,
          obligationStatus: o.status,
        });
      });
    }
  }
  return out;
}

/** One recorded extension request, or undefined. */
export async function findExtensionRequest(
  db: Executor,
  id: number,
  today: string,
  locale = 'en',
): Promise<ExtensionRequestView | undefined> {
  return (await listExtensionRequests(db, today, locale)).find((r) => r.id === id);
}
