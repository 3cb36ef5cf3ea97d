import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { foldForSearch, stateNamesOf } from '../../kernel/i18n/state-names.js';
import { registryNames } from '../states/index.js';
import { PracticeNotFoundError } from './inputs.js';
import { canReadPractice } from './policy.js';
import { goodPractices, type PracticeText } from './schema.js';
import {
  type PracticeArea,
  type PracticeLanguage,
  type PracticeStatus,
  practiceLanguages,
  type SourceKind,
} from './vocabulary.js';

/** A practice as pages, downloads and the API read it. */
export interface PracticeView {
  id: number;
  status: PracticeStatus;
  area: PracticeArea;
  /** The original's language. */
  language: PracticeLanguage;
  texts: Partial<Record<PracticeLanguage, PracticeText>>;
  states: Array<{ iso3: string; name: string }>;
  partners: string[];
  source: { kind: SourceKind; reference: string; title: string };
  lapAction: number | null;
  practiceOn: string | null;
  /** Loaded from the source documents rather than entered by a person. */
  seeded: boolean;
  updatedAt: string;
  version: number;
}

/** The text a reader sees: in the reader's language when there is one, else the original, marked. */
export function textFor(p: Pick<PracticeView, 'texts' | 'language'>, locale: string) {
  const own = p.texts[locale as PracticeLanguage];
  if (own) return { ...own, lang: locale as PracticeLanguage, original: locale === p.language };
  return { ...(p.texts[p.language] as PracticeText), lang: p.language, original: true };
}

/** The languages a practice is written in, the original first. */
export const languagesOf = (p: Pick<PracticeView, 'texts' | 'language'>) =>
  [p.language, ...practiceLanguages.filter((l) => l !== p.language && p.texts[l])] as PracticeLanguage[];

export interface PracticeFilter {
  /** Words, every one of which must appear somewhere in the practice (any language, accents ignored). */
  q?: string;
  area?: PracticeArea;
  state?: string;
  action?: number;
}

const fold = foldForSearch;

function matches(p: PracticeView, f: PracticeFilter): boolean {
  if (f.area && p.area !== f.area) return false;
  if (f.state && !p.states.some((s) => s.iso3 === f.state)) return false;
  if (f.action !== undefined && p.lapAction !== f.action) return false;
  const words = fold(f.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return true;
  const haystack = fold(
    [
      ...Object.values(p.texts).flatMap((t) => (t ? [t.title, t.done, t.achieved ?? ''] : [])),
      ...p.partners,
      // A State is found by its name in any language: "Liban", "Líbano", "Lebanon".
      ...p.states.flatMap((s) => [s.iso3, s.name, ...Object.values(stateNamesOf(s.iso3, s.name))]),
      p.source.title,
      p.source.reference,
    ].join(' '),
  );
  return words.every((w) => haystack.includes(w));
}

type Row = typeof goodPractices.$inferSelect;

async function toViews(db: Executor, rows: Row[]): Promise<PracticeView[]> {
  const codes = [...new Set(rows.flatMap((r) => r.stateIso3s))];
  const names = await registryNames(db, codes);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    area: r.area as PracticeArea,
    language: r.language,
    texts: r.texts,
    states: r.stateIso3s.map((iso3) => ({ iso3, name: names.get(iso3) ?? iso3 })),
    partners: r.partners,
    source: { kind: r.sourceKind, reference: r.sourceReference, title: r.sourceTitle },
    lapAction: r.lapAction,
    practiceOn: r.practiceOn,
    seeded: r.referenceKey !== null,
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  }));
}

/**
 * The practices this reader may see that match the filter, by id (the order they were entered).
 * The catalogue is small (dozens of practices), so words are matched here, in every language and
 * without accents, the same on both engines; the rows come in id order from the database.
 */
export async function listPractices(
  db: Executor,
  actor: Actor,
  f: PracticeFilter = {},
): Promise<PracticeView[]> {
  const rows = await db.select().from(goodPractices).orderBy(asc(goodPractices.id));
  const readable = rows.filter((r) => canReadPractice(actor, r));
  return (await toViews(db, readable)).filter((p) => matches(p, f));
}

/** One practice, if this reader may see it; otherwise not found (an unpublished one is not revealed). */
export async function getPractice(db: Executor, actor: Actor, id: number): Promise<PracticeView> {
  const rows = await db
    .select()
    .from(goodPractices)
    .where(inArray(goodPractices.id, [id]));
  const row = rows[0];
  if (!row || !canReadPractice(actor, row)) throw new PracticeNotFoundError(id);
  const [view] = await toViews(db, [row]);
  return view as PracticeView;
}
