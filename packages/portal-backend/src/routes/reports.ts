import type { ReportQuery } from '@direkthilfe/core/api/reports';
import { reportDays } from '@direkthilfe/core/reports/days';
import { schemaOf, type ApiPlugin } from '../contract.js';
import { requireEditor } from '../context.js';
import { ApiError } from '../errors.js';
import { feedbackReport, funnelReport, searchReport } from '../services/reports.js';
import type { ReportRange } from '../store/types.js';

/** The days asked for (default the last four weeks); a range that ends before it begins is refused. */
function rangeOf(query: ReportQuery): ReportRange {
  const days = reportDays(query);
  if (days.from > days.to) throw new ApiError(400, 'validation', {}, { fields: { from: '' } });
  return { ...days, ...(query.lang ? { lang: query.lang } : {}) };
}

/** The editors' reports: article feedback, the panel's searches and the wizards' funnel. */
const reportRoutes: ApiPlugin = async (app) => {
  const { store, content } = app;
  app.addHook('onRequest', requireEditor());

  app.get('/feedback', { schema: schemaOf('GET /api/studio/reports/feedback') }, async (request) =>
    feedbackReport(store, content.help, rangeOf(request.query)),
  );

  app.get('/searches', { schema: schemaOf('GET /api/studio/reports/searches') }, async (request) =>
    searchReport(store, content.help, rangeOf(request.query)),
  );

  app.get('/funnel', { schema: schemaOf('GET /api/studio/reports/funnel') }, async (request) =>
    funnelReport(store, rangeOf(request.query)),
  );
};

export default reportRoutes;
