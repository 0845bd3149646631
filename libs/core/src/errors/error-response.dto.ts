import type { ErrorBody } from './error.filter';

/** The one error shape: what the global ErrorFilter answers for every refusal and failure. */
export class ErrorResponse implements ErrorBody {
  /** The HTTP status, repeated. */
  statusCode: number;
  /** The status's name, e.g. "Not Found". */
  error: string;
  /** What went wrong and what to do next, for a person. */
  message: string;
  /** Stable for clients, e.g. `nomination.closed`; absent when validation refused the input. */
  code?: string;
  /** Detail a client can act on: the privacy findings that block a submission, the parts missing. */
  details?: Record<string, unknown>;
}
