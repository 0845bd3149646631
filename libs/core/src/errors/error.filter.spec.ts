import { BadRequestException, NotFoundException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { QueryFailedError } from 'typeorm';
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

describe('toErrorBody for a unique violation', () => {
  it('answers 409 naming the column, not the value', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: 'Key (reference_prefix)=(SWW27) already exists.',
    });
    const body = toErrorBody(new QueryFailedError('INSERT INTO programmes ...', [], driverError));

    expect(body).toMatchObject({ statusCode: 409, code: 'duplicate' });
    expect(body.message).toContain('reference prefix');
    expect(body.message).not.toContain('SWW27');
  });

  it('leaves other database errors as 500s', () => {
    const driverError = Object.assign(new Error('deadlock detected'), { code: '40P01' });

    expect(toErrorBody(new QueryFailedError('UPDATE ...', [], driverError)).statusCode).toBe(500);
  });
});
