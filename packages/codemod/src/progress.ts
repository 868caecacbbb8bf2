/**
 * One self-overwriting status line on stderr, shown only on a terminal and only once a run has taken longer than
 * a moment, so that short runs and logs stay clean.
 */
export class Progress {
  private readonly started = Date.now();
  private lastDrawn = 0;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(text: string): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDrawn < 100) return;
    this.lastDrawn = now;
    this.shown = true;
    this.stream.write(`\r\x1b[2K${text.slice(0, (this.stream.columns || 80) - 1)}`);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
