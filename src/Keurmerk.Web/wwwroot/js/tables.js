// Tables of records read as cards on a phone (see .table-stack in site.css): every cell gets its column's
// header as a label, so nothing needs a sideways scroll. Tables that must stay a grid carry data-keep-table.
for (const table of document.querySelectorAll('main table.table:not([data-keep-table])')) {
  const headers = [...table.querySelectorAll('thead th')].map((th) =>
    th.querySelector('.visually-hidden') && th.textContent.trim() === th.querySelector('.visually-hidden').textContent.trim()
      ? '' : th.textContent.trim());
  table.classList.add('table-stack');
  for (const row of table.querySelectorAll('tbody tr')) {
    let column = 0;
    for (const cell of row.children) {
      const label = headers[column];
      if (cell.tagName === 'TD' && label && !cell.hasAttribute('data-label')) cell.setAttribute('data-label', label);
      column += cell.colSpan || 1;
    }
  }
}
