import type { APIRoute, GetStaticPaths } from 'astro';
import type { AnnualReport } from '../../lib/report/annual.ts';
import { reportPaths } from '../../lib/report/files.ts';
import { annualWorkbook } from '../../lib/report/table.ts';

/** /report/<year>.xlsx: the year's report as a workbook, the same rows as the page. */
export const getStaticPaths = reportPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const report = (props as { report: AnnualReport }).report;
  return new Response(new Uint8Array(annualWorkbook(report)), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
