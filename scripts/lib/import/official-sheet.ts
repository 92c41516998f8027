/**
 * Spreadsheets shaped like the ones a 人社 office sends — a title row above the header, a 序号 column, codes typed
 * as numbers, coordinates picked on 高德 (GCJ-02) — made from a set of city entries. The import tests and the
 * import benchmark use them; they are what `npm run import` must read without help.
 */
import ExcelJS from 'exceljs';
import gcoord from 'gcoord';
import type { ContentFile } from '../../../src/lib/content-files.ts';

interface CityData {
  name: string;
  province: string;
  adcode: string;
  location: { lat: number; lng: number };
}

export async function officialCitySheet(file: string, cities: ContentFile[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow(['全国创业促就业重点联系城市名单']);
  sheet.addRow(['序号', '省份', '城市', '区划代码', '经度', '纬度', '坐标系']);
  cities.forEach((c, i) => {
    const d = c.data as unknown as CityData;
    const [lng, lat] = gcoord.transform([d.location.lng, d.location.lat], gcoord.WGS84, gcoord.GCJ02);
    sheet.addRow([i + 1, d.province, d.name, Number(d.adcode), lng, lat, '高德']);
  });
  await book.xlsx.writeFile(file);
}

/** `years` rows of results per city, counted so that every rule of the schema holds. */
export async function officialResultSheet(file: string, cities: ContentFile[], years: readonly number[]): Promise<number> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('年度工作成效');
  sheet.addRow(['城市', '年度', '培训人数', '培训合格人数', '半年内开业人数', '带动就业人数', '一年以上稳定经营数', '数据来源']);
  let rows = 0;
  cities.forEach((c, i) => {
    for (const year of years) {
      const trained = 1500 + ((i * 37 + year) % 900);
      const passed = Math.floor(trained * 0.85);
      const started = Math.floor(passed * 0.55);
      sheet.addRow([c.data.name, year, trained, passed, started, started * 5, Math.floor(started * 0.82), `${String(c.data.name)}人力资源和社会保障局年度报告`]);
      rows++;
    }
  });
  await book.xlsx.writeFile(file);
  return rows;
}
