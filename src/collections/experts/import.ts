import type { ImportSheet } from '../../schemas/spec.ts';

/** The 创业专家 roster an office keeps: the person, the consent to publish the name, then what founders book by. */
export const EXPERT_SHEET: ImportSheet = {
  first: ['name', 'consent', 'city', 'kind', 'specialties', 'industries', 'services', 'organisation', 'qualification', 'booking.desk', 'booking.phone', 'booking.how', 'title'],
  columns: {
    name: { aliases: ['专家姓名', '姓名（本人）'], needed: true },
    consent: { aliases: ['同意公开姓名', '是否同意公开', '是否同意公开姓名', '公开姓名', '本人同意'], hint: '空白为「否」：姓名只供编辑使用，不在网站上出现' },
    city: { aliases: ['城市', '所在地市', '地市'], needed: true, hint: '城市名称（如「成都市」）或网址标识（如 chengdu）' },
    kind: { aliases: ['类别', '专家类型'] },
    specialties: { aliases: ['专业特长', '擅长领域'], hint: '多项用顿号分隔，如「财务、融资」' },
    industries: { aliases: ['行业'], hint: '多项用顿号分隔；不限行业时留空' },
    services: { aliases: ['服务形式'], hint: '多项用顿号分隔，如「面谈服务、电话服务」' },
    organisation: { aliases: ['单位', '工作单位'] },
    title: { hint: '空白时按专长和城市生成，如「财务、融资创业专家（成都市）」' },
    summary: { hint: '空白时按类别和专长生成' },
    slug: { hint: '空白时按称谓的拼音生成' },
    'source.name': { hint: '空白时同 --source，或「创业专家名单」' },
    updated: { hint: '空白时为导入当天' },
  },
};
