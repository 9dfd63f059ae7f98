/* Progressive enhancement only: every page works without this file (forms post, links navigate). */
(function () {
  'use strict';

  // htmx requests carry the CSRF token as a header, as Spring Security expects
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // the queue's live-update indicator
  document.addEventListener('htmx:sseOpen', function () {
    var live = document.getElementById('live-state');
    if (live) { live.dataset.state = 'open'; live.textContent = live.dataset.openText; }
  });

  function json(id) {
    var el = document.getElementById(id);
    return el && el.dataset.json ? JSON.parse(el.dataset.json) : null;
  }

  function baseMap(el) {
    var map = L.map(el, { zoomControl: true, attributionControl: true }).setView([12.7, 108.2], 8);
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18 }).addTo(map);
    }
    return map;
  }

  function communes(map, options) {
    return fetch(document.body.dataset.communesUrl).then(function (r) { return r.json(); }).then(function (data) {
      var highlight = options.highlight;
      var layer = L.geoJSON(data, {
        style: function (f) {
          var on = highlight && f.properties.code === highlight;
          return { color: on ? '#a4161a' : '#0b4f8a', weight: on ? 3 : 1, fillColor: on ? '#f4c7c3' : '#dbe7f3',
                   fillOpacity: on ? 0.5 : 0.35, className: 'commune commune-' + f.properties.code };
        },
        onEachFeature: function (f, l) {
          l.bindTooltip(f.properties.full_name, { sticky: true });
          if (options.popup) { l.bindPopup(options.popup(f.properties)); }
          if (options.click) { l.on('click', function (e) { options.click(e, f.properties); }); }
        }
      }).addTo(map);
      if (highlight) {
        layer.eachLayer(function (l) { if (l.feature.properties.code === highlight) { map.fitBounds(l.getBounds()); } });
      } else {
        map.fitBounds(layer.getBounds());
      }
      return layer;
    });
  }

  function reportMarkers(map, reports) {
    (reports || []).forEach(function (r) {
      if (!r.location) { return; }
      L.circleMarker([r.location.lat, r.location.lon], {
        radius: 7, color: '#a4161a', weight: 2, fillColor: '#ffbf47', fillOpacity: 0.9,
        className: 'report-marker report-' + r.id
      }).bindPopup(function () {
        var p = document.createElement('div');
        var b = document.createElement('strong'); b.textContent = r.title; p.appendChild(b);
        p.appendChild(document.createElement('br'));
        p.appendChild(document.createTextNode((r.statusLabel || '') + ' · ' + (r.communeName || '')));
        return p;
      }).addTo(map);
    });
  }

  function statsPopup(stats, labels) {
    var byCode = {};
    (stats || []).forEach(function (s) { byCode[s.communeCode] = s; });
    return function (props) {
      var s = byCode[props.code] || { received: 0, resolved: 0, resolvedOnTime: 0 };
      var d = document.createElement('div');
      var b = document.createElement('strong'); b.textContent = props.full_name; d.appendChild(b);
      [[labels.received, s.received], [labels.resolved, s.resolved], [labels.onTime, s.resolvedOnTime]]
        .forEach(function (row) {
          d.appendChild(document.createElement('br'));
          d.appendChild(document.createTextNode(row[0] + ': ' + row[1]));
        });
      return d;
    };
  }

  function init() {
    var el = document.getElementById('map');
    if (el && window.L) {
      var map = baseMap(el);
      var kind = el.dataset.map;
      if (kind === 'public') {
        communes(map, { highlight: el.dataset.commune || null,
                        popup: statsPopup(json('map-stats'), json('map-labels')) })
          .then(function () { reportMarkers(map, json('map-reports')); el.dataset.ready = 'true'; });
      } else if (kind === 'pick') {
        var marker = null;
        var lat = document.getElementById('lat'), lon = document.getElementById('lon');
        communes(map, { click: function (e) {
          var p = e.latlng;
          lat.value = p.lat.toFixed(6); lon.value = p.lng.toFixed(6);
          if (marker) { marker.setLatLng(p); } else { marker = L.marker(p).addTo(map); }
        } }).then(function () { el.dataset.ready = 'true'; });
      } else if (kind === 'report') {
        communes(map, { highlight: el.dataset.commune || null }).then(function () {
          if (el.dataset.lat) {
            var p = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)];
            L.circleMarker(p, { radius: 8, color: '#a4161a', fillColor: '#ffbf47', fillOpacity: 1,
                                className: 'report-marker' }).addTo(map);
            map.setView(p, 14);
          }
          el.dataset.ready = 'true';
        });
      }
    }
    var chart = document.getElementById('rate-chart');
    if (chart && window.Chart) {
      var data = json('rate-data') || {};
      new Chart(chart, { type: 'line', data: { labels: Object.keys(data),
        datasets: [{ label: chart.dataset.label, data: Object.values(data), borderColor: '#0b4f8a', fill: false }] },
        options: { animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } });
    }
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
