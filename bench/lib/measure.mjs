// Runs a command and measures its wall time, its CPU time (user + system of the whole process tree: the codemod's
// workers, ESLint's and ast-grep's threads) and the peak resident memory of that tree, by reading /proc: no GNU
// time needed on a fresh machine.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * The command runs under a shell that waits for it and then prints its own /proc stat on fd 3: the kernel has by
 * then added the CPU time of every waited-for descendant (cutime, cstime), which sampling could never see whole.
 */
const WRAPPER = '"$@"; code=$?; read -r stat < /proc/$$/stat; echo "$stat" >&3; exit $code';

function children(pid) {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function rssKiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRssKiB(roots) {
  let total = 0;
  const stack = [...roots];
  while (stack.length > 0) {
    const pid = stack.pop();
    total += rssKiB(pid);
    stack.push(...children(pid));
  }
  return total;
}

/** Children's user + system seconds from a /proc/<pid>/stat line (fields 16 and 17, after the command name). */
function childrenCpuSeconds(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

/** @returns {Promise<{ ms: number, cpuS: number, peakMiB: number, code: number, stdout: string, stderr: string }>} */
export function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', WRAPPER, 'sh', command, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let stat = '';
    let peak = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdio[3].on('data', (d) => (stat += d));
    // The shell's own few hundred KiB are left out: only the command's tree is measured.
    const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB(children(child.pid)))), 15);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      resolve({ ms, cpuS: childrenCpuSeconds(stat), peakMiB: peak / 1024, code: code ?? 1, stdout, stderr });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of paired ratios and their spread, e.g. `0.41 (0.38–0.45)`. */
export function pairedRatio(numerators, denominators) {
  const ratios = numerators.map((n, i) => n / denominators[i]).filter(Number.isFinite);
  if (ratios.length === 0) return 'n/a';
  const spread = ratios.length > 1 ? ` (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : '';
  return `${median(ratios).toFixed(2)}${spread}`;
}
