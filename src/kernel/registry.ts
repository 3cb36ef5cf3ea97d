import type { Executor } from '../db/client.js';
import type { Actor } from './actor.js';
import type { ThingKind } from './errors.js';

/*
 * What a module adds to the shared shell, handed to the kernel at wiring time (src/app.ts) so the
 * kernel itself names no module: its links in the main menu and the kinds of thing its "not
 * found" errors name.
 */

/** One link of a section's own menu (the line of links at the top of its pages). */
export interface SectionLink {
  labelKey: string;
  href: string;
  /** Who sees the link; everyone when absent. As for the main menu, the route refuses on its own. */
  visibleTo?: (actor: Actor) => boolean;
}

/** A section's menu as one actor sees it on one page: the name of the menu, its links, the current one. */
export interface SectionMenu {
  labelKey: string;
  links: readonly SectionLink[];
  current?: string;
}

/** One link in the main menu. */
export interface NavEntry {
  /** Catalogue key of the link text (`common:nav.states`). */
  labelKey: string;
  href: string;
  /**
   * Place in the menu, lower first. The modules use steps of 10 (home 10 … audit 90), so a new
   * module slots in between without renumbering the others. Two entries may not share a place.
   */
  order: number;
  /**
   * Who sees the link; everyone when absent. Hiding a link is not a permission check: the route
   * behind it refuses on its own.
   */
  visibleTo?: (actor: Actor) => boolean;
  /**
   * A number shown beside the link for this actor (unread messages), or nothing when it is 0. Read
   * once per page, so it must be one small query.
   */
  count?: (db: Executor, actor: Actor) => Promise<number>;
  /**
   * The section's own menu, shown at the top of every page under `href`, to each actor only the
   * links it may follow; the page the reader is on (the longest matching link) is marked.
   */
  sections?: { readonly labelKey: string; readonly links: readonly SectionLink[] };
}

/** What one module registers. Both parts are optional. */
export interface ModuleRegistration {
  nav?: readonly NavEntry[];
  /**
   * Each kind of thing the module's NotFoundErrors name, with the catalogue key of its name
   * ("State"). The kind itself is declared for the compiler by adding it to `ThingKinds`
   * (kernel/errors.ts) from the module.
   */
  thingKinds?: { readonly [K in ThingKind]?: string };
}

export interface Registry {
  /** The menu an actor sees, in order. */
  navFor(actor: Actor): readonly NavEntry[];
  /** The section menu of the page at `path` as this actor sees it, with the current link; none outside a section. */
  sectionFor(actor: Actor, path: string): SectionMenu | undefined;
  /** The numbers beside the menu links this actor sees, by link (only links with a count above 0). */
  countsFor(db: Executor, actor: Actor): Promise<Readonly<Record<string, number>>>;
  /** The catalogue key that names a kind of thing, if a module registered it. */
  thingLabelKey(kind: string): string | undefined;
}

/** Joins the modules' registrations; a clash (same link, same place, same kind twice) is a wiring bug and throws. */
export function createRegistry(modules: readonly ModuleRegistration[]): Registry {
  const nav = modules.flatMap((m) => m.nav ?? []).sort((a, b) => a.order - b.order);
  nav.forEach((entry, i) => {
    const before = nav[i - 1];
    if (before && before.order === entry.order)
      throw new Error(`menu: ${before.href} and ${entry.href} both want place ${entry.order}`);
    if (nav.findIndex((e) => e.href === entry.href) !== i) throw new Error(`menu: ${entry.href} twice`);
  });
  const labels = new Map<string, string>();
  for (const m of modules)
    for (const [kind, key] of Object.entries(m.thingKinds ?? {})) {
      if (labels.has(kind)) throw new Error(`not-found kind "${kind}" registered twice`);
      if (key) labels.set(kind, key);
    }
  return {
    navFor: (actor) => nav.filter((e) => e.visibleTo?.(actor) ?? true),
    sectionFor(actor, path) {
      const under = (href: string) =>
        path === href || path.startsWith(`${href}/`) || path.startsWith(`${href}?`);
      const entry = nav.find((e) => e.sections && under(e.href) && (e.visibleTo?.(actor) ?? true));
      if (!entry?.sections) return undefined;
      const links = entry.sections.links.filter((l) => l.visibleTo?.(actor) ?? true);
      const current = links
        .filter((l) => under(l.href))
        .sort((a, b) => b.href.length - a.href.length)[0]?.href;
      return { labelKey: entry.sections.labelKey, links, current };
    },
    async countsFor(db, actor) {
      const counted = nav.filter((e) => e.count && (e.visibleTo?.(actor) ?? true));
      const values = await Promise.all(counted.map((e) => e.count?.(db, actor) ?? 0));
      const out: Record<string, number> = {};
      counted.forEach((e, i) => {
        const n = values[i] ?? 0;
        if (n > 0) out[e.href] = n;
      });
      return out;
    },
    thingLabelKey: (kind) => labels.get(kind),
  };
}

/** No module registered: an empty menu, no kinds (pages rendered outside the app, in tests). */
export const emptyRegistry: Registry = createRegistry([]);
