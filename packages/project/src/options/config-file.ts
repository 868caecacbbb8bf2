import { dirname } from 'node:path';
import { lilconfigSync, type LilconfigResult } from 'lilconfig';
import { checkOptions } from './validate.js';
import { OPTION_NAMES, type ClarifaiOptions } from './schema.js';

/**
 * The project's one options source for both tools: the nearest of these above a file. JSON only, so that ESLint
 * rules (which run synchronously) and the codemod read it the same way, without running any project code.
 */
export const CONFIG_FILES = ['package.json', '.clarifairc.json', 'clarifai.config.json'] as const;

// `package.json` is read for its `clarifai` key, the other files whole.
const explorer = lilconfigSync('clarifai', { searchPlaces: [...CONFIG_FILES] });

export interface ProjectOptions {
  options: ClarifaiOptions;
  /** The file they were read from. */
  file: string;
}

/** The options of the config file nearest above `file` (validated), or undefined when the project has none. */
export function projectOptionsFor(file: string): ProjectOptions | undefined {
  return projectOptionsFrom(dirname(file));
}

/** The options of the config file in `dir` or nearest above it (validated). */
export function projectOptionsFrom(dir: string): ProjectOptions | undefined {
  const found: LilconfigResult = explorer.search(dir);
  if (!found || found.isEmpty || found.config === undefined) return undefined;
  const where = found.filepath.endsWith('package.json') ? `${found.filepath}#clarifai` : found.filepath;
  return { options: checkOptions(found.config, where), file: found.filepath };
}

/** Options layered option by option: the first layer that sets one wins. */
export function layerOptions(...layers: (ClarifaiOptions | undefined)[]): ClarifaiOptions {
  const merged: ClarifaiOptions = {};
  // Option by option, the first layer that sets it wins; other keys (the plugin's resolution settings) stay out.
  for (const name of OPTION_NAMES) {
    const value = layers.find((layer) => layer?.[name] !== undefined)?.[name];
    if (value !== undefined) merged[name] = value;
  }
  return merged;
}
