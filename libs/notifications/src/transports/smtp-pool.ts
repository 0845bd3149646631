import { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection';

/** Where the SMTP server is and how to talk to it, read from an `smtp://` or `smtps://` URL. */
export function smtpOptionsOf(url: string): { connection: SMTPConnection.Options; auth?: SMTPConnection.Credentials } {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    connection: {
      host: parsed.hostname,
      port: Number(parsed.port || (secure ? 465 : 587)),
      // smtps: TLS from the first byte; smtp: STARTTLS whenever the server offers it
      // (smtp-connection's default, as nodemailer's transport had it).
      secure,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      // A reply that does not come within a minute will not come: the job is freed to retry.
      socketTimeout: 60_000,
    },
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
  };
}

/** Where a failed exchange got to: a failure `afterDot` leaves unknown whether the server kept the message. */
export class SmtpExchangeError extends Error {
  constructor(
    override readonly cause: Error & { responseCode?: number },
    readonly afterDot: boolean,
  ) {
    super(cause.message);
    this.name = new.target.name;
  }

  /** The server's reply code (e.g. 550, 451), when the server answered. */
  get responseCode(): number | undefined {
    return this.cause.responseCode;
  }
}

/**
 * The message's dot went out but `beforeDot`'s commit then failed: the server probably kept the
 * message while the row may not say so. Sending it again could deliver it twice.
 */
export class CommitAfterDotError extends Error {
  constructor(override readonly cause: Error) {
    super(cause.message);
    this.name = new.target.name;
  }
}

/** One connection of the pool, with what the pool needs to know of it. */
class Pooled {
  dead = false;
  sent = 0;
  constructor(readonly connection: SMTPConnection) {}
}

/**
 * A bounded pool of SMTP connections (nodemailer's smtp-connection): opened on demand up to
 * `size`, reused for message after message, dropped when the server closes one or an exchange
 * fails, closed on shutdown. Sends hold the message's final `.` back until the caller's
 * `beforeDot` has been called (see send).
 */
export class SmtpPool {
  private readonly idle: Pooled[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly all = new Set<Pooled>();
  private closed = false;

  constructor(
    private readonly options: SMTPConnection.Options,
    private readonly auth: SMTPConnection.Credentials | undefined,
    private readonly size: number,
  ) {}

  /**
   * Sends `raw` (a whole MIME message) over a connection of the pool: MAIL FROM, RCPT TO, DATA,
   * the message written out to the socket, then `beforeDot()`, then at once the final `.`;
   * resolves with the server's reply once `beforeDot`'s promise has settled too. `beforeDot`
   * must have sent its commit by the time it returns: the dot does not wait for the answer, so
   * that nothing but two writes separates them. If `beforeDot` throws, the dot is never written
   * and the connection is dropped, so the server discards the message; if its promise rejects,
   * the dot has gone (CommitAfterDotError). Otherwise throws SmtpExchangeError.
   */
  async send(envelope: { from: string; to: string[] }, raw: Buffer, beforeDot: () => Promise<void>): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const pooled = await this.acquire();
      const reused = pooled.sent > 0;
      const progress: { reached: Stage } = { reached: 'envelope' };
      try {
        const reply = await exchange(
          pooled.connection,
          envelope,
          raw,
          beforeDot,
          (stage) => (progress.reached = stage),
        );
        pooled.sent++;
        this.release(pooled);
        return reply;
      } catch (error) {
        if (error instanceof CommitAfterDotError) {
          this.release(pooled); // the exchange itself finished
          throw error;
        }
        const cause = error instanceof Error ? error : new Error(String(error));
        if (progress.reached === 'never') {
          // beforeDot failed: without the dot the server keeps nothing; the session is mid-DATA.
          this.discard(pooled);
          throw cause;
        }
        const refused = (cause as { responseCode?: number }).responseCode;
        if (refused && refused !== 421 && !pooled.dead) {
          // The server refused this message and kept the connection: reset it for the next one.
          this.resetAndRelease(pooled);
        } else {
          this.discard(pooled);
        }
        // A reused connection the server had dropped while idle fails before the envelope is
        // answered: nothing of the message went out, so it goes once more over a fresh connection.
        if (reused && progress.reached === 'envelope' && !refused && attempt === 0) continue;
        throw new SmtpExchangeError(cause, progress.reached === 'dot');
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const pooled of this.all) pooled.connection.close();
    this.all.clear();
    this.idle.length = 0;
    for (const wake of this.waiting.splice(0)) wake();
  }

