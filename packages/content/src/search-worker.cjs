// From the sources, a worker thread starts here: Node 20 gives it the TypeScript loader's require hook in time,
// not its import hook (search-build.ts).
require('./search-worker.ts');
