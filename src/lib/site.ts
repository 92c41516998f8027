/** Site identity, used by the header, footer and page meta. */
export const SITE = {
  name: '创业促就业服务门户',
  tagline: '全国100个重点联系城市创业促就业工作',
  contactEmail: 'editor@example.org',
  /** Where project submissions (项目征集) are sent; a static site has no server to receive them. */
  submissionEmail: 'projects@example.org',
  /** Shown in the footer: this is not a government website. */
  disclaimer: '本站为依据公开政策文件建设的信息服务门户，不是政府官方网站；示例内容均已标注「示例」。',
} as const;

export interface Crumb {
  label: string;
  href?: string;
}