  private async acquire(): Promise<Pooled> {
    for (;;) {
      if (this.closed) throw new Error('The SMTP pool is closed');
      const idle = this.idle.pop();
      if (idle) {
        if (!idle.dead) return idle;
        continue;
      }
      if (this.all.size < this.size) return this.open();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private async open(): Promise<Pooled> {
    const pooled = new Pooled(new SMTPConnection({ ...this.options, logger: false }));
    this.all.add(pooled);
    const gone = (): void => {
      pooled.dead = true;
      this.forget(pooled);
    };
    // Errors reach the send in flight through its callback; one between sends only ends the connection.
    pooled.connection.on('error', gone);
    pooled.connection.once('end', gone);
    try {
      await new Promise<void>((resolve, reject) => {
        // A failure to connect comes as 'error' (or a close before the greeting), not to the callback.
        const fail = (error?: Error): void => reject(error ?? new Error('Connection closed before the greeting'));
        pooled.connection.once('error', fail);
        pooled.connection.once('end', fail);
        pooled.connection.connect((error) => {
          pooled.connection.off('error', fail).off('end', fail);
          if (error) reject(error);
          else resolve();
        });
      });
      if (this.auth && pooled.connection.allowsAuth) {
        await new Promise<void>((resolve, reject) =>
          pooled.connection.login(this.auth, (error) => (error ? reject(error) : resolve())),
        );
      }
      return pooled;
    } catch (error) {
      this.discard(pooled);
      throw new SmtpExchangeError(error instanceof Error ? error : new Error(String(error)), false);
    }
  }

  private release(pooled: Pooled): void {
    if (this.closed || pooled.dead) return this.forget(pooled);
    this.idle.push(pooled);
    this.waiting.shift()?.();
  }

  private resetAndRelease(pooled: Pooled): void {
    pooled.connection.reset((error) => (error ? this.discard(pooled) : this.release(pooled)));
  }

  private discard(pooled: Pooled): void {
    pooled.dead = true;
    pooled.connection.close();
    this.forget(pooled);
  }

  /** Frees the connection's place in the pool, for a waiting send to open another. */
  private forget(pooled: Pooled): void {
    if (!this.all.delete(pooled)) return;
    const at = this.idle.indexOf(pooled);
    if (at >= 0) this.idle.splice(at, 1);
    this.waiting.shift()?.();
  }
}

/** How far an exchange got: the retry and the treatment of a failure depend on it. */
type Stage = 'envelope' | 'committing' | 'dot' | 'never';

/**
 * One message over one connection. smtp-connection pipes the source stream into its DataStream
 * (dot-stuffing) and on into the socket, and writes the terminating `.` only when the source
 * ends. So the source hands over the whole message, and when the pipe asks for more (the
 * message has left the source) and the socket has nothing left to write, calls `beforeDot`
 * and ends at once, which writes the dot. The exchange settles only after `beforeDot`'s
 * promise has: a caller never sees a failure while its commit is still in flight.
 */
function exchange(
  connection: SMTPConnection,
  envelope: { from: string; to: string[] },
  raw: Buffer,
  beforeDot: () => Promise<void>,
  reached: (stage: Stage) => void,
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let failed = false;
    let committing: Promise<unknown> = Promise.resolve();
    let commitFailure: Error | null = null;
    let reads = 0;
    const source = new Readable({
      // 0: read() is asked again only once what it gave is taken, not to fill a buffer ahead.
      highWaterMark: 0,
      read() {
        if (++reads === 1) {
          this.push(raw);
          return;
        }
        if (reads !== 2) return;
        const handOver = async (): Promise<void> => {
          await written(connection);
          if (failed) return; // the connection was lost meanwhile: nothing to commit
          reached('committing');
          let commit: Promise<void>;
          try {
            commit = beforeDot(); // its COMMIT has left when it returns (see send)
          } catch (error) {
            reached('never');
            source.destroy(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          // The dot follows the COMMIT at once, without waiting for its answer: a worker killed
          // between the two writes (microseconds) is the one case in which the message is lost.
          reached('dot');
          this.push(null);
          try {
            await commit;
          } catch (error) {
            commitFailure = error instanceof Error ? error : new Error(String(error));
          }
        };
        committing = handOver();
      },
    });
    connection.send(envelope, source, (error, info) => {
      failed = !!error;
      void committing.then(() => {
        if (commitFailure) reject(new CommitAfterDotError(commitFailure));
        else if (error) reject(error);
        else resolve(info.response);
      });
    });
  });
}

/** Resolves once the connection's socket holds nothing unwritten (the message is out, only the dot remains). */
async function written(connection: SMTPConnection): Promise<void> {
  // Let the DataStream pass on what it was given (it pushes on the next tick at the latest).
  await new Promise((resolve) => setImmediate(resolve));
  const socket = connection._socket;
  while (socket && !socket.destroyed && socket.writableLength > 0) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
