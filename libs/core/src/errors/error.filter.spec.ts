import { BadRequestException, NotFoundException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { toErrorBody } from './error.filter';

describe('toErrorBody', () => {
  it('maps a domain error by its kind and keeps its code', () => {
    const body = toErrorBody(new DomainError('conflict', 'nomination.stale', 'Someone else changed this nomination'));

    expect(body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Someone else changed this nomination',
      code: 'nomination.stale',
    });
  });

  it('joins validation messages', () => {
    const body = toErrorBody(new BadRequestException({ message: ['name must be a string', 'age must be a number'] }));

    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'name must be a string; age must be a number',
    });
  });

  it('keeps HttpException statuses', () => {
    expect(toErrorBody(new NotFoundException('Cannot GET /nope')).statusCode).toBe(404);
  });

  it('turns a body-parser error into a 400 that says what is wrong', () => {
    const parserError = Object.assign(new SyntaxError('Unexpected token'), {
      status: 400,
      type: 'entity.parse.failed',
    });

    expect(toErrorBody(new BadRequestException(parserError.message, { cause: parserError }))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid JSON',
    });
  });

  it('hides the details of an unexpected error', () => {
    const body = toErrorBody(new Error('relation "users" does not exist'));

    expect(body.statusCode).toBe(500);
    expect(body.message).not.toContain('relation');
  });
});
