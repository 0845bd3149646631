import { ApiError, toPageErrors } from './api-error';

describe('toPageErrors', () => {
  it("puts the API's message in the summary when no field is named", () => {
    const error = new ApiError(
      409,
      'nomination.closed',
      'Nominations for this programme closed on 17 March',
      undefined,
    );

    expect(toPageErrors(error)).toEqual({
      summary: [{ text: 'Nominations for this programme closed on 17 March' }],
      fields: {},
    });
  });

  it('shows each named field inline and links to it from the summary', () => {
    const error = new ApiError(400, 'validation', 'Check the form', {
      fields: { nomineeEmail: 'Enter the nominee’s work e-mail address', relationship: 'Say how you know them' },
    });

    expect(toPageErrors(error, { nomineeEmail: 'nominee-email' })).toEqual({
      summary: [
        { text: 'Enter the nominee’s work e-mail address', href: '#nominee-email' },
        { text: 'Say how you know them', href: '#relationship' },
      ],
      fields: {
        'nominee-email': { text: 'Enter the nominee’s work e-mail address' },
        relationship: { text: 'Say how you know them' },
      },
    });
  });

  it('reads details given as a list of fields', () => {
    const error = new ApiError(400, undefined, 'Bad', [
      { field: 'statement', message: 'Write at most 250 words' },
      { nope: 1 },
    ]);

    expect(toPageErrors(error).fields).toEqual({ statement: { text: 'Write at most 250 words' } });
  });
});
