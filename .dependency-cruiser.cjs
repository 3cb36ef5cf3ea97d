// The module boundaries of docs/decisions/016-boundaries-checked.md, checked by `npm run boundaries`
// (part of `npm test`). Paths are relative to the repository root.

// dependency-cruiser 17 (the last line that runs on Node 20) parses with @swc/core but never turns
// on TSX, so every .tsx view would be a syntax error. Its swc parser looks `parseFileSync` up on
// the shared @swc/core exports at each call, so switching TSX on by file name here is enough.
// Drop this once the project is on dependency-cruiser 18 or later, which does it itself.
const swc = require('@swc/core');
const parseFileSync = swc.parseFileSync.bind(swc);
swc.parseFileSync = (file, options) =>
  parseFileSync(file, { ...options, tsx: String(file).endsWith('.tsx') });

// The modules from the bottom up: a module's code imports only modules listed before it, so modules
// never import each other in a circle. Tests may use any module's faces (nothing imports a test).
// A new module is added here, where it belongs.
const LAYERS = ['map', 'states', 'calendar', 'outbox', 'accounts', 'reports', 'cooperation', 'coalitions', 'practices', 'directory', 'workplans', 'analysis', 'progress', 'risk', 'extensions', 'followups', 'api', 'workspace', 'home'];

const TEST = '(\\.test\\.tsx?$|^test/)';
// A module's public faces: index.ts for everything, schema.ts for tables (foreign keys, joins,
// reads), testing.ts for other modules' tests only.
const FACE = '^src/modules/[^/]+/(index|schema|testing)\\.ts$';

const layerRules = LAYERS.slice(0, -1).map((module, i) => ({
  name: 'module-layers',
  comment: `${module} sits below ${LAYERS.slice(i + 1).join(', ')} in LAYERS and imports none of them`,
  severity: 'error',
  from: { path: `^src/modules/${module}/`, pathNot: TEST },
  to: { path: `^src/modules/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'module-public-face',
      comment:
        "A module reaches another module only through its index.ts (or its schema.ts for tables, or its testing.ts from tests); sub-folders are the module's own business",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', FACE] },
    },
    {
      name: 'schema-imports-schemas',
      comment:
        "A module's schema.ts reaches other modules only through their schema.ts, so importing it never loads a module",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/schema\\.ts$' },
      to: { path: '^src/modules/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/schema\\.ts$'] },
    },
    {
      name: 'outside-public-face',
      comment:
        'The app, the database, the kernel, scripts and shared tests reach a module only through its faces',
      severity: 'error',
      from: { pathNot: '^src/modules/' },
      to: { path: '^src/modules/', pathNot: FACE },
    },
    {
      name: 'testing-face-only-in-tests',
      comment: 'testing.ts files are test helpers: application code never imports them',
      severity: 'error',
      from: { pathNot: [TEST, '/testing\\.ts$'] },
      to: { path: '/testing\\.ts$' },
    },
    {
      name: 'kernel-imports-no-module',
      comment: 'The kernel is generic: it imports no module',
      severity: 'error',
      from: { path: '^src/kernel/', pathNot: TEST },
      to: { path: '^src/modules/' },
    },
    {
      name: 'kernel-tests-use-tables-only',
      comment:
        "The kernel's tests may exercise verbs and data versions on a module's table, and nothing more of it",
      severity: 'error',
      from: { path: '^src/kernel/.*\\.test\\.tsx?$' },
      to: { path: '^src/modules/', pathNot: '^src/modules/[^/]+/schema\\.ts$' },
    },
    {
      name: 'db-gathers-schemas-only',
      comment: "src/db knows the modules' tables and nothing else of them",
      severity: 'error',
      from: { path: '^src/db/', pathNot: TEST },
      to: { path: '^src/modules/', pathNot: '^src/modules/[^/]+/schema\\.ts$' },
    },
    {
      name: 'no-own-barrel',
      comment:
        "A module's own files import each other directly, never through the module's index.ts (a circle through the barrel)",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: TEST },
      to: { path: '^src/modules/$1/index\\.ts$' },
    },
    ...layerRules,
    {
      name: 'module-not-layered',
      comment: 'Every module that imports or is imported by another module has its place in LAYERS',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/([^/]+)/',
        pathNot: [`^src/modules/$1/`, `^src/modules/(${LAYERS.join('|')})/`],
      },
    },
    {
      name: 'unlayered-module-imports',
      comment: 'Every module that imports or is imported by another module has its place in LAYERS',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: `^src/modules/(${LAYERS.join('|')})/` },
      to: { path: '^src/modules/([^/]+)/', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'No file imports itself through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-test',
      comment: 'Nothing imports a test file',
      severity: 'error',
      from: {},
      to: { path: '\\.test\\.tsx?$' },
    },
    {
      name: 'not-unresolvable',
      comment: 'Every import resolves: a miss here would hide an edge from the other rules',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: 'swc',
    // Type-only imports count: they couple modules just as much.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '^dist/'] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
