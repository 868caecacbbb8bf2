import { lstatSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../src/report/model.js';
import { fixture, removeTempTrees, runCli, tempTree } from './helpers.js';

afterAll(removeTempTrees);

const posix = process.platform !== 'win32';

describe.skipIf(!posix)('symbolic links', () => {
  it('refuses (exit 2) to write through a link named on the command line that points outside the work tree', () => {
    const outside = tempTree({ 'shared/grpc.ts': fixture('grpc-api-key.input.ts') });
    const dir = tempTree();
    symlinkSync(join(outside, 'shared/grpc.ts'), join(dir, 'grpc.ts'));
    const target = realpathSync(join(outside, 'shared/grpc.ts'));

    const refused = runCli(['grpc.ts'], dir);
    expect(refused).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'clarifai-codemod: refusing to write through symbolic links that point outside the work tree:\n' +
        `  grpc.ts -> ${target}\n` +
        'Writing there would change files outside what was asked, which no git check covers. Name the target itself, ' +
        'preview with --dry, or pass --force to write anyway.\n',
    });
    expect(readFileSync(target, 'utf8')).toBe(fixture('grpc-api-key.input.ts'));

    // A preview writes nothing, so it is allowed; --force writes through the link, which stays a link.
    expect(runCli(['--dry', 'grpc.ts'], dir).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(fixture('grpc-api-key.input.ts'));
    expect(runCli(['--force', 'grpc.ts'], dir).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(fixture('grpc-api-key.output.ts'));
  });

  it('names a link found while walking a directory as skipped, with the reason, and leaves it a link', () => {
    const dir = tempTree({ 'src/real.ts': fixture('grpc-api-key.input.ts') });
    symlinkSync('real.ts', join(dir, 'src/alias.ts'));
    const result = runCli(['--json', '--dry', 'src'], dir);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.files.find((f) => f.file === 'src/alias.ts')).toEqual({
      file: 'src/alias.ts',
      findings: [],
      wouldChange: false,
      leftForHuman: false,
      envVars: [],
      skipped: 'a symbolic link: not followed (writing through it would change the file it points to)',
    });
    expect(report.files.find((f) => f.file === 'src/real.ts')?.wouldChange).toBe(true);
    expect(lstatSync(join(dir, 'src/alias.ts')).isSymbolicLink()).toBe(true);
  });
});
