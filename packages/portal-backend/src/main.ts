// `npm start`: the demo portal and the help API on http://localhost:8080, data in ./data.
import { buildApp } from './app.js';
import { configFromEnv } from './config.js';
import { HelpContent } from './services/help-content.js';

const config = configFromEnv();
const help = HelpContent.fromDirectory(config.contentDir, config.portalMapFile);
const { app } = await buildApp({ config, help, printWelcomeLetter: true });

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  });
}

await app.listen({ port: config.port, host: config.host });
console.log(
  `Direkthilfe Demo-Portal: ${config.publicUrl}/  (Admin-Portal: ${config.publicUrl}/admin/, MyPortal: ${config.publicUrl}/myportal/)`,
);
