import fp from 'fastify-plugin';
import { MailSender } from '../mail/sender.js';
import { pruneReleaseParts } from '../services/content-release.js';
import { OrderWorker } from '../services/order-worker.js';
import { Periodic } from '../services/periodic.js';
import { publishDue } from '../services/publishing.js';
import { purgeReports, REPORT_PURGE_INTERVAL_MS } from '../services/reports.js';

/** How often a node removes what no kept release names: a release is kept for ten publishes. */
const RELEASE_PRUNE_INTERVAL_MS = 15 * 60_000;

/**
 * The background work of every node: carrying out due orders, delivering the mail outbox, publishing
 * scheduled articles, sweeping timed-out sessions, removing reports older than their retention and the stored
 * articles and indexes of releases no longer kept. Started
 * once the server is ready, stopped (and waited for) when it closes.
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
    // Scheduled publishing, checked as often as due orders: one indexed query when nothing is due.
    const schedule = new Periodic(async () => {
      await publishDue(store, app.content.release).catch((error) =>
        app.log.error({ err: error }, 'scheduled publishing failed'),
      );
    }, config.workerIntervalMs);
    const sweeper = setInterval(() => {
      app.sessions.sweep().catch((error) => app.log.error({ err: error }, 'session sweep failed'));
    }, 60_000).unref();
    const purge = () =>
      purgeReports(store).then(
        () => undefined,
        (error) => app.log.error({ err: error }, 'report purge failed'),
      );
    const reports = new Periodic(purge, REPORT_PURGE_INTERVAL_MS);
    const prune = () =>
      pruneReleaseParts(store).then(
        () => undefined,
        (error) => app.log.error({ err: error }, 'pruning release parts failed'),
      );
    const parts = new Periodic(prune, RELEASE_PRUNE_INTERVAL_MS);
    let first: Promise<unknown> | undefined;
    app.addHook('onReady', async () => {
      orders.start();
      mail.start();
      schedule.start();
      // Once at the start too: a node may not run for a whole interval.
      first = Promise.all([purge(), prune()]);
      reports.start();
      parts.start();
    });
    app.addHook('onClose', async () => {
      clearInterval(sweeper);
      await Promise.all([orders.stop(), mail.stop(), schedule.stop(), reports.stop(), parts.stop(), first]);
    });
  },
  { name: 'workers', dependencies: ['session'] },
);
