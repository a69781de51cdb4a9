// Removes the build output so a renamed or deleted module never lingers in dist/ or cdn/.
import { rm } from 'node:fs/promises';

await Promise.all(['dist', 'cdn'].map((dir) => rm(new URL(`../${dir}`, import.meta.url), { recursive: true, force: true })));
