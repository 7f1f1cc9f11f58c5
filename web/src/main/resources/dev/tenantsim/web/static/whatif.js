// The what-if page: picks a scenario, builds the form from /api/form, queues a run and polls its status.
(function () {
  'use strict';
  // fetching, error boxes and $ come from common.js, loaded before this page's script
  var $ = tenantsim.$, getJson = tenantsim.getJson, showErrors = tenantsim.showErrors;
  var original = {};

  function loadScenarios(select) {
    return getJson('/api/scenarios').then(function (r) {
      var s = $('scenario');
      r.body.bundled.forEach(function (b) {
        var o = document.createElement('option');
        o.value = b.ref;
        o.textContent = b.name + ' - ' + b.description;
        s.appendChild(o);
      });
      if (select) { s.value = select; }
      return loadForm();
    });
  }

  function loadForm() {
    var ref = $('scenario').value;
    return getJson('/api/form?scenario=' + encodeURIComponent(ref)).then(function (r) {
      var form = $('fields');
      form.textContent = '';
      original = {};
      if (r.status !== 200) { showErrors('run', r.body); return; }
      r.body.fields.forEach(function (f) {
        var id = 'field-' + f.path.replace(/[^A-Za-z0-9]/g, '-');
        var label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = f.path + ' ';
        var hint = document.createElement('span');
        hint.className = 'small';
        hint.textContent = f.description;
        label.appendChild(hint);
        var input;
        if (f.enum) {
          input = document.createElement('select');
          var keep = document.createElement('option');
          keep.value = '';
          keep.textContent = '(as in the scenario)';
          input.appendChild(keep);
          f.enum.forEach(function (e) {
            var o = document.createElement('option');
            o.value = e; o.textContent = e;
            input.appendChild(o);
          });
        } else {
          input = document.createElement('input');
          input.type = f.type === 'integer' ? 'number' : 'text';
          if (f.minimum !== undefined) { input.min = f.minimum; }
          if (f.maximum !== undefined) { input.max = f.maximum; }
        }
        input.id = id;
        input.name = f.path;
        input.value = f.value;
        original[f.path] = input.value;
        form.appendChild(label);
        form.appendChild(input);
      });
    });
  }

  function upload(file) {
    if (!file) { return; }
    file.text().then(function (text) {
      return getJson('/api/upload?name=' + encodeURIComponent(file.name), {method: 'POST', headers: {'Content-Type': 'text/yaml'}, body: text});
    }).then(function (r) {
      if (r.status !== 200) { showErrors('upload', r.body); return; }
      showErrors('upload', null);
      var o = document.createElement('option');
      o.value = r.body.ref;
      o.textContent = r.body.name + ' (uploaded, ' + r.body.ref + ')';
      $('scenario').appendChild(o);
      $('scenario').value = r.body.ref;
      loadForm();
    });
  }

  function run() {
    var settings = {};
    Array.prototype.forEach.call($('fields').elements, function (el) {
      if (el.name && el.value !== original[el.name] && el.value !== '') { settings[el.name] = el.value; }
    });
    showErrors('run', null);
    $('result').hidden = true;
    $('progress').value = 0;
    $('run').disabled = true;
    getJson('/api/runs', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({scenario: $('scenario').value, settings: settings})}).then(function (r) {
      if (r.status !== 202) { $('run').disabled = false; showErrors('run', r.body); return; }
      poll(r.body.id);
    });
  }

  function poll(id) {
    getJson('/api/runs/' + id).then(function (r) {
      var s = r.body;
      $('progress').value = s.progress;
      $('phase').textContent = s.state + ': ' + s.phase + ' (' + Math.round(100 * s.progress) + '%)';
      if (s.state === 'done') { $('run').disabled = false; show(s); return; }
      if (s.state === 'failed') { $('run').disabled = false; showErrors('run', {error: 'the run failed: ' + s.message, problems: []}); return; }
      setTimeout(function () { poll(id); }, 400);
    });
  }

  function show(s) {
    var ul = $('summary');
    ul.textContent = '';
    s.summary.forEach(function (line) {
      var li = document.createElement('li');
      li.textContent = line;
      ul.appendChild(li);
    });
    var body = $('figures').tBodies[0];
    body.textContent = '';
    s.runs.forEach(function (run) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-run', run.label);
      var p99 = Object.keys(run.p99MsByTier).map(function (t) { return t + ' ' + run.p99MsByTier[t]; }).join(', ');
      [run.label, run.tenants, run.tenantsBreaching, run.monthlyBill, run.slaCredits, p99].forEach(function (v, i) {
        var td = document.createElement('td');
        td.textContent = v === undefined || v === null ? '-' : String(v);
        td.className = ['label', 'tenants', 'breaching', 'bill', 'credits', 'p99'][i];
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    $('report').href = s.report;
    $('folder').textContent = '(' + s.folder + ' in the work folder; settings: ' + s.settings.join('; ') + ')';
    $('result').hidden = false;
  }

  $('scenario').addEventListener('change', function () { showErrors('run', null); loadForm(); });
  $('upload').addEventListener('change', function () { upload(this.files[0]); });
  $('run').addEventListener('click', run);
  loadScenarios('bundled:quickstart');
}());
