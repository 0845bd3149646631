#!/usr/bin/env node
// Fails, naming each entry, when package-lock.json holds a package without a version.
// npm 11.6 wrote such entries for other platforms' optional builds, and a newer npm's
// `npm ci` then stops with a bare "Invalid Version:" that names nothing. Plain JavaScript on
// purpose: it runs before the build, on whichever Node the machine has.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const file = process.argv[2] ?? path.join(__dirname, '..', 'package-lock.json');
let lock;
try {
  lock = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file} cannot be read as JSON: ${error.message}`);
  process.exit(1);
}

const broken = Object.entries(lock.packages ?? {})
  // '' is the project itself; a link (a workspace) has no version of its own.
  .filter(([name, entry]) => name !== '' && !entry.link && !entry.version)
  .map(([name]) => name);

if (broken.length > 0) {
  console.error(
    `${file} has ${broken.length} ${broken.length === 1 ? 'entry' : 'entries'} without a version, ` +
      'which `npm ci` refuses ("Invalid Version"):\n' +
      broken.map((name) => `  ${name}`).join('\n') +
      '\nRewrite the lock with `npm run lockfile` (docs/runtime.md).',
  );
  process.exit(1);
}
console.log(
  `${path.basename(file)}: every one of ${Object.keys(lock.packages ?? {}).length - 1} entries has a version.`,
);
