// After `changeset version` has bumped package.json: writes the same version into src/core/version.ts,
// which the elements report (the define guard compares versions). `npm test` checks the two agree.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/core/version.ts', import.meta.url);
writeFileSync(file, readFileSync(file, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
console.log(`src/core/version.ts: ${version}`);
