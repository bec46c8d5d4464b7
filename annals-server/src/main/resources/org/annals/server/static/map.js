// The map page: located events from /api/events as clustered points coloured by quad class.
(function () {
  var el = document.getElementById('event-map');
  if (!el || !window.L) { return; }
  var colours = {1: '#2e7d32', 2: '#1565c0', 3: '#ef6c00', 4: '#c62828'};
  // maxZoom: without tiles Leaflet has none, and the clusters need one.
  var map = L.map(el, {worldCopyJump: true, minZoom: 1, maxZoom: 12}).setView([30, 20], 2);
  // No tiles (nothing is fetched from the internet): the app's country outlines and a
  // 15-degree graticule for orientation.
  for (var lat = -75; lat <= 75; lat += 15) {
    L.polyline([[lat, -180], [lat, 180]], {color: '#ccc', weight: 1, interactive: false}).addTo(map);
  }
  for (var lon = -180; lon <= 180; lon += 15) {
    L.polyline([[-85, lon], [85, lon]], {color: '#ccc', weight: 1, interactive: false}).addTo(map);
  }
  // Country outlines: Natural Earth 1:110m (public domain), compiled into the app's own static
  // files by annals-server/tools/gen_outlines.mjs; drawn under the points.
  fetch('/static/countries-110m.geojson')
    .then(function (r) { return r.json(); })
    .then(function (world) {
      var outlines = L.geoJSON(world, {interactive: false, className: 'country-outline',
        style: {color: '#8a96a3', weight: 1, fillColor: '#ffffff', fillOpacity: 1}}).addTo(map);
      outlines.bringToBack();
      el.setAttribute('data-outlines', String((world.features || []).length));
    });
  var clusters = L.markerClusterGroup();
  map.addLayer(clusters);
  var query = el.getAttribute('data-query') || '';
  fetch('/api/events?size=1000' + (query ? '&' + query : ''))
    .then(function (r) { return r.json(); })
    .then(function (page) {
      var shown = 0;
      (page.items || []).forEach(function (e) {
        var l = e.location;
        if (!l || l.lat == null || l.lon == null) { return; }
        shown++;
        var m = L.circleMarker([l.lat, l.lon], {radius: 7, color: colours[e.quad_class] || '#555',
          fillOpacity: 0.8, className: 'event-point q' + e.quad_class});
        var label = document.createElement('div');
        var a = document.createElement('a');
        a.href = '/events/' + encodeURIComponent(e.id);
        a.textContent = e.event + ' ' + (e.date && e.date.value ? e.date.value : '');
        label.appendChild(a);
        label.appendChild(document.createTextNode(' — ' + (l.name || l.country) + ' (' + l.precision + ')'));
        m.bindPopup(label);
        clusters.addLayer(m);
      });
      document.getElementById('map-count').textContent =
        shown + ' of ' + (page.items || []).length + ' events located';
      el.setAttribute('data-points', String(shown));
      el.setAttribute('data-rendered', 'true');
    });
})();
