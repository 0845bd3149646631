/**
 * The notification benchmark's SMTP sink, as its own process (forked, with IPC): smtp-server
 * accepting every message, counting it and discarding it, so what the benchmark measures is the
 * pipeline and not the sink. Counts copies by the X-Commend-Reference header (one per row), so
 * duplicates show. Answers `{ type: 'count' }` with `{ messages, duplicates }`; `{ type: 'clear' }` resets.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const references = new Set<string>();
let messages = 0;
let duplicates = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  // The worker's pool and the baseline's, with room to spare.
  maxClients: 100,
  closeTimeout: 100,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 4096) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      messages++;
      const reference = /^X-Commend-Reference: (.+)$/im.exec(head)?.[1].trim();
      if (reference) {
        if (references.has(reference)) duplicates++;
        else references.add(reference);
      }
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.server.address() as AddressInfo).port });
});

process.on('message', (message: { type: string }) => {
  if (message.type === 'count') process.send?.({ type: 'count', messages, duplicates });
  if (message.type === 'clear') {
    references.clear();
    messages = 0;
    duplicates = 0;
    process.send?.({ type: 'cleared' });
  }
});
process.on('disconnect', () => server.close(() => process.exit(0)));
