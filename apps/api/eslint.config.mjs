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

export default [
  ...config,
  {
    files: LOWER_FLOORS.map((floor) => `src/${floor}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\.\\./(?!(${LOWER_FLOORS.join('|')})/)`,
              message:
                'A lower floor (platform, persistence, identity) must not import a feature: move the shared piece down a floor (see ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // End-to-end suites read arbitrary JSON from the API and check it with assertions, not types.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
