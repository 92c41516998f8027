/**
 * <portal-map>: enhances a server-rendered province filter and table, and draws the Leaflet map only when it
 * scrolls into view. Without JavaScript the table (and the legend) still say everything the map says.
 *   data-points   URL of the points JSON (/cities/map.json, /incubators/map.json)
 *   data-basemap  URL of the offline basemap
 *   data-cluster  "true" to cluster overlapping markers
 *   data-basemap-config  JSON: approved tiles or null, and the attribution of the own basemap (src/map/basemap.ts)
 * Inside: [data-filter] select, [data-canvas] map element, optional [data-rows] rows with data-province.
 */
import type { MapPoint } from '../map-data.ts';
import type { DrawnBasemap } from './leaflet-map.ts';

class PortalMap extends HTMLElement {
  private show?: (province: string) => void;

  connectedCallback() {
    const select = this.querySelector<HTMLSelectElement>('[data-filter]');
    const canvas = this.querySelector<HTMLElement>('[data-canvas]');
    // Without its canvas the map stays what the HTML already is: the table of places below it.
    if (!canvas) {
      console.error('portal-map: [data-canvas] not found; the table of places works without this script.');
      return;
    }
    const filterBox = this.querySelector<HTMLElement>('[data-filter-box]');
    if (filterBox) filterBox.hidden = false;
    select?.addEventListener('change', () => this.apply(select.value));

    const start = () => void this.draw(canvas, select);
    if ('IntersectionObserver' in window) {
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          start();
        }
      }, { rootMargin: '200px' });
      observer.observe(canvas);
    } else start();
  }

  /** Narrows the table now and the markers once the map exists. */
  private apply(province: string) {
    for (const row of document.querySelectorAll<HTMLElement>('[data-rows] [data-province]')) {
      row.hidden = Boolean(province) && row.dataset.province !== province;
    }
    const status = this.querySelector('[data-filter-status]');
    if (status) {
      const shown = document.querySelectorAll('[data-rows] [data-province]:not([hidden])').length;
      status.textContent = province ? `${province}：${shown} 个` : `全部 ${shown} 个`;
    }
    this.show?.(province);
  }

  private async draw(canvas: HTMLElement, select: HTMLSelectElement | null) {
    canvas.classList.add('is-loading');
    const [{ createPortalMap }, points] = await Promise.all([
      import('./leaflet-map.ts'),
      fetch(this.dataset.points!).then((r) => r.json() as Promise<MapPoint[]>),
    ]);
    const basemap = JSON.parse(this.dataset.basemapConfig ?? '{"tiles":null,"attribution":""}') as DrawnBasemap;
    const portal = await createPortalMap(canvas, {
      basemapUrl: this.dataset.basemap!,
      points,
      cluster: this.dataset.cluster === 'true',
      noun: this.dataset.noun ?? '处',
      basemap,
      onProvinceClick: (province) => {
        if (!select) return;
        select.value = province;
        this.apply(province);
      },
    });
    this.show = portal.show;
    portal.show(select?.value ?? '');
    canvas.classList.remove('is-loading');
    // Marks the moment the markers are on the map (used by tests and the benchmark).
    this.dataset.ready = String(portal.markerCount());
    this.dispatchEvent(new CustomEvent('portal-map:ready', { bubbles: true }));
  }
}

customElements.define('portal-map', PortalMap);
