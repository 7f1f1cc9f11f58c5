// Shared by the pages: fetch JSON, show an error box, fill the scenario picker, poll a queued run.
var tenantsim = (function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function getJson(url, opts) {
    return fetch(url, opts).then(function (r) {
      return r.json().then(function (b) { return {status: r.status, body: b}; });
    });
  }

  function showErrors(prefix, body) {
    var box = $(prefix + '-errors'), list = $(prefix + '-error-list');
    list.textContent = '';
    if (!body) { box.hidden = true; return; }
    $(prefix + '-error-title').textContent = body.error || 'error';
    (body.problems || []).forEach(function (p) {
      var li = document.createElement('li');
      li.textContent = p.text;
      list.appendChild(li);
    });
    box.hidden = false;
  }

  function scenarios(select, chosen) {
    return getJson('/api/scenarios').then(function (r) {
      r.body.bundled.forEach(function (b) {
        var o = document.createElement('option');
        o.value = b.ref;
        o.textContent = b.name + ' - ' + b.description;
        select.appendChild(o);
      });
      if (chosen) { select.value = chosen; }
    });
  }

  function post(url, body) {
    return getJson(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  }

  // Polls /api/runs/ID, moving the progress bar; calls done(status) or failed(message).
  function poll(id, done, failed) {
    getJson('/api/runs/' + id).then(function (r) {
      var s = r.body;
      $('progress').value = s.progress;
      $('phase').textContent = s.state + ': ' + s.phase + ' (' + Math.round(100 * s.progress) + '%)';
      if (s.state === 'done') { done(s); return; }
      if (s.state === 'failed') { failed(s.message); return; }
      setTimeout(function () { poll(id, done, failed); }, 400);
    });
  }

  function cell(tr, text, cls, tag) {
    var td = document.createElement(tag || 'td');
    td.textContent = text === undefined || text === null || text === '' ? '-' : String(text);
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }

  return {$: $, getJson: getJson, showErrors: showErrors, scenarios: scenarios, post: post, poll: poll, cell: cell};
}());
