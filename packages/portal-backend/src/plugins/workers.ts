import fp from 'fastify-plugin';
import { MailSender } from '../mail/sender.js';
import { OrderWorker } from '../services/order-worker.js';

/**
 * The background work of every node: carrying out due orders, delivering the mail outbox and sweeping
 * timed-out sessions. Started once the server is ready, stopped (and waited for) when it closes.
 */
export default fp(
  async (app) => {
    const { config, store, nodeId } = app;
    const orders = new OrderWorker(store, app.log, {
      node: nodeId,
      intervalMs: config.workerIntervalMs,
      provisioningMs: config.orderProvisioningMs,
      leaseMs: config.leaseMs,
      publicUrl: config.publicUrl,
    });
    const mail = new MailSender(store, app.log, {
      node: nodeId,
      smtpUrl: config.smtpUrl,
      intervalMs: config.mailIntervalMs,
      leaseMs: config.leaseMs,
    });
    const sweeper = setInterval(() => {
      app.sessions.sweep().catch((error) => app.log.error({ err: error }, 'session sweep failed'));
    }, 60_000).unref();
    app.addHook('onReady', async () => {
      orders.start();
      mail.start();
    });
    app.addHook('onClose', async () => {
      clearInterval(sweeper);
      await Promise.all([orders.stop(), mail.stop()]);
    });
  },
  { name: 'workers', dependencies: ['session'] },
);
