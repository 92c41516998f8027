/**
 * <feedback-form>: turns the answers into one labelled e-mail (src/lib/feedback.ts) and opens it; the page a
 * reader came from (?page=) is filled in. Without script the form still opens a mailto: with subject and text.
 */
import { FEEDBACK_TOPICS, feedbackMailto } from '../lib/feedback.ts';
import { formText } from '../lib/form-data.ts';

class FeedbackForm extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const page = new URLSearchParams(location.search).get('page');
    const pageField = form.querySelector<HTMLInputElement>('#fb-page')!;
    if (page && /^https?:\/\//.test(page)) pageField.value = page;
    form.addEventListener('submit', (e) => {
      if (!form.reportValidity()) return;
      e.preventDefault();
      const data = new FormData(form);
      const chosen = form.querySelector<HTMLSelectElement>('#fb-topic')!.selectedIndex;
      const url = feedbackMailto(this.dataset.email ?? '', this.dataset.site ?? '', {
        topic: FEEDBACK_TOPICS[chosen] ?? '',
        page: pageField.value.trim(),
        message: formText(data, 'body'),
        contact: formText(data, 'contact'),
      });
      const result = this.querySelector<HTMLElement>('[data-result]')!;
      const link = document.createElement('a');
      link.href = url;
      link.textContent = '点这里打开邮件';
      result.replaceChildren('正在打开您的邮件程序。如果没有打开，请', link, `，或直接写信到 ${this.dataset.email ?? ''}。`);
      result.hidden = false;
      location.href = url;
    });
  }
}

customElements.define('feedback-form', FeedbackForm);
