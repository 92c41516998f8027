import type { ImportSheet } from '../../schemas/spec.ts';

/** The 重点城市名单 sheet: an official list read as it is usually typed. `$point` (both coordinates in one cell) and
 * `$coords` (the coordinate system) are the import's own columns (scripts/lib/import/cities.ts). */
export const CITY_SHEET: ImportSheet = {
  first: ['name', 'province', 'adcode', 'location.lat', 'location.lng', '$point', '$coords', 'agency', 'list_status', 'list_source'],
  columns: {
    name: { aliases: ['城市', '城市名', '重点城市', '地市'], needed: true, hint: '与 GB/T 2260 的名称一致，如「成都市」' },
    province: { aliases: ['省', '所属省份', '省（区、市）', '省区市'], hint: '空白时按行政区划代码填写' },
    adcode: { aliases: ['区划代码', '行政代码', '代码', '城市代码'], hint: '空白时按城市名称查 GB/T 2260' },
    'location.lat': { aliases: ['lat', 'latitude', '北纬'], needed: true },
    'location.lng': { aliases: ['lng', 'lon', 'longitude', '东经'], needed: true },
    agency: { aliases: ['主管单位', '人社部门', '牵头部门'], hint: '空白时为「城市名称＋人力资源和社会保障局」' },
    list_status: { hint: '导入官方名单时用 --source 写明依据，即为「已核实」' },
    municipality: { hint: '空白时按行政区划代码判断' },
    slug: { hint: '空白时按城市名称的拼音生成' },
    title: { hint: '空白时同城市名称' },
    summary: { hint: '空白时自动生成' },
    'source.name': { hint: '空白时同名单依据' },
    updated: { hint: '空白时为导入当天' },
  },
};

/** The 年度工作成效 sheet: one row per city and year, the city by its name or its code (`$name`, `$adcode`). */
export const RESULT_SHEET: ImportSheet = {
  first: ['$name', '$adcode', 'year'],
  columns: {
    $name: { aliases: ['城市', '城市名', '重点城市'], hint: '城市名称和行政区划代码至少填一项' },
    $adcode: { aliases: ['区划代码', '代码'], hint: '城市名称和行政区划代码至少填一项' },
    year: { aliases: ['年份', '年'], needed: true },
    trained: { needed: true },
    passed: { needed: true },
    started: { needed: true },
    jobs: { needed: true },
    surviving: { needed: true },
  },
};
