import type { Actor } from '../../kernel/actor.js';
import { canReadOfficialContacts, canReadWholeDirectory, canWriteDirectoryOf } from './policy.js';

/** What of an entry decides who sees it. */
export interface EntryVisibility {
  stateIso3: string;
  official: boolean;
  published: boolean;
}

/**
 * The one rule of who sees a contact, used by the pages, the downloads and the API alike:
 * - the ISU and Coordinators see every entry;
 * - whoever writes a State's entries (its focal points) sees all of that State's entries;
 * - people who act for a State (focal points, partners that are States) see other States' official contacts;
 * - everyone, the public included, sees the entries their State agreed to publish.
 */
export function canSeeEntry(actor: Actor, e: EntryVisibility): boolean {
  if (canReadWholeDirectory(actor)) return true;
  if (canWriteDirectoryOf(actor, e.stateIso3)) return true;
  if (e.official && canReadOfficialContacts(actor)) return true;
  return e.published;
}

/** Which rule applies to this reader, said on the page so a reader knows what may be missing. */
export function readerReach(actor: Actor): 'all' | 'official' | 'published' {
  if (canReadWholeDirectory(actor)) return 'all';
  if (canReadOfficialContacts(actor)) return 'official';
  return 'published';
}
