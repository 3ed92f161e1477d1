// Content tooling for editors and the build:
//   check [folder]   checks the articles, prints `file:line: message`, exits 1 on errors
//   build [folder]   checks, then writes the published articles and search indexes to packages/content/dist
//   watch [folder]   builds, then rebuilds on every change
import { watch } from 'node:fs';
import { relative, resolve } from 'node:path';
import { buildContent, writeBundles } from './build.js';
import { checkContent } from './check.js';
import { loadSources } from './load.js';
import { formatProblem, type Problem } from './problems.js';
import { createNodeSanitizer } from './sanitize-node.js';

const [command = 'check', folder = 'content'] = process.argv.slice(2);
const dir = resolve(folder);
const display = relative(process.cwd(), dir) || '.';
const outDir = resolve(import.meta.dirname, '../dist');

function print(problems: Problem[]): number {
  for (const p of problems) console.log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  console.log(`${errors} Fehler, ${warnings} Warnungen`);
  return errors;
}

async function build(): Promise<boolean> {
  const started = performance.now();
  const { problems, bundles } = await buildContent(loadSources(dir, display));
  if (print(problems) > 0) {
    console.log('Nichts veröffentlicht: Bitte beheben Sie zuerst die Fehler.');
    return false;
  }
  writeBundles(bundles, outDir);
  for (const b of bundles) {
    const fallbacks = b.articles.filter((a) => a.fallback).length;
    console.log(`${b.lang}: ${b.articles.length} Artikel veröffentlicht (${fallbacks} auf Deutsch als Ersatz), Suchindex mit ${b.index.terms.length} Begriffen`);
  }
  console.log(`Geschrieben nach ${relative(process.cwd(), outDir)} in ${Math.round(performance.now() - started)} ms`);
  return true;
}

if (command === 'check') {
  const errors = print(checkContent(loadSources(dir, display), createNodeSanitizer()).problems);
  process.exit(errors ? 1 : 0);
} else if (command === 'build') {
  process.exit((await build()) ? 0 : 1);
} else if (command === 'watch') {
  await build();
  console.log(`Beobachte ${display} … (Strg+C beendet)`);
  // One build at a time: changes during a build are built once after it.
  let running: Promise<boolean> | undefined;
  let changedMeanwhile = false;
  const rebuild = () => {
    if (running) {
      changedMeanwhile = true;
      return;
    }
    console.log(`\n${new Date().toLocaleTimeString('de-DE')}: Änderung erkannt, baue neu …`);
    running = build().finally(() => {
      running = undefined;
      if (changedMeanwhile) {
        changedMeanwhile = false;
        rebuild();
      }
    });
  };
  let timer: NodeJS.Timeout | undefined;
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 150);
  });
} else {
  console.error(`Unbekannter Befehl „${command}“. Verfügbar: check, build, watch.`);
  process.exit(2);
}
