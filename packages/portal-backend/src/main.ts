// `npm start`: the demo portal and the help API on http://localhost:8080, data in ./data.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { configFromEnv, ConfigError } from './config.js';
import { HelpContent } from './services/help-content.js';

let config;
try {
  config = configFromEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const help = HelpContent.fromDirectory(config.contentDir, config.portalMapFile);
const { app } = await buildApp({ config, help, printWelcomeLetter: true });

// SIGTERM or SIGINT: stop taking requests, finish the running ones and the background work, then exit.
closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
});

await app.listen({ port: config.port, host: config.host });
console.log(
  `Direkthilfe Demo-Portal: ${config.publicUrl}/  (Admin-Portal: ${config.publicUrl}/admin/, MyPortal: ${config.publicUrl}/myportal/)`,
);
