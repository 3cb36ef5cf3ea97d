import type { Executor } from '../../../db/client.js';
import type { Area } from '../shared/vocabulary.js';
import { type Extraction, extractEntries, type ProposedEntry } from './extract.js';
import { IatiFileRefused } from './inputs.js';
import { type Pairing, pairWithOtherSide } from './pairing.js';
import { IATI_MAX_BYTES, parseIatiXml } from './parse.js';
import { iatiEntriesOf, loadRegistry } from './queries.js';

export interface ReadOptions {
  bytes: Uint8Array;
  sectors: string[];
  otherArea: Area;
  byWords: boolean;
}

export interface IatiReading extends Extraction {
  iatiVersion: string;
}

/**
 * Reads a file against the States registry and says, per activity, whether it is in or out and why,
 * and which entries it would propose. Writes nothing: the preview shows this before anything is
 * proposed, and the import proposes exactly this. Throws `IatiFileRefused` for a file not read.
 */
export async function readIatiFile(db: Executor, o: ReadOptions): Promise<IatiReading> {
  const parsed = parseIatiXml(o.bytes, IATI_MAX_BYTES);
  if (!parsed.ok) throw new IatiFileRefused(parsed.problem.key, parsed.problem.params);
  const extraction = extractEntries(parsed.activities, await loadRegistry(db), {
    sectors: [...new Set(o.sectors)],
    otherArea: o.otherArea,
    byWords: o.byWords,
  });
  return { iatiVersion: parsed.version, ...extraction };
}

/**
 * The entries of a reading that the other side of the same money already reported (`pairing.ts`),
 * against the live entries of the activities at both ends. The preview and the import both call it
 * with the entries the upload would propose (`proposes`), so the import leaves out what the preview
 * said it would. Writes nothing.
 */
export async function pairWithLedger(
  db: Executor,
  entries: readonly ProposedEntry[],
  proposes: (e: ProposedEntry, index: number) => boolean,
): Promise<Pairing> {
  const named = entries.filter((e, i) => e.counterpartActivityId !== null && proposes(e, i));
  if (named.length === 0) return { paired: new Map(), notes: [] };
  const ends = named.flatMap((e) => [e.iatiActivityId, e.counterpartActivityId ?? '']);
  return pairWithOtherSide(entries, proposes, await iatiEntriesOf(db, ends, 'live'));
}
