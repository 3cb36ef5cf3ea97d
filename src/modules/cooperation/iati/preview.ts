import type { Executor } from '../../../db/client.js';
import type { Area } from '../shared/vocabulary.js';
import { type Extraction, extractEntries } from './extract.js';
import { IatiFileRefused } from './inputs.js';
import { IATI_MAX_BYTES, parseIatiXml } from './parse.js';
import { loadRegistry } from './queries.js';

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
