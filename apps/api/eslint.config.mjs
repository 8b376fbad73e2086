import config from '@spendwise/eslint-config/node';

/**
 * The API's floors, lowest first: the platform (config, errors, http, logging, mail, openapi, validation, rate limits),
 * persistence (prisma), identity (auth: who is calling). Features (everything else under src/) build on them. A
 * lower floor never imports a feature, so a feature can change without the floors under it moving; the rule below
 * lists what a lower floor may import instead of what it may not, so a new feature folder is covered unlisted.
 */
const LOWER_FLOORS = [
  'auth',
  'config',
  'errors',
  'http',
  'logging',
  'mail',
  'openapi',
  'prisma',
  'rate-limit',
  'testing',
  'validation',
];

const LOWER_FLOOR_FILES = LOWER_FLOORS.map((floor) => `src/${floor}/**/*.ts`);
const SPECS = ['**/*.spec.ts'];

/**
 * Features use each other only through a declared public entry: a feature folder's index.ts says what the others
 * may import (a service, a module, a shared SQL fragment); everything else in the folder is its own. So a feature's
 * files can be split, renamed or rewritten without reading the others. Specs may reach in (they fake internals).
 */
const PUBLIC_ENTRY_PATTERN = {
  regex: `^(\\.\\./)+(?!(${LOWER_FLOORS.join('|')})/)[a-z-]+/`,
  message:
    "Another feature's files are its own: import what it offers from '../<feature>', its index.ts (see ARCHITECTURE.md).",
};

const FLOOR_PATTERN = {
  regex: `^\\.\\./(?!(${LOWER_FLOORS.join('|')})/)`,
  message:
    'A lower floor (platform, persistence, identity) must not import a feature: move the shared piece down a floor (see ARCHITECTURE.md).',
};

/**
 * The persistence floor: only repositories (`*.repository.ts`), the SQL they send (`*.sql.ts`, snapshotted under
 * sql/) and prisma/ itself touch the database; services reach it through a repository. So nothing else may import
 * PrismaService, the Prisma client or its namespace (`Prisma.sql`, `Prisma.TransactionClient`), or the helpers
 * that turn a transaction handle back into a client. Specs and test helpers may (they build fakes).
 */
const PERSISTENCE_MESSAGE =
  'Only repositories (*.repository.ts) and SQL builders (*.sql.ts) touch the database: call a repository (see ARCHITECTURE.md, "The persistence floor").';
const PERSISTENCE_PATHS = [
  { name: '@spendwise/db', importNames: ['Prisma', 'PrismaClient'], message: PERSISTENCE_MESSAGE },
];
const PERSISTENCE_PATTERNS = [
  { group: ['**/prisma/prisma.service'], message: PERSISTENCE_MESSAGE },
  {
    group: ['**/prisma/transaction'],
    importNames: ['clientOf', 'dbOf', 'inTransaction'],
    message: PERSISTENCE_MESSAGE,
  },
];
const MAY_TOUCH_THE_DATABASE = [
  '**/*.repository.ts',
  '**/*.sql.ts',
  'src/prisma/**',
  'src/testing/**',
  '**/*.spec.ts',
  // The readiness probe asks PrismaService itself (isReachable), the persistence floor's own check.
  'src/health/health.service.ts',
];

export default [
  ...config,
  {
    files: LOWER_FLOOR_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: [FLOOR_PATTERN] }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: MAY_TOUCH_THE_DATABASE,
    rules: {
      'no-restricted-imports': ['error', { paths: PERSISTENCE_PATHS, patterns: PERSISTENCE_PATTERNS }],
    },
  },
  {
    // A lower floor's own services obey both rules (a later block replaces a rule's options, never merges them).
    files: LOWER_FLOOR_FILES,
    ignores: MAY_TOUCH_THE_DATABASE,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: PERSISTENCE_PATHS, patterns: [FLOOR_PATTERN, ...PERSISTENCE_PATTERNS] },
      ],
    },
  },
  {
    // A feature's repositories and SQL builders: the public-entry rule only (they may touch the database).
    files: ['src/**/*.repository.ts', 'src/**/*.sql.ts'],
    ignores: [...LOWER_FLOOR_FILES, ...SPECS],
    rules: { 'no-restricted-imports': ['error', { patterns: [PUBLIC_ENTRY_PATTERN] }] },
  },
  {
    // A feature's other files: the public-entry rule and the persistence rule.
    files: ['src/**/*.ts'],
    ignores: [...LOWER_FLOOR_FILES, ...SPECS, ...MAY_TOUCH_THE_DATABASE],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: PERSISTENCE_PATHS, patterns: [PUBLIC_ENTRY_PATTERN, ...PERSISTENCE_PATTERNS] },
      ],
    },
  },
  {
    // End-to-end suites read arbitrary JSON from the API and check it with assertions, not types.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
