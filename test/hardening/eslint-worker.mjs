// Lints files in a worker thread, so that ESLint's seconds-long parse of a 5 MB bundle runs beside other checks.
import { parentPort, workerData } from 'node:worker_threads';
import { lintEach } from './eslint-host.mjs';

parentPort.postMessage(await lintEach(workerData.cwd, workerData.files));
