import fp from 'fastify-plugin';
import compress from '@fastify/compress';

/**
 * Brotli or gzip for every text answer (JSON, HTML, scripts, styles), after the client's Accept-Encoding.
 * The encodings are named, so the choice does not change with the Node version (zstd where Node has it).
 * Widget files are compressed at build time and sent as they are (see routes/portal.ts); event streams are
 * never compressed, as compression would hold their messages back.
 */
export default fp(
  async (app) => {
    await app.register(compress, { encodings: ['br', 'gzip'] });
  },
  { name: 'compression' },
);
