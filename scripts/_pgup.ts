import { ensureBinaries, startPostgres } from './services';
const { pgBin } = ensureBinaries();
const pg = startPostgres({ pgBin, dataDir: '/tmp/pgdev', port: 5499, fast: true });
console.log(pg.url('postgres'));
