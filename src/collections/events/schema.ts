import { z } from 'astro/zod';
import { address, baseFields, dateTime, httpUrl, latLng } from '../../schemas/base.ts';
import { field, relation, relations } from '../../schemas/field.ts';
import { EVENT_KINDS, EVENT_STATUS } from '../../schemas/taxonomies.ts';
import type { CollectionSpec } from '../../schemas/spec.ts';

/** An office's telephone (a service desk, not a person's mobile): published as the organiser's. */
const officePhone = () => z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, '电话格式不正确');

/**
 * 活动: a 项目推介会, 创业交流, 考察 or 结对互助 event (plan 三（五）项目推介, （十）加强跟踪服务) — when and where, who organises
 * it, how to sign up and what it costs, and the projects a 推介会 presents. Times are Beijing time.
 */
export const eventSchema = z
  .strictObject({
    ...baseFields,
    kind: field(z.enum(EVENT_KINDS), '活动类型'),
    status: field(z.enum(EVENT_STATUS).default('按计划举行'), '活动状态', '延期或取消时请改这里，并在正文说明'),
    start: dateTime('开始时间', '北京时间，如 2026-12-10 09:30'),
    end: dateTime('结束时间', '北京时间，如 2026-12-10 16:30'),
    city: relation('cities', '所在城市'),
    venue: field(z.string().trim().min(1, '活动地点不能为空').max(80, '活动地点不超过 80 字'), '活动地点', '场馆或单位名称，如 成都市创业服务中心三楼报告厅'),
    address: address(),
    location: field(latLng().optional(), '坐标', 'WGS84；填写后活动显示在城市地图上'),
    organiser: field(z.string().trim().min(1, '主办单位不能为空'), '主办单位'),
    signup: field(
      z.strictObject({
        how: field(z.string().trim().min(1, '报名方式不能为空'), '报名方式', '如 无需报名，凭身份证入场；或 网上报名、电话报名', { widget: 'text' }),
        url: field(httpUrl().optional(), '报名网址'),
        phone: field(officePhone().optional(), '咨询电话', '主办单位办公电话（不要填个人手机）'),
        deadline: dateTime('报名截止', '北京时间；不设截止时留空').optional(),
      }),
      '报名',
    ),
    cost: field(z.string().trim().min(1, '费用不能为空').max(80, '费用不超过 80 字'), '费用', '如 免费；收费时写明标准'),
    projects: relations('projects', '推介项目', '项目推介会上推介的项目'),
    experts: relations('experts', '参加的创业专家'),
  })
  // Compared only once both are times: a start that is not one has its own message already.
  .refine((e) => !isTime(e.start) || !isTime(e.end) || e.end >= e.start, { message: '结束时间不能早于开始时间', path: ['end'] })
  .refine((e) => !isTime(e.signup.deadline) || !isTime(e.end) || e.signup.deadline <= e.end, { message: '报名截止不能晚于活动结束', path: ['signup', 'deadline'] });

const isTime = (v: unknown): v is Date => v instanceof Date;

export type Event = z.infer<typeof eventSchema>;

/** The 活动 section: its names and how it is listed (src/schemas/spec.ts). */
export const eventsSpec: CollectionSpec<typeof eventSchema> = {
  label: '活动',
  heading: '活动日历',
  intro: '项目推介会、创业交流、考察和结对互助等活动：时间、地点、怎样报名。即将举行的在前，往期活动在后。',
  schema: () => eventSchema,
  dateField: 'start',
};
