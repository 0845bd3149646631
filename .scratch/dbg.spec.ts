import nlp from 'compromise';
import { scanText } from '../libs/nominations/src/privacy/privacy-scanner';
it('dbg', () => {
  for (const t of [
    'A young man, Callum, 19, was living with his abuser.',
    'The young woman, Jade, 22, had been brought to A&E by a man who would not leave her side.',
    'A mother called Shanice brought her son in with burns. Tracey, our paediatric liaison nurse, noticed.',
    'The team moved from Civic Centre, 1 Town Hall Square, to the new hub',
  ]) {
    console.log(JSON.stringify(scanText(t).map((f) => [f.kind, t.slice(f.start, f.end)])), JSON.stringify(nlp(t).people().out('array')));
  }
});
