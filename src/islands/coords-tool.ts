/** <coords-tool>: the conversion on /admin/coords/, in the browser (nothing is sent anywhere). */
import { parsePoint, toWgs84, type CoordSystem } from '../lib/geo/coords.ts';
import { formText } from '../lib/core/form-data.ts';
import { required } from './elements.ts';

class CoordsTool extends HTMLElement {
  connectedCallback() {
    const els = required('coords-tool', { form: this.querySelector('form'), result: this.querySelector<HTMLElement>('[data-result]') });
    if (!els) return;
    const { form, result } = els;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const point = parsePoint(formText(data, 'point'));
      const lines: [string, string][] =
        'error' in point
          ? [['', point.error]]
          : (() => {
              const wgs = toWgs84(formText(data, 'system') as CoordSystem, point);
              return [
                ['纬度', String(wgs.lat)],
                ['经度', String(wgs.lng)],
              ];
            })();
      const list = document.createElement('dl');
      for (const [term, value] of lines) {
        if (term) {
          const dt = document.createElement('dt');
          dt.textContent = `${term}（WGS84）`;
          const dd = document.createElement('dd');
          const out = document.createElement('output');
          out.textContent = value;
          dd.append(out);
          list.append(dt, dd);
        } else {
          const p = document.createElement('p');
          p.textContent = value;
          list.append(p);
        }
      }
      result.replaceChildren(list);
      result.hidden = false;
    });
  }
}

customElements.define('coords-tool', CoordsTool);
