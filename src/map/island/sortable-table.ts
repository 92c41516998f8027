/**
 * <sortable-table>: column headers with a [data-sort] button sort the rows (numbers numerically, text by
 * Chinese collation); aria-sort tells screen readers the order. Without JavaScript the table keeps its
 * server order and the buttons stay hidden as plain header text.
 */
class SortableTable extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    if (!table) {
      console.error('sortable-table: table not found; the page works without this script.');
      return;
    }
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      const button = th.querySelector<HTMLButtonElement>('button[data-sort]');
      if (!button) return;
      button.hidden = false;
      th.querySelector('[data-label]')?.setAttribute('hidden', '');
      button.addEventListener('click', () => {
        const descending = th.getAttribute('aria-sort') === 'ascending';
        for (const h of headers) h.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        this.sort(table, column, button.dataset.sort === 'number', descending);
      });
    });
  }

  private sort(table: HTMLTableElement, column: number, numeric: boolean, descending: boolean) {
    const body = table.tBodies[0]!;
    const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.value ?? row.cells[column]?.textContent ?? '';
    const rows = [...body.rows].sort((a, b) => {
      const order = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'zh-CN');
      return descending ? -order : order;
    });
    body.append(...rows);
  }
}

customElements.define('sortable-table', SortableTable);
