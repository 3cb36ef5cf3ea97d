import { type ContentParagraph, type FrozenFigure, paragraphId, type ReportContent } from './content.js';

/*
 * The differences between two versions of the report (or a version and the live draft): the figures
 * that changed, with the States that came into or left the count, and the paragraphs added, changed
 * or removed. Pure.
 */

export interface FigureChange {
  id: string;
  before: FrozenFigure;
  after: FrozenFigure;
  /** What changed: the printed figure, the computed one, the agreed one, the States counted. */
  what: Array<'shown' | 'computed' | 'assessed' | 'agreed' | 'counted'>;
  added: string[];
  removed: string[];
}

export interface ParagraphChange {
  id: string;
  change: 'added' | 'changed' | 'removed';
  before: ContentParagraph | null;
  after: ContentParagraph | null;
}

export interface ReportDiff {
  figures: FigureChange[];
  paragraphs: ParagraphChange[];
}

/** JSON with its keys sorted: a version read back from jsonb keeps its values, not its key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** What a paragraph says, without who wrote it or when: two equal texts are the same paragraph. */
const substance = (p: ContentParagraph) =>
  p.kind === 'generated'
    ? { textKey: p.textKey, count: p.count, params: p.params }
    : { text: p.text, status: p.status };

export function diffContents(a: ReportContent, b: ReportContent): ReportDiff {
  const figuresA = new Map(a.figures.map((f) => [f.id, f]));
  const figures: FigureChange[] = [];
  for (const after of b.figures) {
    const before = figuresA.get(after.id);
    if (!before) continue;
    const what: FigureChange['what'] = [];
    if (!same(before.shown, after.shown)) what.push('shown');
    if (!same(before.computed, after.computed)) what.push('computed');
    if (!same(before.assessed, after.assessed)) what.push('assessed');
    if (!same(before.agreed, after.agreed)) what.push('agreed');
    const was = new Set(before.counted);
    const is = new Set(after.counted);
    const added = after.counted.filter((x) => !was.has(x));
    const removed = before.counted.filter((x) => !is.has(x));
    if (added.length || removed.length) what.push('counted');
    if (what.length) figures.push({ id: after.id, before, after, what, added, removed });
  }

  const paragraphsA = new Map(a.paragraphs.map((p) => [paragraphId(p), p]));
  const paragraphsB = new Map(b.paragraphs.map((p) => [paragraphId(p), p]));
  const paragraphs: ParagraphChange[] = [];
  for (const [id, after] of paragraphsB) {
    const before = paragraphsA.get(id);
    if (!before) paragraphs.push({ id, change: 'added', before: null, after });
    else if (!same(substance(before), substance(after)))
      paragraphs.push({ id, change: 'changed', before, after });
  }
  for (const [id, before] of paragraphsA)
    if (!paragraphsB.has(id)) paragraphs.push({ id, change: 'removed', before, after: null });
  paragraphs.sort((x, y) => x.id.localeCompare(y.id));
  return { figures, paragraphs };
}
