import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import terser from '@rollup/plugin-terser';
import configs from './rollup.config.mjs';
const cfg = configs[configs.length - 1];
cfg.plugins = cfg.plugins.filter(p => p.name !== 'dh-size-report');
const b = await rollup(cfg);
const variants = {
  base: { ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } },
  unsafe: { ecma: 2022, module: true, compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, pure_getters: true, unsafe_comps: true }, format: { comments: false } },
};
for (const [name, opts] of Object.entries(variants)) {
  const { output } = await b.generate({ ...cfg.output, plugins: [terser(opts)] });
  const sizes = Object.fromEntries(output.filter(c => c.type==='chunk').map(c => [c.name, gzipSync(c.code,{level:9}).length]));
  const panel = ['direkthilfe','dh-help-panel','debounce','dh-article','json-client','static','shared.styles'].reduce((s,n)=>s+(sizes[n]??0),0);
  console.log(name, 'up', sizes.direkthilfe, 'panel', panel);
}
