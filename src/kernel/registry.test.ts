import { describe, expect, it } from 'vitest';
import { type Actor, anonymous } from './actor.js';
import { createRegistry } from './registry.js';

const isu: Actor = { ...anonymous, kind: 'user', id: 'u1', label: 'ISU', role: 'isu' };

describe('createRegistry', () => {
  it('orders the menu by place, whatever order the modules come in, and filters by who sees it', () => {
    const registry = createRegistry([
      { nav: [{ labelKey: 'x:b', href: '/b', order: 20 }] },
      { nav: [{ labelKey: 'x:admin', href: '/admin', order: 30, visibleTo: (a) => a.role === 'isu' }] },
      { nav: [{ labelKey: 'x:a', href: '/', order: 10 }] },
    ]);
    expect(registry.navFor(anonymous).map((e) => e.href)).toEqual(['/', '/b']);
    expect(registry.navFor(isu).map((e) => e.href)).toEqual(['/', '/b', '/admin']);
  });

  it("gives a section's menu on its pages only, with the links the actor may follow and the deepest one current", () => {
    const registry = createRegistry([
      { nav: [{ labelKey: 'x:home', href: '/', order: 10 }] },
      {
        nav: [
          {
            labelKey: 'x:co',
            href: '/co',
            order: 20,
            sections: {
              labelKey: 'x:co.menu',
              links: [
                { href: '/co', labelKey: 'x:summary' },
                { href: '/co/needs', labelKey: 'x:needs' },
                { href: '/co/import', labelKey: 'x:import', visibleTo: (a) => a.role === 'isu' },
              ],
            },
          },
        ],
      },
    ]);
    expect(registry.sectionFor(anonymous, '/')).toBeUndefined();
    expect(registry.sectionFor(anonymous, '/cooking')).toBeUndefined();
    const publicMenu = registry.sectionFor(anonymous, '/co/needs/12');
    expect(publicMenu?.links.map((l) => l.href)).toEqual(['/co', '/co/needs']);
    expect(publicMenu?.current).toBe('/co/needs');
    expect(publicMenu?.labelKey).toBe('x:co.menu');
    expect(registry.sectionFor(anonymous, '/co')?.current).toBe('/co');
    const isuMenu = registry.sectionFor(isu, '/co/import');
    expect(isuMenu?.links.map((l) => l.href)).toEqual(['/co', '/co/needs', '/co/import']);
    expect(isuMenu?.current).toBe('/co/import');
  });

  it('refuses two links in one place, one link twice, one kind twice', () => {
    expect(() =>
      createRegistry([
        { nav: [{ labelKey: 'x:a', href: '/a', order: 10 }] },
        { nav: [{ labelKey: 'x:b', href: '/b', order: 10 }] },
      ]),
    ).toThrow(/place 10/);
    expect(() =>
      createRegistry([
        { nav: [{ labelKey: 'x:a', href: '/a', order: 10 }] },
        { nav: [{ labelKey: 'x:b', href: '/a', order: 20 }] },
      ]),
    ).toThrow(/twice/);
    const kinds = { thingKinds: { thing: 'x:thing' } } as never;
    expect(() => createRegistry([kinds, kinds])).toThrow(/registered twice/);
  });

  it('names a registered kind by its catalogue key, and knows no other', () => {
    const registry = createRegistry([{ thingKinds: { thing: 'x:thing' } } as never]);
    expect(registry.thingLabelKey('thing')).toBe('x:thing');
    expect(registry.thingLabelKey('other')).toBeUndefined();
  });

  it('counts beside the links an actor sees, only those above zero, and only for links it may see', async () => {
    const asked: string[] = [];
    const counter = (name: string, n: number) => async () => {
      asked.push(name);
      return n;
    };
    const registry = createRegistry([
      {
        nav: [
          { labelKey: 'x:a', href: '/a', order: 10, count: counter('a', 3) },
          { labelKey: 'x:b', href: '/b', order: 20, count: counter('b', 0) },
          {
            labelKey: 'x:c',
            href: '/c',
            order: 30,
            visibleTo: (a) => a.role === 'isu',
            count: counter('c', 5),
          },
          { labelKey: 'x:d', href: '/d', order: 40 },
        ],
      },
    ]);
    const db = {} as never;
    expect(await registry.countsFor(db, anonymous)).toEqual({ '/a': 3 });
    expect(asked.sort()).toEqual(['a', 'b']);
    expect(await registry.countsFor(db, isu)).toEqual({ '/a': 3, '/c': 5 });
  });
});
