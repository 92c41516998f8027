/**
 * <project-call>: checks the call form against the project schema (the one the build uses) and offers the entry
 * as a file to download and a mailto: link. Nothing is sent anywhere by the page itself.
 */
import { projectSchema } from '../schemas/projects.ts';
import { problemLine, problemsOf } from '../schemas/validate.ts';
import { readSubmission, submissionData, submissionFile } from '../lib/submission.ts';


class ProjectCall extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.check(form);
    });
  }

  private check(form: HTMLFormElement) {
    const errors = this.querySelector<HTMLElement>('[data-errors]')!;
    const result = this.querySelector<HTMLElement>('[data-result]')!;
    const submission = readSubmission(new FormData(form));
    const data = submissionData(submission, new Date());
    const parsed = projectSchema.safeParse(data);
    result.hidden = true;
    if (!parsed.success) {
      const list = document.createElement('ul');
      const found = problemsOf(projectSchema, parsed.error);
      for (const problem of found) {
        const li = document.createElement('li');
        li.textContent = problemLine(problem);
        list.append(li);
      }
      const heading = document.createElement('p');
      heading.textContent = `还有 ${found.length} 处需要修改：`;
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
    const mail = document.createElement('a');
    mail.href = `mailto:${this.dataset.email}?subject=${encodeURIComponent(`项目征集：${submission.title}`)}&body=${encodeURIComponent('项目文件见附件（请把下载的文件作为附件发送）。')}`;
    mail.textContent = `发送到 ${this.dataset.email}`;
    const p = document.createElement('p');
    p.textContent = '检查通过。请下载项目文件，并作为邮件附件发送：';
    result.replaceChildren(p, download, document.createTextNode('　'), mail);
    result.hidden = false;
    download.focus();
  }
}

customElements.define('project-call', ProjectCall);
