import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import configs from './rollup.config.mjs';
const cfg = configs[configs.length - 1];
cfg.plugins = cfg.plugins.filter(p => p.name !== 'dh-size-report');
const b = await rollup(cfg);
for (const min of [0, 1000, 2000, 5000]) {
  const { output } = await b.generate({ ...cfg.output, experimentalMinChunkSize: min });
  const chunks = output.filter(c => c.type==='chunk');
  const byFile = Object.fromEntries(chunks.map(c=>[c.fileName,c]));
  const closure = (f, s=new Set()) => { if (s.has(f)) return s; s.add(f); for (const i of byFile[f].imports) closure(i, s); return s; };
  const panel = chunks.find(c => c.name==='dh-help-panel' && c.isDynamicEntry);
  const files = new Set([...closure('direkthilfe.js'), ...closure(panel.fileName)]);
  const total = [...files].reduce((s,f)=>s+gzipSync(byFile[f].code,{level:9}).length,0);
  const pw = chunks.find(c => c.name==='dh-password-field' && c.isDynamicEntry);
  const pwf = new Set([...closure('direkthilfe.js'), ...closure(pw.fileName)]);
  console.log(min, 'chunks', chunks.length, 'panel', total, [...files].join(' '), 'pw', [...pwf].reduce((s,f)=>s+gzipSync(byFile[f].code,{level:9}).length,0));
}
