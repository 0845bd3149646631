// Preloaded (node --require) into a suite's own Azurite, whose clock the suite moves back to
// store blobs "written days ago" (Azure sets Last-Modified itself; no request can backdate it).
// On SIGUSR2 it reads the offset in milliseconds from the file COMMEND_CLOCK_FILE names, then
// writes it to that file's `.ack`, so the suite knows the clock has moved before it writes.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');

const file = process.env.COMMEND_CLOCK_FILE;
const RealDate = Date;
let offset = 0;

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }

  static now() {
    return RealDate.now() + offset;
  }
}

globalThis.Date = ShiftedDate;
process.on('SIGUSR2', () => {
  offset = Number(readFileSync(file, 'utf8'));
  writeFileSync(`${file}.ack`, String(offset));
});
