// Charts for the Annals pages. Parameters come from data- attributes; data from the JSON API.
// Every text shown in a tooltip goes through esc(); no HTML from the data is ever inserted.
(function () {
  'use strict';
  var QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  var COLORS = ['', '#4e79a7', '#59a14f', '#f28e2b', '#e15759'];

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function getJson(url) {
    return fetch(url, {headers: {'Accept': 'application/json'}}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.message || ('HTTP ' + r.status)); }
        return body;
      });
    });
  }

  function done(el, chart, points) {
    el.setAttribute('data-points', String(points));
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function fail(el, err) {
    el.textContent = 'Could not load the chart: ' + err.message;
    el.setAttribute('data-rendered', 'error');
  }

  function months(first, last) {
    var out = [], y = +first.slice(0, 4), m = +first.slice(5, 7);
    var ly = +last.slice(0, 4), lm = +last.slice(5, 7);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(y + '-' + (m < 10 ? '0' : '') + m);
      m++; if (m > 12) { m = 1; y++; }
    }
    return out;
  }

  function dyad(el) {
    var a = el.dataset.a, b = el.dataset.b;
    getJson('/api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b) + '/timeline?interval=month')
      .then(function (t) {
        var buckets = t.buckets.filter(function (x) { return /^\d{4}-\d{2}$/.test(x.period); });
        var byPeriod = {};
        buckets.forEach(function (x) { byPeriod[x.period] = x; });
        var axis = buckets.length ? months(buckets[0].period, buckets[buckets.length - 1].period) : [];
        var series = [1, 2, 3, 4].map(function (q) {
          return {name: QUADS[q], type: 'bar', stack: 'q', itemStyle: {color: COLORS[q]},
            data: axis.map(function (p) { var x = byPeriod[p]; return x ? (x.by_quad_class[q] || 0) : 0; })};
        });
        series.push({name: 'mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: false,
          data: axis.map(function (p) { var x = byPeriod[p]; return x ? x.mean_goldstein : null; })});
        var chart = echarts.init(el);
        chart.setOption({
          animation: false,
          tooltip: {trigger: 'axis', formatter: function (ps) {
            return esc(ps[0].axisValue) + '<br>' + ps.filter(function (p) { return p.value; })
              .map(function (p) { return esc(p.seriesName) + ': ' + esc(p.value); }).join('<br>');
          }},
          legend: {top: 0},
          grid: {top: 40, left: 50, right: 50, bottom: 40},
          xAxis: {type: 'category', data: axis},
          yAxis: [{type: 'value', name: 'events', minInterval: 1}, {type: 'value', name: 'Goldstein', min: -10, max: 10}],
          series: series
        });
        done(el, chart, buckets.reduce(function (n, x) { return n + x.events; }, 0));
      }).catch(function (e) { fail(el, e); });
  }

  function sequence(el) {
    var a = el.dataset.a, b = el.dataset.b;
    getJson('/api/events?actor=' + encodeURIComponent(a) + '&with=' + encodeURIComponent(b) + '&sort=date&size=1000')
      .then(function (r) {
        var dated = r.items.filter(function (e) { return e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date.value); });
        var types = [];
        dated.forEach(function (e) {
          var t = e.event + (e.mode ? '/' + e.mode : '');
          if (types.indexOf(t) < 0) { types.push(t); }
        });
        var data = dated.map(function (e, i) {
          var t = e.event + (e.mode ? '/' + e.mode : '');
          return {value: [e.date.value, t], id: e.id, n: i + 1, sources: e.sources,
            duration: (e.attributes && e.attributes.duration) || '', itemStyle: {color: COLORS[e.quad_class] || '#888'}};
        });
        var chart = echarts.init(el);
        chart.setOption({
          animation: false,
          tooltip: {formatter: function (p) {
            return '#' + esc(p.data.n) + ' ' + esc(p.data.value[1]) + ' ' + esc(p.data.value[0]) +
              '<br>sources: ' + esc(p.data.sources) + (p.data.duration ? '<br>duration: ' + esc(p.data.duration) : '');
          }},
          grid: {top: 20, left: 120, right: 30, bottom: 40},
          xAxis: {type: 'time', min: function (v) { return v.min - 20 * 86400000; },
            max: function (v) { return v.max + 20 * 86400000; }},
          yAxis: {type: 'category', data: types},
          series: [{type: 'scatter', symbolSize: 14, data: data,
            label: {show: true, position: 'top', formatter: function (p) { return String(p.data.n); }}}]
        });
        chart.on('click', function (p) { window.location.href = '/events/' + encodeURIComponent(p.data.id); });
        done(el, chart, data.length);
      }).catch(function (e) { fail(el, e); });
  }

  function activity(el) {
    getJson('/api/actors/' + el.dataset.actor.split('/').map(encodeURIComponent).join('/'))
      .then(function (d) {
        var chart = echarts.init(el);
        chart.setOption({
          animation: false,
          tooltip: {trigger: 'axis', formatter: function (ps) { return esc(ps[0].axisValue) + ': ' + esc(ps[0].value); }},
          grid: {top: 20, left: 50, right: 30, bottom: 40},
          xAxis: {type: 'category', data: d.activity.map(function (c) { return c.key; })},
          yAxis: {type: 'value', minInterval: 1},
          series: [{type: 'bar', data: d.activity.map(function (c) { return c.count; }), itemStyle: {color: COLORS[1]}}]
        });
        done(el, chart, d.activity.length);
      }).catch(function (e) { fail(el, e); });
  }

  function network(el) {
    var q = ['type', 'mode', 'from', 'to'].filter(function (k) { return el.dataset[k]; })
      .map(function (k) { return k + '=' + encodeURIComponent(el.dataset[k]); }).join('&');
    getJson('/api/network' + (q ? '?' + q : '')).then(function (g) {
      var max = g.nodes.reduce(function (m, n) { return Math.max(m, n.events); }, 1);
      var chart = echarts.init(el);
      chart.setOption({
        animation: false,
        tooltip: {formatter: function (p) {
          return p.dataType === 'edge' ? esc(p.data.source) + ' – ' + esc(p.data.target) + ': ' + esc(p.data.value) + ' events'
            : esc(p.data.name) + ': ' + esc(p.data.value) + ' events';
        }},
        series: [{type: 'graph', layout: 'force', roam: true, force: {repulsion: 300, edgeLength: 120},
          label: {show: true, formatter: function (p) { return String(p.data.name); }},
          data: g.nodes.map(function (n) { return {id: n.id, name: n.name, value: n.events, symbolSize: 16 + 34 * n.events / max}; }),
          links: g.edges.map(function (e) { return {source: e.source, target: e.target, value: e.events,
            lineStyle: {width: 1 + Math.log(1 + e.events) * 2}}; })}]
      });
      chart.on('click', function (p) {
        if (p.dataType === 'node') { window.location.href = '/actors/' + encodeURIComponent(p.data.id); }
      });
      done(el, chart, g.nodes.length);
    }).catch(function (e) { fail(el, e); });
  }

  var KINDS = {dyad: dyad, sequence: sequence, activity: activity, network: network};
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var f = KINDS[el.dataset.chart];
    if (f) { f(el); }
  });
})();
