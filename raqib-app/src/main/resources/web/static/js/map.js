// The map of incidents (Leaflet). Data comes from the API with the page's filters; every text
// is put into the page as text (textContent), never as HTML, and there is no inline script.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') return;
  var colours = { confirmed: '#7a0b2e', fair: '#c2410c', weak: '#d9a400', contested: '#6d28d9', discounted: '#6b7280' };
  var lang = el.getAttribute('data-lang') || 'en';
  var map = L.map(el, { attributionControl: true, worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([32, 40], 5);
  map.attributionControl.setPrefix('Leaflet');
  map.attributionControl.addAttribution('Natural Earth');
  var tiles = el.getAttribute('data-tiles');
  if (tiles) L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }

  getJson(el.getAttribute('data-geo')).then(function (geo) {
    var outlines = L.geoJSON(geo, { style: { color: '#6b7c87', weight: 1, fillColor: '#f2efe6', fillOpacity: 1 }, interactive: false });
    outlines.addTo(map);
    outlines.bringToBack();
  }).catch(function () { /* the markers still show without the basemap */ });

  function line(parent, text) {
    var p = document.createElement('p');
    p.textContent = text;
    parent.appendChild(p);
  }

  function popup(f) {
    var p = f.properties;
    var div = document.createElement('div');
    div.className = 'popup';
    var a = document.createElement('a');
    a.href = '/incidents/' + encodeURIComponent(f.id) + '?lang=' + encodeURIComponent(lang);
    a.textContent = (p.date || '') + ' — ' + (p.place || '');
    div.appendChild(a);
    line(div, (lang === 'ar' ? 'القتلى: ' : 'deaths: ') + (p.deaths || '-') + ' · ' + p.grade);
    return div;
  }

  var cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  getJson(el.getAttribute('data-features')).then(function (data) {
    var at = {};
    data.fields.forEach(function (name, k) { at[name] = k; });
    var markers = [];
    data.rows.forEach(function (row) {
      var p = {};
      Object.keys(at).forEach(function (name) { p[name] = row[at[name]]; });
      var f = { id: p.id, properties: p };
      var civ = p.civilians || p.deaths_high || 0;
      var governorate = p.geo_precision === 3 || p.placed_at === 'governorate';
      var m = L.circleMarker([p.lat, p.lon], {
        radius: 5 + Math.min(25, 3 * Math.sqrt(civ)),
        color: colours[p.grade] || '#333',
        weight: governorate ? 2 : 1,
        dashArray: governorate ? '4 3' : null,
        fillColor: colours[p.grade] || '#333',
        fillOpacity: governorate ? 0.15 : 0.7,
        className: 'incident-marker' + (governorate ? ' marker-governorate' : '')
      });
      m.bindPopup(function () { return popup(f); });
      markers.push(m);
    });
    cluster.addLayers(markers);
    map.addLayer(cluster);
    el.setAttribute('data-count', String(markers.length));
    if (markers.length > 0) map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: 9 });
  }).catch(function (e) {
    el.setAttribute('data-error', String(e));
  });
})();
