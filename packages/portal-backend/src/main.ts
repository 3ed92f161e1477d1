// `npm start`: the demo portal and the help API on http://localhost:8080, data in ./data. Request logs
// are off in demo mode (LOG_LEVEL=info turns them on), so the welcome letter stays in view.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { configFromEnv, ConfigError } from './config.js';
import { loadSources } from '@direkthilfe/content';

let config;
try {
  config = configFromEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { app, welcomeLetter } = await buildApp({ config, content: { sources: loadSources(config.contentDir) } });

// SIGTERM or SIGINT: stop taking requests, finish the running ones and the background work, then exit.
closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
});

await app.listen({ port: config.port, host: config.host });
const lines = [
  `Direkthilfe Demo-Portal: ${config.publicUrl}/`,
  `Administrations-Portal:  ${config.publicUrl}/admin/`,
  `MyPortal:                ${config.publicUrl}/myportal/`,
];
// The demo's one deliberate exception to "no secrets on the console": the welcome letter of a new demo.
if (welcomeLetter)
  lines.push(
    '',
    `Willkommensbrief an ${welcomeLetter.to}`,
    `  Kundennummer:    ${welcomeLetter.customerNumber}`,
    `  Einmal-Passwort: ${welcomeLetter.oneTimePassword}`,
    `  Auch im Postfach der Demo: ${config.publicUrl}/demo/postfach`,
  );
console.log(framed(lines));

/** Lines in a box, so that they stand out from anything else on the console. */
function framed(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '─'.repeat(width + 2);
  return [`┌${rule}┐`, ...lines.map((line) => `│ ${line.padEnd(width)} │`), `└${rule}┘`].join('\n');
}
