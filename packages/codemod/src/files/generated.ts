/** Directories that hold installed, generated or built code: never the code a migration should touch. */
export const GENERATED_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', '.next']);
export const MINIFIED = /\.min\.[cm]?js$/i;
const SOURCE_MAP = /\.map$/i;

/** Whether a path (relative, `/`-separated) is built or installed output rather than source someone edits. */
export function isGenerated(path: string): boolean {
  const segments = path.split('/');
  const name = segments[segments.length - 1]!;
  return segments.slice(0, -1).some((dir) => GENERATED_DIRS.has(dir)) || MINIFIED.test(name) || SOURCE_MAP.test(name);
}
