import type { Request } from 'express';
import { tokenWithRole, WebRole } from '../auth/session-data';

/** Every coordinator's page is for awards coordinators (the Admin role); anyone else sees the 403 page. */
export const coordinatorToken = (req: Request): string =>
  tokenWithRole(req, [WebRole.Admin], 'These pages are for awards coordinators (the Admin role).');
