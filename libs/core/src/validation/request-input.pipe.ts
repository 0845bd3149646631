import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '../errors/common-errors';
import { textProblem } from './text';

/** Far more than any DTO nests (a nomination's statements are three levels down). */
export const MAX_INPUT_DEPTH = 32;

/**
 * Runs before the ValidationPipe on every body, query and path parameter (not on custom
 * decorators such as @CurrentUser): refuses a NUL or a lone surrogate in any string or key,
 * which PostgreSQL would refuse (a 500) or silently replace, and nesting deeper than
 * MAX_INPUT_DEPTH, which would overflow the stack in class-transformer. Iterative, so the
 * check itself cannot overflow.
 */
@Injectable()
export class RequestInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    checkInput(value, metadata.data ?? '');
    return value;
  }
}

export function checkInput(root: unknown, rootPath = ''): void {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) throw new InvalidInputError('request.invalid_text', `${path || 'The value'} ${problem}`);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      throw new InvalidInputError(
        'request.too_deep',
        `The request nests objects or arrays more than ${MAX_INPUT_DEPTH} levels deep`,
      );
    }
    for (const [key, child] of Object.entries(value)) {
      const problem = textProblem(key);
      if (problem) throw new InvalidInputError('request.invalid_text', `A field name ${problem}`);
      pending.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
}
