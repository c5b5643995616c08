// @ts-check
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The folders in `dir` (relative to this file) that exist now, so new ones are fenced in without editing this file. */
function folderNames(dir) {
  try {
    return readdirSync(new URL(dir, import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

const featureNames = () => folderNames('src/features/');

/** Folders at a feature's root that every part of the feature may import; every other folder is a part. */
const FEATURE_SHARED_FOLDERS = ['api', 'components'];

/**
 * Inside a feature, its parts (e.g. list/, detail/, stats/, filters/) never import each
 * other, and what they share never imports them: what two parts need lives at the
 * feature's root, in its components/ or in its api/.
 */
function featurePartZones(feature) {
  const root = `./src/features/${feature}`;
  const parts = folderNames(`src/features/${feature}/`).filter((name) => !FEATURE_SHARED_FOLDERS.includes(name));
  const zones = (parts.length > 1 ? parts : []).map((part) => ({
    target: `${root}/${part}`,
    from: parts.filter((other) => other !== part).map((other) => `${root}/${other}`),
    message: `The parts of a feature do not import each other: move what ${part}/ needs to the feature's root, components/ or api/.`,
  }));
  if (parts.length > 0) {
    zones.push({
      target: FEATURE_SHARED_FOLDERS.map((shared) => `${root}/${shared}`),
      from: parts.map((part) => `${root}/${part}`),
      message: "A feature's shared folders (components/, api/) do not import its parts.",
    });
  }
  return zones;
}

const BROWSER_CODE = ['./src/app', './src/features', './src/components', './src/lib'];

/** The boundaries of the design notes; each zone forbids `target` to import `from`. */
const boundaryZones = [
  // Features never import each other: each may import itself and nothing else under features/.
  ...featureNames().map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what both need to src/components or src/lib.',
  })),
  ...featureNames().flatMap(featurePartZones),
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'Generic code (components, lib) must not depend on features or the app shell.',
  },
  {
    target: BROWSER_CODE,
    from: ['./src/server', './src/sandbox'],
    message: 'Browser code must not import the proxy or the sandbox; share types through src/contract.',
  },
  {
    // The package half of this rule is `no-restricted-imports` below.
    target: './src/contract',
    from: '.',
    except: ['./src/contract', './node_modules'],
    message: 'src/contract imports nothing but zod and its own files.',
  },
];

/**
 * Bare specifiers src/contract may use (regex sources, e.g. `zod` also admits `zod/mini`);
 * relative ones are checked by the zone above.
 */
const contractImports = (allowed, described) => [
  'error',
  {
    patterns: [
      {
        regex: `^(?!(${allowed.join('|')})(/|$)|\\.{1,2}/)`,
        message: `src/contract imports only ${described} and its own files.`,
      },
    ],
  },
];

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'project/import-boundaries',
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones }],
    },
  },

  {
    name: 'project/contract-imports',
    files: ['src/contract/**/*.{ts,tsx}'],
    ignores: ['src/contract/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': contractImports(['zod'], 'zod') },
  },
  {
    // Tests of the contract may also use the test tools and Node's built-ins (to read
    // reference files); the code they test may not.
    name: 'project/contract-test-imports',
    files: ['src/contract/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': contractImports(
        ['zod', 'vitest', 'fast-check', 'node:[a-z_]+'],
        'zod (tests: also vitest, fast-check, node:*)',
      ),
    },
  },

  {
    name: 'project/react-hooks',
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // This rule says which hooks the React Compiler would leave unmemoised, TanStack
    // Table's useReactTable among them by design. The project does not run the compiler,
    // and nothing memoises on the table object (its parts re-render with the results
    // area), so the warning has nothing to act on.
    name: 'project/react-hooks-without-compiler',
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'react-hooks/incompatible-library': 'off' },
  },

  {
    name: 'project/browser-globals',
    files: ['src/**/*.{js,mjs,ts,tsx}'],
    ignores: ['src/server/**', 'src/sandbox/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'project/node-globals',
    files: [
      'src/server/**/*.{js,mjs,ts,tsx}',
      'src/sandbox/**/*.{js,mjs,ts,tsx}',
      'bench/**/*.{js,mjs,ts}',
      'e2e/**/*.{js,mjs,ts}',
      '.ci/**/*.{js,mjs}',
      '*.{js,mjs,cjs,ts,mts}',
    ],
    languageOptions: { globals: globals.node },
  },

  {
    name: 'project/typescript-tweaks',
    rules: {
      // An unused argument is often a required position in a callback; a leading _ says so.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
]);
