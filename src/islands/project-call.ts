/**
 * <project-call>: checks the call form against the project schema (the one the build uses). Each problem is shown
 * next to its field and listed, with a link to the field, above the form; when all is well, the entry is offered
 * as a file to download and a mailto: link. Nothing is sent anywhere by the page itself.
 */
import { projectSchema } from '../collections/projects/schema.ts';
import { mailBox, required } from './elements.ts';
import { problemsOf } from '../schemas/validate.ts';
import { tableReading, titleSlug, type Reading } from '../lib/core/slugify.ts';
import {
  CALL_FIELDS,
  callFieldOf,
  coverLetter,
  readSubmission,
  reviewContactSchema,
  reviewProblems,
  submissionData,
  submissionFile,
  type CallField,
} from '../lib/domain/submission.ts';
import { formList } from '../lib/core/form-data.ts';

let reading: Promise<Reading> | undefined;
/** The pinyin table, fetched once, the first time the form is checked. Without it the address is a date. */
function pinyin(): Promise<Reading> {
  reading ??= fetch('/pinyin.json')
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
    .then(tableReading, () => tableReading({}));
  return reading;
}

const fieldId = (f: CallField) => `f-${f.name.replace(/_/g, '-')}`;

class ProjectCall extends HTMLElement {
  connectedCallback() {
    const els = required('project-call', { form: this.querySelector('form'), errors: this.querySelector<HTMLElement>('[data-errors]'), result: this.querySelector<HTMLElement>('[data-result]') });
    if (!els) return;
    const { form } = els;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.check(form);
    });
    // Ticking the consent offers the review contact as the public one; the person can change or clear it.
    const consent = form.elements.namedItem('public_consent');
    const review = form.elements.namedItem('review_contact');
    const open = form.elements.namedItem('public_contact');
    if (consent instanceof HTMLInputElement && review instanceof HTMLInputElement && open instanceof HTMLInputElement) {
      consent.addEventListener('change', () => {
        if (consent.checked && !open.value.trim()) open.value = review.value.trim();
      });
    }
  }

  /** Removes the errors of an earlier check. */
  private clear(form: HTMLFormElement) {
    for (const el of form.querySelectorAll('.field-error')) el.remove();
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of form.querySelectorAll<HTMLElement>('[data-field]')) el.classList.remove('form-field--error');
    for (const el of form.querySelectorAll<HTMLElement>('[data-described]')) {
      el.setAttribute('aria-describedby', el.dataset.described ?? '');
      if (!el.dataset.described) el.removeAttribute('aria-describedby');
      delete el.dataset.described;
    }
  }

  /** The message under the field's label; the control (or the group of boxes) is described by it. */
  private mark(form: HTMLFormElement, field: CallField, message: string) {
    const id = fieldId(field);
    const wrapper = form.querySelector<HTMLElement>(`[data-field="${field.name}"]`);
    const control = form.querySelector<HTMLElement>(`#${id}`);
    if (!wrapper || !control) {
      console.error(`project-call: the field ${field.name} is missing from the form`);
      return;
    }
    wrapper.classList.add('form-field--error');
    const p = document.createElement('p');
    p.className = 'field-error';
    p.id = `${id}-error`;
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = '错误：';
    p.append(hidden, message);
    const after = wrapper.querySelector('legend, label:not(.check)');
    const hint = wrapper.querySelector('.hint');
    (hint ?? after ?? wrapper.firstElementChild ?? wrapper).after(p);
    control.dataset.described = control.getAttribute('aria-describedby') ?? '';
    control.setAttribute('aria-describedby', [control.dataset.described, p.id].filter(Boolean).join(' '));
    if (field.control !== 'checkboxes') control.setAttribute('aria-invalid', 'true');
  }

  private async check(form: HTMLFormElement) {
    const errors = this.querySelector<HTMLElement>('[data-errors]');
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (!errors || !result) return;
    const read = await pinyin();
    const today = new Date();
    const submission = readSubmission(new FormData(form), (title) => (title ? titleSlug(title, read) : ''));
    if (!submission.slug) submission.slug = `xiang-mu-${today.toISOString().slice(0, 10)}`;
    const data = submissionData(submission, today);
    const parsed = projectSchema.safeParse(data);
    const review = reviewProblems(submission);
    this.clear(form);
    result.hidden = true;
    if (!parsed.success || review) {
      // One message per field, the first zod gives; problems of fields the form does not have are the site's own.
      // A field's own problem wins over one derived from it (the band from the highest amount); a field left
      // empty is simply 必填 — the schema's wording names the CMS's labels, not the form's.
      const byField = new Map<CallField, string>();
      const problems = [...(parsed.error ? problemsOf(projectSchema, parsed.error) : []), ...(review ? problemsOf(reviewContactSchema, review) : [])];
      const own = (p: (typeof problems)[number]) => callFieldOf(p.path)?.name === String(p.path.at(-1));
      const answers = new FormData(form);
      for (const problem of [...problems.filter(own), ...problems.filter((p) => !own(p))]) {
        const field = callFieldOf(problem.path);
        if (!field || byField.has(field)) continue;
        const empty = formList(answers, field.name).every((v) => v.trim() === '');
        byField.set(field, empty ? (field.control === 'checkboxes' ? '请至少选择一项' : '必填，尚未填写') : problem.message);
      }
      const order = (f: CallField) => CALL_FIELDS.indexOf(f);
      const list = document.createElement('ul');
      for (const [field, message] of [...byField].sort(([a], [b]) => order(a) - order(b))) {
        this.mark(form, field, message);
        const a = document.createElement('a');
        a.href = `#${fieldId(field)}`;
        a.textContent = `${field.label}：${message}`;
        const li = document.createElement('li');
        li.append(a);
        list.append(li);
      }
      const heading = document.createElement('h3');
      heading.textContent = `还有 ${byField.size} 处需要修改`;
      errors.replaceChildren(heading, list);
      errors.hidden = false;
      errors.tabIndex = -1;
      errors.focus();
      return;
    }
    errors.hidden = true;
    const text = submissionFile(data, submission.body);
    const file = `${submission.slug}.md`;
    const download = document.createElement('a');
    download.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    download.download = file;
    download.textContent = `下载项目文件 ${file}`;
    // The review contact travels in the e-mail to the editors only, never in the file.
    const letter = coverLetter(submission, file);
    const mail = document.createElement('a');
    mail.href = `mailto:${this.dataset.email}?subject=${encodeURIComponent(`项目征集：${submission.title}`)}&body=${encodeURIComponent(letter)}`;
    mail.textContent = `发送到 ${this.dataset.email}`;
    const p = document.createElement('p');
    p.textContent = '检查通过。请下载项目文件，并作为邮件附件发送：';
    const { label: cover } = mailBox('邮件正文（含您的审核联系方式，只发给编辑；用网页邮箱时请复制到正文）', letter, 7);
    result.replaceChildren(p, download, document.createTextNode('　'), mail, cover);
    result.hidden = false;
    download.focus();
  }
}

customElements.define('project-call', ProjectCall);
