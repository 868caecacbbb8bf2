// A worker process of the CLI's pool (forked by process-candidates.ts). The parent sends chunks of files; the worker
// migrates each and sends its record back over the IPC channel, then asks for more; an empty chunk means done.
import { keepHeapSmall } from './heap.js';
import { migratePath } from './migrate-path.js';
import { migrateOptionsFrom } from './options.js';
import { FREE_ACTION, RECORD_ACTION, type ChunkMessage, type RecordMessage } from './records.js';

keepHeapSmall();

// Once the channel closes (the work is done, or the CLI was stopped) nobody is left to send records to.
process.once('disconnect', () => process.exit());

process.on('message', ({ files, flags }: ChunkMessage) => {
  if (files.length === 0) {
    process.disconnect();
    return;
  }
  const options = migrateOptionsFrom(flags);
  for (const path of files) send({ action: RECORD_ACTION, record: migratePath(path, options) });
  send({ action: FREE_ACTION });
});

function send(message: RecordMessage | { action: typeof FREE_ACTION }): void {
  if (process.connected) process.send!(message, undefined, undefined, () => {});
}
