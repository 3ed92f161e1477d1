import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Serves folders on 127.0.0.1 (or `host`): `mounts` maps URL prefixes to folders, tried in order.
 * `headers` are added to every response (the demo sets its Content-Security-Policy here).
 */
export function startStaticServer({ mounts, port = 0, host = '127.0.0.1', headers = {} }) {
  const handlers = mounts.map(({ prefix, dir }) => ({ prefix, serve: sirv(dir, { dev: true, etag: true }) }));
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = req.url ?? '/';
    const next = (index) => {
      const handler = handlers[index];
      if (!handler) {
        res.statusCode = 404;
        res.end('Not found');
        return;
      }
      if (!url.startsWith(handler.prefix)) return next(index + 1);
      req.url = url.slice(handler.prefix.length - 1) || '/';
      handler.serve(req, res, () => {
        req.url = url;
        next(index + 1);
      });
    };
    next(0);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}` }));
  });
}
