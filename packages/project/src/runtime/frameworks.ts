import type { EnvAccess, RuntimeFacts } from '@clarifai-auth/engine';
import type { PackageRoot } from './package-root.js';

/** Which part of a file a region holds, for files with both (an `.astro` frontmatter vs its `<script>`). */
export type RegionKind = 'server' | 'client';

/** One file (or region of a file) to place: its path relative to the package root, with forward slashes. */
export interface FileToPlace {
  path: string;
  /** The file's text (or the region's), to see a `'use client'` directive. */
  text?: string;
  region?: RegionKind;
}

/** A way a package is built; `place` says where one of its files runs. */
export interface Framework {
  name: string;
  place(file: FileToPlace): RuntimeFacts;
}

const processEnv = (prefix: string): EnvAccess => ({ object: 'process.env.', prefix });
const importMetaEnv = (prefix: string): EnvAccess => ({ object: 'import.meta.env.', prefix });

export const NODE: RuntimeFacts = {
  target: 'server',
  framework: 'Node.js',
  env: processEnv(''),
  setIn: "the process's environment: your shell, your host's settings, or a .env file loaded with dotenv",
};

const PLAIN_PAGE: RuntimeFacts = {
  target: 'browser',
  framework: 'a plain HTML page',
  setIn: 'a page loaded with no build step has no environment variables',
  envless: true,
};

/** A component's or page's script in a package whose bundler we do not know: browser code, no env read known to work. */
const UNKNOWN_BUNDLE: RuntimeFacts = {
  target: 'browser',
  framework: 'browser code (no known bundler in package.json)',
  setIn: 'no bundler was found in package.json, so no environment variable is known to reach this code',
};

/** Folders of a browser app's package that hold server code (an API, functions, build scripts), and its configs. */
const SERVER_PATH = /(?:^|\/)(?:server|api|functions|netlify|scripts|backend)\/|(?:^|\/)[^/]+\.config\.[cm]?[jt]s$|\.server\.[cm]?[jt]sx?$/;
/** A `'use client'` directive before any statement (comments may come first). */
const USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;

/**
 * A browser bundler whose env reads all look alike (`envless`: none works, `undefined`: none is known to); its server folders run in Node, and so does a file whose code
 * shows it is Node's (a script run with `node`, next to the app: it imports `fs` or reads `process.argv`).
 */
function bundler(name: string, env: EnvAccess | 'envless' | undefined, setIn: string): Framework {
  const reads = env === 'envless' ? { envless: true as const } : env ? { env } : {};
  const browser: RuntimeFacts = { target: 'browser', framework: name, ...reads, setIn, byCode: { server: NODE } };
  return { name, place: ({ path, region }) => (region === 'server' || SERVER_PATH.test(path) ? NODE : browser) };
}

