// Lint gate (part of npm test, 0 warnings): typescript-eslint's type-aware recommended rules over the TypeScript
// of src/, scripts/ and tests/; Astro's rules and the layers over .astro files (type-checked by astro check).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * The layers of src/lib/ (each folder's README.md says what it holds): a folder may import itself, the folders
 * listed here and src/schemas/, nothing else — never a page, component, layout, integration or island. Lower
 * folders never import higher ones, so there is no import circle between features.
 */
const LAYERS = {
  core: [],
  geo: ['core'],
  content: ['core'],
  domain: ['core', 'geo'],
  views: ['core', 'geo', 'content', 'domain', 'search', 'map'],
  publish: ['core', 'geo', 'content', 'domain', 'search', 'map', 'views'],
  cms: ['core', 'content', 'domain'],
  deploy: ['core', 'geo', 'content', 'domain', 'map', 'cms', 'report'],
  inspect: ['core', 'content', 'domain', 'deploy', 'report'],
  stats: ['core', 'content'],
  report: ['core', 'content', 'stats', 'publish'],
};
/**
 * Search and the map are feature packages beside src/lib/ (src/search/, src/map/): their logic, browser code
 * (island/), components (components/) and, for search, the build's indexer (integration/) in one folder. Their logic
 * sits where src/lib/search/ and src/lib/map/ sat in the layers: it may import these folders of src/lib/, and only
 * the src/lib/ folders that list it may import it. Outside its folder a package is reached through its index.ts or
 * its components.
 */
const PACKAGES = ['search', 'map'];
const PACKAGE_IMPORTS = ['core', 'geo', 'content', 'domain'];
const FOLDERS = Object.keys(LAYERS);
/** Matches a relative import of one of these folders of src/lib/ from inside src/lib/<folder>/. */
const libFolders = (folders) => `^\\.\\./(${folders.join('|')})/`;
/** …and of the site's other parts, from src/lib/<folder>/ or src/schemas/. */
/** A collection's schema (src/collections/<name>/schema.ts) is the foundation's, so every layer may import it. */
const SCHEMA_FILE = '(?![^/]+/schema\\.ts$)';
/** The site's parts no file of src/lib/ or of a collection's logic imports. */
const SITE_FOLDERS = ['components', 'layouts', 'pages', 'integrations', 'islands', 'scripts'];
const siteParts = (collectionFile) => `^(\\.\\./)+(collections/${collectionFile}|(${SITE_FOLDERS.join('|')})/)`;
const SITE_PARTS = siteParts(SCHEMA_FILE);
/**
 * A collection's folder (src/collections/<name>/) holds files of several layers, by name: schema.ts and import.ts
 * the foundation's, domain.ts (its statuses and rules) the domain's, search.ts the search package's, page.ts (its
 * cards, metadata rows and detail data) the views'. A layer of src/lib/ may import the files of the layers it reaches:
 * the posters a project's facts, the calendar an event's cards, the inspection a training institution's status.
 */
const reaches = (folder, layer) => folder === layer || LAYERS[folder].includes(layer);
const collectionFiles = (names) => `(?![^/]+/(${names.join('|')})\\.ts$)`;
const filesFor = (folder) => collectionFiles(['schema', ...(reaches(folder, 'domain') ? ['domain'] : []), ...(reaches(folder, 'views') ? ['page'] : [])]);
/** The packages sit above the domain; search alone imports the collections' search.ts. */
const PACKAGE_FILES = { search: collectionFiles(['schema', 'domain', 'search']), map: collectionFiles(['schema', 'domain']) };
/** A package's inside, from anywhere outside it. */
const DOOR = {
  regex: `^(\\.\\./)+(${PACKAGES.join('|')})/(?!index\\.ts$|components/|island/)`,
  message: 'Outside their folders, search and the map are imported through src/search/index.ts and src/map/index.ts, their components/ or, as a page script, their island/.',
};

/**
 * Code that runs in the browser (src/islands/) and the modules it may load. They import no Node or Astro module
 * and no server-side module (type-only imports are erased and allowed).
 */
const BROWSER_SAFE = ['core', 'geo', 'domain'];
const BROWSER_SAFE_FILES = ['src/map/basemap.ts', 'src/search/{state,query,terms}.ts'];
const SERVER_ONLY = '^(\\.\\./)+(lib/)?(content|views|publish|cms|deploy|inspect|stats|report)/|(^|/)collections/(?![^/]+/(schema|domain)\\.ts$)|(^|/)(map-data|svg-map|records|project-filters)\\.ts$|(^|/)(search|map)/index\\.ts$|^\\.\\./index\\.ts$|/integration/';
const NO_SERVER_RUNTIME = { regex: '^(node|astro):', message: 'Browser code: no Node or Astro server module.' };
const NO_SERVER_MODULES = { regex: SERVER_ONLY, allowTypeImports: true, message: 'Browser code may import only browser-safe modules (BROWSER_SAFE in eslint.config.js); types are fine.' };
const restricted = (...patterns) => ['error', { patterns }];

