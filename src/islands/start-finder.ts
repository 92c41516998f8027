/**
 * <start-finder>: reads the answers from the URL (so a result can be shared), fetches /start/index.json once and
 * renders the founder's guide with DOM APIs. Matching lives in src/lib/domain/matching.ts.
 */
import { UI } from '../lib/core/ui-text.ts';
import { required } from './elements.ts';
import {
  applicablePolicies,
  budgetProblem,
  cityEvents,
  closestFarPlace,
  matchProjects,
  NEARBY_KM,
  nearestPlaces,
  projectsElsewhere,
  readAnswers,
  similarStories,
  type Place,
  type StartIndex,
} from '../lib/domain/matching.ts';
import { suggestExperts } from '../collections/experts/domain.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

let sections = 0;

/** A titled list of links; `after` is a line below it (whom else to ask). */
function section(title: string, items: { href: string; text: string; note?: string; sample?: boolean }[], empty: string, after?: string) {
  const box = el('section', undefined, 'start-section');
  const heading = el('h2', title);
  heading.id = `start-section-${++sections}`;
  box.setAttribute('aria-labelledby', heading.id);
  box.append(heading);
  if (!items.length) {
    box.append(el('p', empty, 'empty'));
    if (after) box.append(el('p', after));
    return box;
  }
  const list = el('ul', undefined, 'start-list');
  for (const item of items) {
    const li = el('li');
    const a = el('a', item.text);
    a.href = item.href;
    li.append(a);
    if (item.sample) li.append(' ', el('span', UI.sample, 'badge badge--sample'));
    if (item.note) li.append(el('span', item.note, 'start-note'));
    list.append(li);
  }
  box.append(list);
  if (after) box.append(el('p', after));
  return box;
}

const yuan = (n: number) => (n >= 10_000 ? `${n / 10_000}万元` : `${n}元`);

class StartFinder extends HTMLElement {
  private index?: Promise<StartIndex>;

  connectedCallback() {
    this.querySelector('[data-nojs]')?.remove();
    void this.render();
  }

  private async render() {
    const params = new URLSearchParams(location.search);
    const els = required('start-finder', {
      form: this.querySelector('form'),
      out: this.querySelector<HTMLElement>('[data-results]'),
      // A budget that cannot be right (30000 read as 万元) is said next to the field, not silently used.
      error: this.querySelector<HTMLElement>('[data-budget-error]'),
    });
    if (!els) return;
    const { form, out, error } = els;
    for (const [key, value] of params) {
      const field = form.elements.namedItem(key);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    }
    const problem = params.has('budget') ? budgetProblem(params.get('budget') ?? '') : undefined;
    error.textContent = problem ?? '';
    error.hidden = !problem;
    const budgetField = form.elements.namedItem('budget');
    if (budgetField instanceof HTMLInputElement) budgetField.setAttribute('aria-invalid', String(Boolean(problem)));
    if (problem) {
      out.replaceChildren();
      if (budgetField instanceof HTMLInputElement) budgetField.focus();
      return;
    }
    const answers = readAnswers(params);
    if (!answers) return;
    this.index ??= fetch('/start/index.json').then((r) => r.json() as Promise<StartIndex>);
    const index = await this.index;
    const city = index.cities.find((c) => c.id === answers.city);
    const projects = matchProjects(index, answers);
    const elsewhere = projectsElsewhere(index, answers);
    // Places near the founder's city, nearest first; when none is near, the closest one and how far it is.
    const nearby = <P extends Place>(title: string, noun: string, places: P[], more: (p: P) => string, after?: string) => {
      const far = closestFarPlace(places, index, answers.city);
      return section(
        title,
        nearestPlaces(places, index, answers.city).map((p) => ({ href: p.url, text: p.title, note: `${p.city}，约 ${p.km} 公里${more(p)}`, sample: p.sample })),
        far ? `${NEARBY_KM} 公里内和本省暂无${noun}信息；最近的是${far.city}的「${far.title}」，约 ${far.km} 公里。` : `暂无${noun}信息。`,
        after,
      );
    };
    const ask = `报名也可咨询${city?.agency ?? '当地人力资源和社会保障部门'}或所在街道（社区）劳动保障服务平台；培训合格可申请小额贷款等扶持。`;
    const projectItem = (p: StartIndex['projects'][number], where?: boolean) => ({
      href: p.url,
      text: p.title,
      note: `${p.stage}　投资 ${yuan(p.min)}–${yuan(p.max)}${where ? `　推荐城市：${p.cityNames.join('、')}` : ''}`,
      sample: p.sample,
    });
    const heading = el('h2', `为${city?.name ?? ''}的${answers.group}（预算 ${yuan(answers.budget)}）生成的创业指引`, 'start-heading');
    out.replaceChildren(
      heading,
      section('适合您的创业项目', projects.map((p) => projectItem(p)), '本市暂未找到符合条件的项目，可以放宽行业或预算再试。'),
      ...(elsewhere.length
        ? [section('其他城市推荐、也适合您的项目', elsewhere.map((p) => projectItem(p, true)), '')]
        : []),
      nearby('附近的创业培训定点机构', '创业培训定点机构', index.training, (t) => `　${t.courses.join('、')}　${t.fee}`, ask),
      nearby('附近的孵化基地', '孵化基地', index.incubators, () => ''),
      section(
        `${city?.name ?? '本市'}的创业专家`,
        suggestExperts(index.experts, answers.city, answers.industry).map((x) => ({
          href: x.url,
          text: x.title,
          note: `${x.specialties.join('、')}　${x.services.join('、')}`,
          sample: x.sample,
        })),
        '本站暂未收录本市的创业专家。',
        `专家服务通过${city?.agency ?? '当地人力资源和社会保障部门'}的创业服务窗口预约，预约电话见专家页面。`,
      ),
      section(
        `${city?.name ?? '本市'}近期的活动`,
        cityEvents(index, answers.city, new Date()).map((e) => ({ href: e.url, text: e.title, note: e.when, sample: e.sample })),
        '本站暂未收录本市近期的项目推介会、创业交流等活动。',
        '活动日历（/events/）列出各地的活动，可订阅到手机日历。',
      ),
      section('可以享受的政策', applicablePolicies(index, answers.city).map((p) => ({ href: p.url, text: p.title })), '暂无。'),
      section(
        '和您一样的创业者',
        similarStories(index, answers).map((s) => ({ href: s.url, text: s.title, sample: s.sample })),
        '暂无同类创业者的故事。',
      ),
    );
    heading.tabIndex = -1;
    heading.focus();
  }
}

customElements.define('start-finder', StartFinder);
