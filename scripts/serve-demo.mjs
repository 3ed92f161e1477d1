// `npm start` (after the build): serves the demo page and the widget bundle under a strict CSP.
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

/** No inline scripts or styles, no eval, nothing from other origins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function startDemo({ port = 8080, host = 'localhost' } = {}) {
  return startStaticServer({
    port,
    host,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
    mounts: [
      { prefix: '/', dir: fileURLToPath(new URL('../packages/widgets/demo', import.meta.url)) },
      { prefix: '/', dir: fileURLToPath(new URL('../packages/widgets/dist', import.meta.url)) },
    ],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { server, url } = await startDemo({
    port: Number(process.env.PORT ?? 8080),
    host: process.env.HOST ?? 'localhost',
  });
  console.log(`Direkthilfe demo: ${url}/`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => server.close(() => process.exit(0)));
}