/**
 * The rule of one kind of file in a collection's folder (`file`.ts): the folders of src/lib/ it may import (`lib`),
 * the other folders of src/ it may not (`parts`), and the files of its own and other collections' folders it may
 * (`files`); `extra` is one more pattern (browser code, the packages' door).
 */
const collectionFileRule = (file, { lib, parts, files, layer, extra }) => ({
  files: [`src/collections/*/${file}.ts`],
  rules: {
    '@typescript-eslint/no-restricted-imports': restricted(
      {
        regex: `^\\.\\./\\.\\./lib/(?!(${lib.join('|')})/)|^\\.\\./\\.\\./(${parts.join('|')})/|^\\.\\./(?!\\.\\./)${collectionFiles(files)}|^\\./(?!(${files.join('|')})\\.ts$)`,
        message: `A collection's ${file}.ts ${layer}: it imports src/lib/{${lib.join(',')}}, src/schemas/ and collections' ${files.map((f) => `${f}.ts`).join(', ')} only.`,
      },
      extra,
    ),
  },
});

/**
 * The site's parts import one way too: pages → collections → layouts → components → src/lib/, never back and
 * never an integration (the build's hooks). A collection's folder (src/collections/<name>/) holds its pages' data
 * and Detail.astro. Loading the content is a page's or a view's job (src/lib/views/), so a layout
 * or a component renders what it is given; the deployment's policies (src/lib/deploy/) are the layouts'.
 * `.ts` and `.astro` alike.
 */
const upward = (...parts) => ({ regex: `^(\\.\\./)+(${parts.map((p) => (p === 'collections' ? `collections/${SCHEMA_FILE}` : `${p}/`)).join('|')})`, message: `This part of the site may not import ${parts.join(', ')} (SITE_PARTS_RULES in eslint.config.js).` });
const LOADS_CONTENT = { regex: '^(\\.\\./)+lib/content/entries\\.ts$', message: 'Layouts and components render what they are given: load content in the page or in src/lib/views/.' };
const DEPLOYMENT = { regex: '^(\\.\\./)+lib/deploy/', message: 'Components do not decide deployment policy (CSP, headers): the layout passes it in.' };
const SITE_PARTS_RULES = [
  { files: ['src/components/**/*.{ts,astro}'], patterns: [upward('pages', 'collections', 'layouts', 'integrations'), LOADS_CONTENT, DEPLOYMENT, DOOR] },
  // An MDX body cannot be handed data by its page: the components it embeds (…Data.astro) load their own.
  { files: ['src/components/mdx/*Data.astro'], patterns: [upward('pages', 'collections', 'layouts', 'integrations'), DEPLOYMENT, DOOR] },
  // A package's components are components: the same rules, their own package's files within reach.
  { files: ['src/{search,map}/components/**/*.{ts,astro}'], patterns: [upward('pages', 'collections', 'layouts', 'integrations'), LOADS_CONTENT, DEPLOYMENT] },
  { files: ['src/layouts/**/*.{ts,astro}'], patterns: [upward('pages', 'collections', 'integrations'), LOADS_CONTENT, DOOR] },
  { files: ['src/collections/**/*.{ts,astro}'], patterns: [upward('pages', 'integrations'), DOOR] },
  { files: ['src/pages/**/*.{ts,astro}'], patterns: [upward('integrations'), DOOR] },
];

