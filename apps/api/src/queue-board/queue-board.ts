import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable, type INestApplication, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Application, NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { hasRole, Role, type AuthUser } from '@commend/auth';
import { APP_CONFIG, createRedis, QueueName, type AppConfig } from '@commend/core';

export const QUEUE_BOARD_PATH = '/admin/queues';

const refuse = (res: Response, statusCode: 401 | 403, message: string): void => {
  res.status(statusCode).json({ statusCode, error: statusCode === 401 ? 'Unauthorized' : 'Forbidden', message });
};

/**
 * Bull Board at /admin/queues, for awards coordinators (Awards.Admin) only: the same Entra ID
 * token check as every API route, then the role. It reads Redis; no nomination goes through it.
 */
@Injectable()
export class QueueBoard implements OnApplicationShutdown {
  private queues: Queue[] = [];
  private connection?: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  mount(app: INestApplication): void {
    this.connection = createRedis(this.config.redisUrl, 'producer');
    this.connection.on('error', () => undefined); // Redis down: the board shows it
    this.queues = Object.values(QueueName).map((name) => new Queue(name, { connection: this.connection! }));
    for (const queue of this.queues) queue.on('error', () => undefined); // Redis down: the board shows it
    const adapter = new ExpressAdapter();
    adapter.setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({ queues: this.queues.map((q) => new BullMQAdapter(q)), serverAdapter: adapter });
    // The board is an Express app of its own, which would put X-Powered-By back after helmet took it off.
    const board = adapter.getRouter() as Application;
    board.disable('x-powered-by');
    app.use(QUEUE_BOARD_PATH, adminOnly, board);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
    // BullMQ leaves a connection it was given open.
    this.connection?.disconnect();
  }
}

function adminOnly(req: Request, res: Response, next: NextFunction): void {
  const authenticate = passport.authenticate('entra-id', { session: false }, (error: unknown, user?: AuthUser) => {
    if (error) return next(error);
    if (!user) return refuse(res, 401, 'Sign in: the access token is missing, expired or not valid for Commend');
    if (!hasRole(user, Role.Admin)) return refuse(res, 403, `This needs the role ${Role.Admin}`);
    next();
  }) as (req: Request, res: Response, next: NextFunction) => void;
  authenticate(req, res, next);
}
