import { PassThrough } from 'node:stream';
import { jsonLines } from './services';

describe('jsonLines', () => {
  it('writes each line a service prints as one JSON object, without its colour codes', async () => {
    const input = new PassThrough();
    const out = new PassThrough();
    let written = '';
    out.on('data', (chunk: Buffer) => (written += chunk.toString()));

    jsonLines(input, out, { level: 'log', pid: 42, context: 'maildev' });
    input.end('\u001b[32mMailDev\u001b[39m webapp running\n\n  SMTP on 1025\n');
    await new Promise((resolve) => setImmediate(resolve));

    const lines = written
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { level: 'log', pid: 42, context: 'maildev', timestamp: expect.any(Number), message: 'MailDev webapp running' },
      { level: 'log', pid: 42, context: 'maildev', timestamp: expect.any(Number), message: 'SMTP on 1025' },
    ]);
  });
});
