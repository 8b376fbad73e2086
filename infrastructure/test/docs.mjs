// Checks (default) or refreshes (--write) the generated Inputs/Outputs tables in the module and bootstrap READMEs.
// After --write, run the repository's Prettier on them (`npm run format` at the root) to align the tables.
import { syncReadmes } from './lib/docs.mjs';

const write = process.argv.includes('--write');
const stale = syncReadmes({ write });
for (const dir of stale)
  console.log(`${dir}/README.md: ${write ? 'updated' : 'inputs/outputs tables are stale'}`);
if (stale.length && !write) {
  console.error('Run: node test/docs.mjs --write (then the root `npm run format`)');
  process.exit(1);
}
