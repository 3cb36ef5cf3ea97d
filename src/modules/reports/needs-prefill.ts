import type { Executor } from '../../db/client.js';
import { type NeedEntry, type NeedFact, reportFacts, withNeedEntries } from './template/facts.js';
import { getTemplate } from './template/registry.js';
import type { ReportContent } from './template/types.js';

/*
 * A new draft's needs start from the register another module keeps, not from an older report's
 * rows. This module declares what it needs (`CurrentNeedsSource`); the register's module provides
 * it at wiring time, so the import runs from that module to this one only.
 */

export interface CurrentNeedsSource {
  /** The needs a draft should carry today, as entries; those already among `besides` are left out. */
  currentNeeds(
    db: Executor,
    iso3: string,
    today: string,
    besides?: readonly NeedFact[],
  ): Promise<NeedEntry[]>;
}

let source: CurrentNeedsSource | null = null;

/** Wiring: the register that pre-fills drafts' needs. Registering again replaces it. */
export function provideCurrentNeeds(s: CurrentNeedsSource): void {
  source = s;
}

const entryOf = ({ source: _, ...entry }: NeedFact): NeedEntry => entry;

/**
 * The content with its needs taken from the register. `keep` keeps the needs already there and adds
 * the register's others (a draft continuing a recalled submission, whose own needs the recall
 * withdrew); otherwise the register's needs replace them (a new year, an amendment). Without a
 * register wired, or a needs form in the content, the content is returned as it is.
 */
export async function withCurrentNeeds(
  db: Executor,
  iso3: string,
  today: string,
  content: ReportContent,
  opts: { keep?: boolean } = {},
): Promise<ReportContent> {
  const where = getTemplate(content.template).meanings.tables.needs;
  if (!source || !where || !content.forms[where.form]) return content;
  if (!opts.keep) return withNeedEntries(content, await source.currentNeeds(db, iso3, today));
  const kept = reportFacts(content).needs;
  const extra = await source.currentNeeds(db, iso3, today, kept);
  return withNeedEntries(content, [...kept.map(entryOf), ...extra]);
}
