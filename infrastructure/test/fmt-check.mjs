// npm run lint: terraform fmt -check over the Terraform sources and *.example files. --write fixes the sources.
import { checkFormat } from './lib/fmt.mjs';

const write = process.argv.includes('--write');
const { ok, output } = await checkFormat({ write });
if (output.trim()) console.log(output.trim());
if (!ok) {
  console.error(
    write
      ? 'Fix the *.example files above by hand.'
      : 'Not formatted: run `npm run fmt -w @spendwise/infrastructure`.',
  );
  process.exit(1);
}
console.log(write ? 'formatted' : 'terraform fmt: clean');
