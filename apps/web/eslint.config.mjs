import { readdirSync } from 'node:fs';
import nx from '@nx/eslint-plugin';
import baseConfig from '../../eslint.config.mjs';

// Layers inside the web app (CONTRIBUTING.md (Web feature)):
// - core/** never imports features/** (core is what every feature stands on);
// - a feature imports from another feature only its client, `<f>/data-access/*-api.ts`, or what
//   it lends to others through `<f>/index.ts` (the bell the shell shows); never its pages,
//   components, messages or fixtures.
// no-restricted-imports reads the import as written, so a relative path is judged by how far up
// it climbs: from a file `depth` folders below features/<f>/, `../` × (depth + 1) is features/.
const FEATURES_DIR = new URL('./src/app/features/', import.meta.url);
const features = readdirSync(FEATURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const PUBLIC = String.raw`(?!data-access/[\w-]+-api$|index$)`;
const featureBoundaries = features.flatMap((feature) =>
  [0, 1, 2, 3].map((depth) => ({
    files: [`src/app/features/${feature}/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(?:\.\./){${depth + 1}}(?:\.\./features/)?(?!${feature}/)[\w-]+/${PUBLIC}`,
              message: `A feature imports another feature only through its data-access/*-api.ts client or its index.ts (see CONTRIBUTING.md (Web feature)).`,
            },
          ],
        },
      ],
    },
  })),
);

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'app',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'app',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    files: ['src/app/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`(?:^|/)features(?:/|$)`,
              message:
                'core/ never imports a feature: move what both need into core/ (see CONTRIBUTING.md (Web feature)).',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['**/*.html'],
    // Override or add rules here
    rules: {},
  },
];