export default tseslint.config(
  { ignores: ['dist*/**', 'tmp/**', 'node_modules/**', '.astro/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // The ideographic space (U+3000) is Chinese typography in labels and notes, not a stray character.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      // `const { body, ...rest } = …` drops a key on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Vitest's and Playwright's asymmetric matchers (expect.any, expect.stringContaining …) are typed `any`.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  // Node's own scripts (the Astro config, the geodata tools) run in Node.
  { files: ['**/*.mjs', 'eslint.config.js'], languageOptions: { globals: globals.node } },
  {
    // The one script every page loads, shipped as written: ES5 in a browser, so a catch keeps its binding, and storage
    // a browser refuses is simply not used.
    files: ['src/islands/site.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: globals.browser },
    rules: { 'no-empty': ['error', { allowEmptyCatch: true }], '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  // .astro files: Astro's own rules and the syntax rules of TypeScript; the type-aware rules need a TypeScript
  // program that knows .astro, which astro check (npm test's first step) is.
  ...astro.configs['flat/recommended'],
  { files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'], ...tseslint.configs.disableTypeChecked },
  // The ideographic space in a template's text (the footer's gap between 主办单位 and 承办单位) is typography too.
  { files: ['**/*.astro'], rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }] } },
  ...FOLDERS.map((folder) => {
    const forbidden = FOLDERS.filter((f) => f !== folder && !LAYERS[folder].includes(f));
    const packages = PACKAGES.filter((p) => !LAYERS[folder].includes(p));
    const layer = {
      regex: [forbidden.length ? libFolders(forbidden) : '', packages.length ? `^(\\.\\./)+(${packages.join('|')})/` : '', siteParts(filesFor(folder))].filter(Boolean).join('|'),
      message: `src/lib/${folder}/ may import only ${['schemas', folder, ...LAYERS[folder]].join(', ')} (the layers in eslint.config.js).`,
    };
    const browser = BROWSER_SAFE.includes(folder) ? [NO_SERVER_RUNTIME] : [];
    return { files: [`src/lib/${folder}/**/*.ts`], rules: { '@typescript-eslint/no-restricted-imports': restricted(layer, DOOR, ...browser) } };
  }),
  // A package's logic: the folders of src/lib/ it sits above, src/schemas/ and its own files; search, each
  // collection's search.ts too (PACKAGE_FILES).
  ...PACKAGES.map((p) => ({
    files: [`src/${p}/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': restricted({
        regex: `^\\.\\./lib/(?!(${PACKAGE_IMPORTS.join('|')})/)|^\\.\\./(${PACKAGES.join('|')})/|${siteParts(PACKAGE_FILES[p])}`,
        message: `src/search/ and src/map/ may import only ${['schemas', ...PACKAGE_IMPORTS].join(', ')} and their own files (the layers in eslint.config.js).`,
      }),
    },
  })),
  {
    // Browser-safe files inside server-side folders: their folder's layer rule, plus the browser rule.
    files: BROWSER_SAFE_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': restricted(
        { regex: `^\\.\\./lib/(?!(core|geo|domain)/)|^\\./(map-data|svg-map|records|project-filters|index)\\.ts|^\\.\\./(${PACKAGES.join('|')})/|${SITE_PARTS}`, allowTypeImports: true, message: 'A browser-safe module imports only browser-safe modules.' },
        NO_SERVER_RUNTIME,
      ),
    },
  },
  {
    files: ['src/schemas/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restricted({
        // …but each collection's schema, which lives in its folder (src/collections/<name>/schema.ts).
        regex: `^(\\.\\./)+(lib|components|layouts|pages|integrations|islands|scripts|${PACKAGES.join('|')})/|^(\\.\\./)+collections/(?![^/]+/schema\\.ts$)`,
        message: 'src/schemas/ is the foundation: it imports nothing of the site but the collections\' schemas.',
      }),
    },
  },
  ...SITE_PARTS_RULES.map(({ files, patterns }) => ({ files, rules: { '@typescript-eslint/no-restricted-imports': restricted(...patterns) } })),
  // A collection's domain.ts belongs to the domain layer, browser-safe; its search.ts to the search package, reaching
  // the package's types through its door; its page.ts is a view, never importing a layout, a component or the routes'
  // registry.
  collectionFileRule('domain', { lib: BROWSER_SAFE, parts: ['search', 'map', ...SITE_FOLDERS], files: ['schema', 'domain'], layer: 'belongs to the domain layer', extra: NO_SERVER_RUNTIME }),
  collectionFileRule('search', { lib: PACKAGE_IMPORTS, parts: ['map', ...SITE_FOLDERS], files: ['schema', 'domain'], layer: 'sits with the search package', extra: DOOR }),
  collectionFileRule('page', { lib: ['views', ...LAYERS.views], parts: SITE_FOLDERS, files: ['schema', 'domain', 'page'], layer: 'is a view', extra: DOOR }),
  {
    // A collection's schema is part of the foundation, kept in the collection's folder: src/schemas/ and nothing else.
    // So is its import sheet's description (import.ts), which the import (scripts/) reads.
    files: ['src/collections/*/{schema,import}.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restricted({
        regex: `^\\.\\./\\.\\./(?!schemas/)|^\\.\\./(?!\\.\\./)(?![^/]+/schema\\.ts$)|^\\./(?!schema\\.ts$)`,
        message: "A collection's schema.ts belongs to the foundation: it imports src/schemas/ and other collections' schemas only.",
      }),
    },
  },
  {
    files: ['src/islands/**/*.ts', 'src/{search,map}/island/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restricted(NO_SERVER_RUNTIME, NO_SERVER_MODULES) },
  },
);
