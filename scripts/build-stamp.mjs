// Whether `npm start` may skip the build: a fingerprint of what the build reads, taken after the last build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the build reads. */
const INPUTS = [
  'packages',
  'content',
  'rollup.config.mjs',
  'size-budgets.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
];
/** What it writes, and what the start needs of it. */
export const BUILD_OUTPUTS = [
  'packages/portal-backend/dist/main.js',
  'packages/widgets/dist/direkthilfe.js',
  'packages/demo-portal/dist/pages/index.html',
  'packages/content/dist',
];
const SKIPPED = new Set(['node_modules', 'dist', 'lib', 'types', 'ide', 'storybook-static', 'coverage']);
const STAMP = 'node_modules/.cache/direkthilfe/build-inputs';

/** Names, sizes and modification times of every input file below `root`: a changed file changes it. */
function fingerprint(root) {
  const hash = createHash('sha256');
  const visit = (path) => {
    const stat = statSync(join(root, path), { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(join(root, path)).sort()) if (!SKIPPED.has(entry)) visit(join(path, entry));
    } else hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  INPUTS.forEach(visit);
  return hash.digest('hex');
}

/** True when nothing the build reads changed since `recordBuild`, and its outputs are there. */
export function buildIsCurrent(root = '.') {
  const stamp = join(root, STAMP);
  return (
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === fingerprint(root) &&
    BUILD_OUTPUTS.every((path) => existsSync(join(root, path)))
  );
}

/** Notes the inputs of the build just finished. */
export function recordBuild(root = '.') {
  const stamp = join(root, STAMP);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, fingerprint(root));
}
