import baseConfig from '../../eslint.config.mjs';

// Layers of the API (see CONTRIBUTING.md, "Anatomy of a module"). Arrows only run down:
//   app/, web/, main.ts   the composition root: wires the modules together; may import anything
//   feature modules       may import the kernel, audit/, and the public surface of another module
//   audit/                stands below every feature: imports only the kernel
//   common/ config/ database/   the kernel: imports no feature
const FEATURES = [
  'agencies',
  'agenda',
  'announcements',
  'auth',
  'calendar',
  'comments',
  'demo',
  'health',
  'home',
  'markdown',
  'meetings',
  'notes',
  'notifications',
  'public',
  'realtime',
  'users',
];
const ROOT = ['app', 'web'];
const KERNEL = ['common', 'config', 'database'];

// What one module may import from another: its Nest module, its services, its entities (for
// TypeORM relations), its queries (the SQL it lets others run on its tables), its mapper (its
// summary shapes) and its response DTOs (for OpenAPI composition). Nothing else: no
// controllers, policies, request DTOs or internal helpers.
const PUBLIC_SURFACE = [
  '[\\w-]+\\.module',
  '[\\w-]+\\.service',
  '[\\w-]+\\.queries',
  '[\\w-]+\\.mapper',
  'entities/[\\w-]+\\.entity',
  'dto/[\\w-]+\\.responses',
];
// A module's own extra public files, named one by one.
const EXTRA_SURFACE = {
  users: ['credentials/password-hasher', 'credentials/password-policy'],
};

const upTo = (folders) => `^(?:\\.\\./)+(?:${folders.join('|')})(?:/|$)`;
const internalsOf = (folder) =>
  `^(?:\\.\\./)+${folder}/(?!(?:${[...PUBLIC_SURFACE, ...(EXTRA_SURFACE[folder] ?? [])].join('|')})$)`;

// Every POST route takes its decorator from common/post.decorator.ts (Idempotency-Key honoured).
const PATHS = [
  {
    name: '@nestjs/common',
    importNames: ['Post'],
    message: 'Use Post from common/post.decorator: it honours Idempotency-Key on every creating route.',
  },
];

// One rule object per file set (a later one replaces an earlier one for the same file), so each
// carries PATHS as well as its own patterns.
const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths: PATHS, patterns }] },
});

const below = (folders, message) => ({ regex: upTo(folders), message });

export default [
  ...baseConfig,
  restrict(['src/**/*.ts', 'test/**/*.ts'], []),
  restrict(
    KERNEL.map((k) => `src/${k}/**/*.ts`),
    [below([...ROOT, 'audit', ...FEATURES], 'The kernel (common/, config/, database/) imports no feature module.')],
  ),
  restrict(
    ['src/audit/**/*.ts'],
    [below([...ROOT, ...FEATURES], 'audit/ stands below every feature: it imports only the kernel.')],
  ),
  ...FEATURES.map((feature) =>
    restrict(
      [`src/${feature}/**/*.ts`],
      [
        below(ROOT, 'A feature module does not import the composition root (app/, web/).'),
        ...FEATURES.filter((other) => other !== feature).map((other) => ({
          regex: internalsOf(other),
          message: `Import only the public surface of ${other}/ (its module, *.service, *.queries, *.mapper, entities/*.entity, dto/*.responses${EXTRA_SURFACE[other] ? `, ${EXTRA_SURFACE[other].join(', ')}` : ''}); see CONTRIBUTING.md.`,
        })),
      ],
    ),
  ),
];
