/**
 * Spreadsheets shaped like the ones a 人社 office sends — a title row above the header, a 序号 column, codes typed
 * as numbers, coordinates picked on 高德 (GCJ-02) — made from a set of city entries. The import tests and the
 * import benchmark use them; they are what `npm run import` must read without help.
 */
import { writeFileSync } from 'node:fs';
import { writeWorkbook, type WriteValue } from '../../../src/lib/publish/xlsx.ts';
import gcoord from 'gcoord';
import type { ContentFile } from '../../../src/lib/content/files.ts';

interface CityData {
  name: string;
  province: string;
  adcode: string;
  location: { lat: number; lng: number };
}

export function officialCitySheet(file: string, cities: ContentFile[]): void {
  const rows: WriteValue[][] = [['全国创业促就业重点联系城市名单'], ['序号', '省份', '城市', '区划代码', '经度', '纬度', '坐标系']];
  cities.forEach((c, i) => {
    const d = c.data as unknown as CityData;
    const [lng, lat] = gcoord.transform([d.location.lng, d.location.lat], gcoord.WGS84, gcoord.GCJ02);
    rows.push([i + 1, d.province, d.name, Number(d.adcode), lng, lat, '高德']);
  });
  writeFileSync(file, writeWorkbook([{ name: 'Sheet1', rows }]));
}

/** `years` rows of results per city, counted so that every rule of the schema holds. */
export function officialResultSheet(file: string, cities: ContentFile[], years: readonly number[]): number {
  const sheet: WriteValue[][] = [['城市', '年度', '培训人数', '培训合格人数', '半年内开业人数', '带动就业人数', '一年以上稳定经营数', '数据来源']];
  let rows = 0;
  cities.forEach((c, i) => {
    for (const year of years) {
      const trained = 1500 + ((i * 37 + year) % 900);
      const passed = Math.floor(trained * 0.85);
      const started = Math.floor(passed * 0.55);
      sheet.push([String(c.data.name), year, trained, passed, started, started * 5, Math.floor(started * 0.82), `${String(c.data.name)}人力资源和社会保障局年度报告`]);
      rows++;
    }
  });
  writeFileSync(file, writeWorkbook([{ name: '年度工作成效', rows: sheet }]));
  return rows;
}
