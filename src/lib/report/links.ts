/** The report's name and addresses, as the footer, the pages and the self-check give them. */
export const REPORT_TITLE = '网站工作年度报表';
export const REPORT_INDEX = '/report/';
export const reportTitle = (year: number) => `政府网站工作年度报表（${year}年度）`;
export const reportPage = (year: number) => `${REPORT_INDEX}${year}/`;
export const reportWorkbook = (year: number) => `${REPORT_INDEX}${year}.xlsx`;
