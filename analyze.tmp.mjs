import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import configs from './rollup.config.mjs';
const cfg = configs[configs.length - 1];
cfg.plugins = cfg.plugins.filter(p => p.name !== 'dh-size-report');
const b = await rollup(cfg);
const { output } = await b.generate(cfg.output);
const only = process.argv[2];
for (const c of output.filter(c => c.type === 'chunk' && (!only || c.fileName.includes(only)))) {
  console.log('\n==', c.fileName, gzipSync(c.code, {level:9}).length, 'imports', c.imports.join(','));
  const mods = Object.entries(c.modules).map(([id, m]) => [id.replace(/.*node_modules\//,'nm/').replace(process.cwd()+'/',''), m.renderedLength, gzipSync(m.code??'',{level:9}).length]).sort((a,b)=>b[1]-a[1]).slice(0,25);
  for (const [id, l, g] of mods) console.log('  ', String(l).padStart(7), String(g).padStart(6), id);
  if (process.argv[3]) console.log(c.code);
}
