/**
 * The project layer: what one file cannot tell the engine. Both front ends (the ESLint plugin and the codemod)
 * use this package, never a copy of it; the engine itself stays pure and receives what this layer finds as data.
 *
 * Modules by concern (each added by the work that needs it):
 * - `modules/`: resolving and reading imported modules for the engine's cross-module value flow;
 * - `runtime/`: where a file's code runs (Node, or which browser bundler) and which env reads exist there;
 * - `options/`: the one source of user options (names, ids) for both tools;
 * - `versions/`: the installed or vendored legacy `clarifai` client's version;
 * - `tracked-files/`: project-wide search of tracked files (env names still mentioned, a removed secret still stored).
 */
export const PROJECT_LAYER_VERSION = '0.1.0';
export { runtimeOf, type RegionKind, type RuntimeQuery } from './runtime/index.js';

export { createModuleHost, type ModuleHostOptions } from './modules/host.js';
export { createResolver, type ResolverOptions } from './modules/resolver.js';

export { CONFIG_FILES, layerOptions, projectOptionsFor, projectOptionsFrom, type ProjectOptions } from './options/config-file.js';
export { OPTION_NAMES, optionsSchema, type ClarifaiOptions, type OptionName } from './options/schema.js';
export { checkOptions, OptionsError } from './options/validate.js';

export { legacyClientOptions, legacyClientVersion } from './versions/index.js';
export { filesMentioning, mentionsName, projectOf, projectRoot, trackedFiles } from './tracked-files/index.js';
