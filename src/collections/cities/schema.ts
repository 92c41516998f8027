import { z } from 'astro/zod';
import { baseFields, latLng } from '../../schemas/base.ts';
import { field } from '../../schemas/field.ts';
import { LIST_STATUS, PROVINCE_NAMES, PROVINCES, provinceByName } from '../../schemas/taxonomies.ts';
import type { CollectionSpec } from '../../schemas/spec.ts';

/** Results are reported for a year that has begun: a later year is a typing error. */
const THIS_YEAR = new Date().getFullYear();

const count = (label: string, hint?: string) => field(z.number().int('应为整数').min(0, '人数不能为负'), label, hint);

/** One year of a city's reported results against the work plan's targets (工作方案 二、工作目标). */
export const yearlyResultSchema = z
  .strictObject({
    year: field(z.number().int('应为整数年份，如 2024').min(2007, '年份应不早于 2007').max(THIS_YEAR, `年份不能晚于今年（${THIS_YEAR}）`), '年度'),
    trained: count('培训人数', '开展创业能力培训的人数'),
    passed: count('培训合格人数'),
    started: count('半年内开业人数', '经创业服务后半年内成功开业的人数'),
    jobs: count('带动就业人数', '开业企业带动的就业人数（含创业者本人）'),
    surviving: count('一年以上稳定经营数', '开业企业中经营满一年的户数'),
    source: field(z.string().trim().min(1, '数据来源不能为空'), '数据来源'),
    sample: field(z.boolean().default(false), '示例数据', '为演示编写的数字必须勾选'),
  })
  .superRefine((r, ctx) => {
    if (r.passed > r.trained) ctx.addIssue({ code: 'custom', path: ['passed'], message: '合格人数不能多于培训人数' });
    if (r.started > r.passed) ctx.addIssue({ code: 'custom', path: ['started'], message: '开业人数不能多于合格人数' });
    if (r.surviving > r.started) {
      ctx.addIssue({ code: 'custom', path: ['surviving'], message: '稳定经营数不能多于开业人数' });
    }
  });

/** 重点联系城市. */
export const citySchema = z
  .strictObject({
    ...baseFields,
    name: field(z.string().trim().min(1, '城市名称不能为空'), '城市名称', '如 成都市'),
    province: field(z.enum(PROVINCE_NAMES), '省份'),
    adcode: field(z.string().regex(/^\d{6}$/, '应为 6 位数字行政区划代码（GB/T 2260）'), '行政区划代码'),
    location: field(latLng(), '坐标', '市政府驻地，WGS84'),
    municipality: field(z.boolean().default(false), '直辖市'),
    list_status: field(z.enum(LIST_STATUS), '名单状态', '未与官方名单核对时为「待核实」'),
    list_source: field(z.string().trim().min(1), '名单依据'),
    agency: field(z.string().trim().min(1), '主管部门'),
    results: field(z.array(yearlyResultSchema).default([]), '年度工作成效'),
  })
  .superRefine((c, ctx) => {
    const province = provinceByName(c.province);
    if (province && c.adcode.slice(0, 2) !== province.code.slice(0, 2)) {
      ctx.addIssue({ code: 'custom', path: ['adcode'], message: `行政区划代码 ${c.adcode} 不属于${c.province}（应以 ${province.code.slice(0, 2)} 开头）` });
    }
    const years = c.results.map((r) => r.year);
    if (new Set(years).size !== years.length) {
      ctx.addIssue({ code: 'custom', path: ['results'], message: '同一年度只能填写一条成效数据' });
    }
  });

export type City = z.infer<typeof citySchema>;
export type YearlyResult = z.infer<typeof yearlyResultSchema>;

const provinceOrder = new Map<string, number>(PROVINCES.map((p, i) => [p.name, i]));

/** The 重点城市 section: its names and how it is listed (src/schemas/spec.ts). */
export const citiesSpec: CollectionSpec<typeof citySchema> = {
  label: '重点城市',
  heading: '重点联系城市',
  intro: '全国100个创业培训重点联系城市的分布、工作目标和年度成效。',
  schema: () => citySchema,
  dateField: 'updated',
  // By province in GB/T 2260 order, then by code: how the official list and the map table read.
  order: (a, b) => (provinceOrder.get(a.province) ?? 99) - (provinceOrder.get(b.province) ?? 99) || a.adcode.localeCompare(b.adcode),
};