const next: Framework = {
  name: 'Next.js',
  place({ path, text, region }) {
    const publicEnv = (framework: string, target: RuntimeFacts['target']): RuntimeFacts => ({
      target,
      framework,
      env: processEnv('NEXT_PUBLIC_'),
      setIn: '.env.local with the NEXT_PUBLIC_ prefix; Next.js inlines it into the client bundle at `next build`',
    });
    const server: RuntimeFacts = {
      target: 'server',
      framework: 'Next.js (server code)',
      env: processEnv(''),
      setIn: ".env.local or the server's environment, with no prefix (it stays on the server)",
    };
    const client = publicEnv('Next.js (client component)', 'browser');
    if (region === 'client' || (text !== undefined && USE_CLIENT.test(text))) return client;
    if (region === 'server' || /(?:^|\/)pages\/api\/|(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$|(?:^|\/)middleware\.[jt]s$/.test(path)) return server;
    if (SERVER_PATH.test(path)) return server;
    // A component under app/ with hooks or event handlers is client code even without 'use client' (a client module imports it).
    if (/(?:^|\/)app\//.test(path)) return { ...server, byCode: { client } };
    if (/(?:^|\/)pages\//.test(path)) return publicEnv('Next.js (pages code)', 'browser');
    // Shared code may run on either side: NEXT_PUBLIC_ reads work on both, unless its code shows its side.
    return { ...publicEnv('Next.js (shared code)', 'unknown'), byCode: { server, client } };
  },
};

const astro: Framework = {
  name: 'Astro',
  place({ path, region }) {
    // `.astro` frontmatter and endpoints under src/pages run on the server; scripts and islands in the browser.
    const server = region === 'server' || (region === undefined && (/\.astro$/.test(path) || /(?:^|\/)src\/pages\/.*\.[cm]?[jt]s$/.test(path)));
    return server
      ? { target: 'server', framework: 'Astro (server code)', env: importMetaEnv(''), setIn: ".env or the server's environment, with no prefix" }
      : { target: 'browser', framework: 'Astro (client code)', env: importMetaEnv('PUBLIC_'), setIn: '.env with the PUBLIC_ prefix; Astro inlines it at `astro build`' };
  },
};

/** SvelteKit's own env modules: server code reads `$env/dynamic/private`, client code `$env/dynamic/public` (PUBLIC_ only). */
const sveltekit: Framework = {
  name: 'SvelteKit',
  place({ path, region }) {
    const server = region === 'server' || /(?:^|\/)\+(?:page\.|layout\.)?server\.[jt]s$|\.server\.[jt]s$|(?:^|\/)lib\/server\//.test(path);
    return server
      ? {
          target: 'server',
          framework: 'SvelteKit (server code)',
          env: { object: 'env.', prefix: '', module: '$env/dynamic/private' },
          setIn: ".env or the server's environment, with no prefix (it stays on the server)",
        }
      : {
          target: 'browser',
          framework: 'SvelteKit (client code)',
          env: { object: 'env.', prefix: 'PUBLIC_', module: '$env/dynamic/public' },
          setIn: ".env or the server's environment, with the PUBLIC_ prefix; SvelteKit sends it to the page",
        };
  },
};

const expo = bundler('Expo (app bundle)', processEnv('EXPO_PUBLIC_'), '.env with the EXPO_PUBLIC_ prefix; Expo inlines it when the app is bundled');
/** Where a Babel config can be; React Native's env plugins are configured there. */
const BABEL_CONFIG = /^(?:babel\.config\.[cm]?js(?:on)?|\.babelrc(?:\.[cm]?js(?:on)?)?)$/;

/**
 * A bare React Native app: its code ships inside the app bundle, where `process.env` holds only what a Babel plugin
 * inlines when the app is bundled. babel-plugin-transform-inline-environment-variables inlines `process.env.X`;
 * react-native-dotenv reads through `import { X } from '@env'`, which no fix writes: there, and with no plugin, a
 * secret is left for a human.
 */
function reactNative(root: PackageRoot): Framework {
  const name = 'React Native (app bundle)';
  const babel = [...root.files].filter((f) => BABEL_CONFIG.test(f)).map((f) => root.read(f)).join('\n');
  if (/transform-inline-environment-variables/.test(babel)) {
    return bundler(name, processEnv(''), "the build's environment; babel-plugin-transform-inline-environment-variables inlines it when the app is bundled");
  }
  return bundler(
    name,
    'envless',
    /react-native-dotenv/.test(babel)
      ? "react-native-dotenv reads .env only through `import { NAME } from '@env'`, which has to be written by hand"
      : 'the app has no environment variables on the device unless a Babel plugin (babel-plugin-transform-inline-environment-variables, react-native-dotenv) inlines them when it is bundled',
  );
}

const vueCli = bundler('Vue CLI', processEnv('VUE_APP_'), '.env with the VUE_APP_ prefix; read at `vue-cli-service build`');
const cra = bundler('Create React App', processEnv('REACT_APP_'), '.env with the REACT_APP_ prefix; read at `react-scripts build`');
const vite = bundler('Vite', importMetaEnv('VITE_'), '.env with the VITE_ prefix; Vite inlines it at `vite build`');
const parcel = bundler('Parcel', processEnv(''), '.env at the project root; Parcel inlines it at `parcel build`');

function webpack(root: PackageRoot): Framework {
  const configs = [...root.files].filter((f) => /^webpack\.config\.[cm]?[jt]s$/.test(f));
  const defines = configs.some((f) => /\b(?:DefinePlugin|EnvironmentPlugin|Dotenv)\b/.test(root.read(f)));
  return defines
    ? bundler('webpack', processEnv(''), "the build's environment; webpack.config's DefinePlugin or EnvironmentPlugin inlines it at build time")
    : bundler('webpack', undefined, 'webpack 5 defines no process.env in the bundle unless DefinePlugin or EnvironmentPlugin is set up');
}

const extension: Framework = {
  name: 'a browser extension',
  place: () => ({ target: 'browser', framework: 'a browser extension', setIn: 'an extension loaded with no build step has no environment variables', envless: true }),
};

/**
 * A package with no bundler: Node, unless the file is an HTML page (or a region of one) or a script that an HTML
 * page at the package root loads with `<script src>`: those run in the browser with no build step.
 */
function plain(root: PackageRoot): Framework {
  const pages = [...root.files].filter((f) => /\.html?$/i.test(f)).map((f) => root.read(f));
  const scripts = new Set(pages.flatMap((page) => [...page.matchAll(/<script\b[^>]*\bsrc\s*=\s*["'](?:\.\/)?([^"'?#]+)/gi)].map((m) => m[1]!)));
  return {
    name: 'Node.js',
    place: ({ path, region }) => {
      if (/\.html?$/i.test(path) || scripts.has(path)) return PLAIN_PAGE;
      return region === 'client' ? UNKNOWN_BUNDLE : NODE;
    },
  };
}

const hasFile = (root: PackageRoot, pattern: RegExp) => [...root.files].some((f) => pattern.test(f));
const uses = (root: PackageRoot, dep: string, config?: RegExp) => root.dependencies.has(dep) || (config !== undefined && hasFile(root, config));

/** How a package is built, from its dependencies and config files; the most specific framework first. */
export function frameworkOf(root: PackageRoot): Framework {
  if (uses(root, 'next', /^next\.config\.[cm]?[jt]s$/)) return next;
  if (uses(root, 'expo')) return expo;
  if (uses(root, 'react-native')) return reactNative(root);
  if (uses(root, 'astro', /^astro\.config\.[cm]?[jt]s$/)) return astro;
  if (uses(root, '@sveltejs/kit')) return sveltekit;
  if (uses(root, '@vue/cli-service', /^vue\.config\.[cm]?js$/)) return vueCli;
  if (uses(root, 'react-scripts')) return cra;
  if (uses(root, 'vite', /^vite\.config\.[cm]?[jt]s$/)) return vite;
  if (uses(root, 'parcel')) return parcel;
  if (uses(root, 'webpack', /^webpack\.config\.[cm]?[jt]s$/)) return webpack(root);
  if (root.files.has('manifest.json') && /"manifest_version"/.test(root.read('manifest.json'))) return extension;
  return plain(root);
}

/**
 * A file with no package around it: an HTML page is a plain page, a component's script is browser code (as in a
 * package with no known bundler); anything else may run anywhere.
 */
export const UNKNOWN: Framework = {
  name: 'unknown',
  place: ({ path, region }) => {
    if (/\.html?$/i.test(path)) return PLAIN_PAGE;
    if (region === 'client') return UNKNOWN_BUNDLE;
    // Read as "in code that runs in …": the runtime is named, not the code.
    return {
      target: 'unknown',
      framework: 'an unknown runtime (no package.json around the file)',
      setIn: 'no package.json says how this code is built or run',
      byCode: { server: NODE },
    };
  },
};
