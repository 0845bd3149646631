import { scanText } from '../libs/nominations/src/privacy/privacy-scanner';
const t = process.argv[2];
console.log(scanText(t, { allowedNames: ['Sarah Jones', 'Leeds Adult Safeguarding Team'] }).map((f) => [f.kind, t.slice(f.start, f.end)]));
