// The deal desk: describe a prospect, queue a quote (three placements), show them side by side.
(function () {
  'use strict';
  var t = tenantsim, $ = t.$;
  var rows = [['stack', 'stack'], ['p99_ms', 'p99 (ms)'], ['slo_p99_ms', 'SLO p99 (ms)'], ['violation_minutes', 'SLO-violation minutes'],
    ['availability', 'availability'], ['error_rate', 'error rate'], ['monthly_fee_usd', 'monthly fee ($)'], ['our_cost_usd', 'our cost ($/month)'],
    ['expected_sla_credits_usd', 'expected SLA credits ($/month)'], ['list_price_usd', 'list price ($/month)']];

  function loadScenario() {
    var ref = $('scenario').value;
    t.getJson('/api/deal-form?scenario=' + encodeURIComponent(ref)).then(function (r) {
      if (r.status !== 200) { t.showErrors('deal', r.body); return; }
      fill($('like'), r.body.tenants, '(none)');
      fill($('tier'), r.body.tiers, '(as the like tenant)');
    });
  }

  function fill(select, names, empty) {
    select.textContent = '';
    var o = document.createElement('option');
    o.value = ''; o.textContent = empty;
    select.appendChild(o);
    names.forEach(function (n) {
      var x = document.createElement('option');
      x.value = n; x.textContent = n;
      select.appendChild(x);
    });
  }

  function price() {
    var f = $('deal').elements, body = {slo: {}};
    ['scenario', 'like', 'users', 'data', 'requestsPerUserPerMinute', 'region', 'tier', 'targetMarginPercent', 'replications'].forEach(function (k) {
      if (f[k].value !== '') { body[k] = f[k].value; }
    });
    body.slo.p99Ms = f.p99Ms.value;
    if (f.availabilityPercent.value !== '') { body.slo.availabilityPercent = f.availabilityPercent.value; }
    t.showErrors('deal', null);
    $('result').hidden = true;
    $('progress').value = 0;
    $('price').disabled = true;
    t.post('/api/deals', body).then(function (r) {
      if (r.status !== 202) { $('price').disabled = false; t.showErrors('deal', r.body); return; }
      t.poll(r.body.id, function (s) { $('price').disabled = false; show(s); },
        function (m) { $('price').disabled = false; t.showErrors('deal', {error: 'the quote failed: ' + m, problems: []}); });
    });
  }

  function show(s) {
    var head = $('options').tHead.rows[0];
    while (head.cells.length > 1) { head.deleteCell(1); }
    s.options.forEach(function (o) { t.cell(head, o.option, 'option', 'th'); });
    var body = $('options').tBodies[0];
    body.textContent = '';
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-figure', row[0]);
      t.cell(tr, row[1]);
      s.options.forEach(function (o) { t.cell(tr, o[row[0]], o.option).setAttribute('data-option', o.option); });
      body.appendChild(tr);
    });
    $('prospect').textContent = 'Prospect: ' + s.prospect + '; target margin ' + Math.round(100 * s.targetMargin) + '%.';
    $('csv').href = s.csv;
    $('pdf').href = s.pdf;
    $('report').href = s.report;
    $('folder').textContent = '(' + s.folder + ' in the work folder)';
    $('result').hidden = false;
  }

  $('scenario').addEventListener('change', function () { t.showErrors('deal', null); loadScenario(); });
  $('price').addEventListener('click', price);
  t.scenarios($('scenario'), 'bundled:quickstart').then(loadScenario);
}());
