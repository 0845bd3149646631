/** The kinds of evidence file we accept, each decided by content, never by the client's name or type. */
export type EvidenceType = 'pdf' | 'docx' | 'png' | 'jpeg' | 'text';

/** The media type we serve each kind as; never the one the client sent. */
export const EVIDENCE_MEDIA_TYPES: Record<EvidenceType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpeg: 'image/jpeg',
  text: 'text/plain; charset=utf-8',
};

/** An evidence download in the API's contract: one binary body per media type we serve. */
export const EVIDENCE_CONTENT = Object.fromEntries(
  Object.values(EVIDENCE_MEDIA_TYPES).map((mediaType) => [
    mediaType.split(';')[0],
    { schema: { type: 'string', format: 'binary' } },
  ]),
);
