// The HTML report's only script: filters and sorts the figure table. It reads data-* attributes and
// writes only text (textContent) and attributes; it never builds markup and never fetches anything.
(function () {
  'use strict';
  var table = document.getElementById('figures-table');
  var form = document.getElementById('filters');
  var status = document.getElementById('shown');
  if (!table || !form || !status) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var facets = ['metric', 'place', 'source', 'qualifier'];
  var sorted = { key: null, column: -1, direction: 1 };

  function field(name) { return document.getElementById('f-' + name); }

  // The same rule as 'figures list --from/--to': a period that overlaps the range; undated figures
  // match a date filter only when the reader asks to keep them.
  function matches(row) {
    var data = row.dataset;
    for (var i = 0; i < facets.length; i++) {
      var wanted = field(facets[i]).value;
      if (wanted !== '' && data[facets[i]] !== wanted) return false;
    }
    var from = field('from').value;
    var to = field('to').value;
    if (from === '' && to === '') return true;
    if (!data.start) return field('undated').checked;
    return (to === '' || data.start <= to) && (from === '' || data.end >= from);
  }

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var keep = matches(row);
      row.hidden = !keep;
      if (keep) shown += 1;
    });
    status.textContent = 'Showing ' + shown + ' of ' + rows.length + ' figures';
  }

  function compare(a, b) {
    var x = a.dataset;
    var y = b.dataset;
    switch (sorted.key) {
      case 'value': return (Number(x.value) - Number(y.value)) * sorted.direction;
      case 'source': return (Number(x.source) - Number(y.source)) * sorted.direction;
      case 'date':
        // Undated figures stay last whichever way dates are sorted.
        if (!x.start || !y.start) return (x.start ? 0 : 1) - (y.start ? 0 : 1);
        return (x.end < y.end ? -1 : x.end > y.end ? 1 : 0) * sorted.direction;
      default:
        return a.cells[sorted.column].textContent.localeCompare(b.cells[sorted.column].textContent, 'en', { sensitivity: 'base' }) * sorted.direction;
    }
  }

  function sortBy(button) {
    var header = button.parentElement;
    var key = button.getAttribute('data-sort');
    sorted.direction = sorted.key === key ? -sorted.direction : 1;
    sorted.key = key;
    sorted.column = header.cellIndex;
    rows.sort(function (a, b) { return compare(a, b) || Number(a.dataset.order) - Number(b.dataset.order); });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      if (cell === header) cell.setAttribute('aria-sort', sorted.direction > 0 ? 'ascending' : 'descending');
      else if (cell.hasAttribute('aria-sort')) cell.setAttribute('aria-sort', 'none');
    });
  }

  rows.forEach(function (row, index) { row.dataset.order = String(index); });
  Array.prototype.forEach.call(table.tHead.querySelectorAll('button[data-sort]'), function (button) {
    button.addEventListener('click', function () { sortBy(button); });
  });
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  form.hidden = false;

  // On paper every figure's quote and source is shown, not one click away.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details:not([open])'), function (d) { d.open = true; return true; });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
  apply();
})();
