/**
 * <feedback-form>: turns the answers into one labelled e-mail (src/lib/domain/feedback.ts), opens it, and shows it with a
 * copy button for readers whose mail is a web page (nothing opens for them). The page a reader came from (?page=)
 * is filled in when it is on this site. Without script the form still sends every answer in the mail body.
 */
import { mailBox, required } from './elements.ts';
import { FEEDBACK_TOPICS, feedbackBody, feedbackMailto, feedbackSubject, NO_SCRIPT_BODY, reportedPage } from '../lib/domain/feedback.ts';

/** Copies the text, or selects it for Ctrl+C where the clipboard is not available (plain http, old browsers). */
async function copy(box: HTMLTextAreaElement, status: HTMLElement) {
  try {
    await navigator.clipboard.writeText(box.value);
    status.textContent = '已复制。请粘贴到邮件正文，发送到上面的地址。';
  } catch {
    box.select();
    status.textContent = '已选中全文，请按 Ctrl+C（手机上长按）复制。';
  }
}

class FeedbackForm extends HTMLElement {
  connectedCallback() {
    const els = required('feedback-form', {
      form: this.querySelector('form'),
      pageField: this.querySelector<HTMLInputElement>('#fb-page'),
      topic: this.querySelector<HTMLSelectElement>('#fb-topic'),
      message: this.querySelector<HTMLTextAreaElement>('#fb-message'),
      contact: this.querySelector<HTMLInputElement>('#fb-contact'),
      result: this.querySelector<HTMLElement>('[data-result]'),
    });
    if (!els) return;
    const { form, pageField, topic, message, contact, result } = els;
    // The page and the contact have fields of their own now: the lines kept for them without script go.
    if (message.value === NO_SCRIPT_BODY) message.value = message.defaultValue = '';
    pageField.value ||= reportedPage(new URLSearchParams(location.search).get('page'), location.origin);
    form.addEventListener('submit', (e) => {
      if (!form.reportValidity()) return;
      e.preventDefault();
      const email = this.dataset.email ?? '';
      const site = this.dataset.site ?? '';
      const feedback = {
        topic: FEEDBACK_TOPICS[topic.selectedIndex] ?? '',
        page: pageField.value.trim(),
        message: message.value.trim(),
        contact: contact.value.trim(),
      };
      const url = feedbackMailto(email, site, feedback);
      const link = document.createElement('a');
      link.href = url;
      link.textContent = '点这里打开邮件';
      const intro = document.createElement('p');
      intro.append('正在打开您的邮件程序。如果没有打开（例如您用网页邮箱），请', link, `，或把下面的内容复制到邮件里，发送到 ${email}。`);
      const { label, box } = mailBox('邮件内容', `收件人：${email}\n主题：${feedbackSubject(site, feedback.topic)}\n\n${feedbackBody(feedback)}`, 8);
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = '复制邮件内容';
      const copied = document.createElement('p');
      copied.setAttribute('aria-live', 'polite');
      button.addEventListener('click', () => void copy(box, copied));
      result.replaceChildren(intro, label, button, copied);
      result.hidden = false;
      location.href = url;
    });
  }
}

customElements.define('feedback-form', FeedbackForm);
