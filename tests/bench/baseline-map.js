// The naive map the app is compared with: Leaflet's SVG renderer and one DOM marker per point.
/* global L, topojson */
const params = new URLSearchParams(location.search);
const element = document.getElementById('map');
element.style.width = `${Number(params.get('w') ?? 1000)}px`;
element.style.height = `${Number(params.get('h') ?? 600)}px`;

const [topology, dataset] = await Promise.all([
  fetch('/bench-vendor/countries-110m.json').then((r) => r.json()),
  fetch(params.get('data')).then((r) => r.json()),
]);

performance.mark('map-mount');
const map = L.map(element, { preferCanvas: false, worldCopyJump: true, minZoom: 1, zoomSnap: 0.5 });
map.fitBounds([
  [-56, -168],
  [75, 190],
]);
L.geoJSON(topojson.feature(topology, topology.objects.countries), {
  interactive: false,
  style: { color: '#a2a9b1', weight: 0.6, fillColor: '#fbfbf8', fillOpacity: 1 },
}).addTo(map);

const markers = [];
for (const o of dataset.organizations) {
  if (o.location && o.status === 'active') {
    markers.push(L.marker([o.location.lat, o.location.lon], { title: o.name }));
  }
}
for (const m of dataset.meetups) {
  if (m.location) markers.push(L.marker([m.location.lat, m.location.lon], { title: m.name }));
}
L.layerGroup(markers).addTo(map);
element.dataset.pointCount = String(markers.length);

requestAnimationFrame(() => {
  performance.mark('map-first-paint');
  element.dataset.ready = 'true';
});
