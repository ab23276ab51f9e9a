// The place field's suggestions: what the analyst types is looked up in the gazetteer
// (/api/places) and offered in the page's <datalist id="places">; choosing one fills in the
// division and country of the same form, so that the server finds the one place and keeps
// its coordinates. Names are set as text, never as markup.
(function () {
  'use strict';
  var list = document.getElementById('places');
  if (!list) return;
  var found = {}; // name shown -> place, for the last answer (the most populous first)
  var timer = null, asked = '';

  function fill(places) {
    while (list.firstChild) list.removeChild(list.firstChild);
    found = {};
    places.forEach(function (p) {
      var o = document.createElement('option');
      o.value = p.name;
      o.label = [p.arabic, p.english, p.admin1, p.country].filter(Boolean).join(' · ');
      list.appendChild(o);
      if (!Object.prototype.hasOwnProperty.call(found, p.name)) found[p.name] = p; // a shared name: the largest place
    });
  }

  function ask(q) {
    if (q === asked) return;
    asked = q;
    fetch('/api/places?q=' + encodeURIComponent(q), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : {places: []}; })
      .then(function (answer) { if (answer.q === asked) fill(answer.places || []); })
      .catch(function () { fill([]); });
  }

  function chosen(input) {
    var p = found[input.value];
    if (!p || !input.form) return;
    var admin1 = input.form.querySelector('input[name="admin1"]'), country = input.form.querySelector('input[name="country"]');
    if (admin1) admin1.value = p.admin1 || '';
    if (country) country.value = p.country || '';
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[list="places"]'), function (input) {
    input.setAttribute('autocomplete', 'off');
    input.addEventListener('input', function () {
      chosen(input);
      var q = input.value.trim();
      clearTimeout(timer);
      if (q.length < 2) return;
      timer = setTimeout(function () { ask(q); }, 200);
    });
    input.addEventListener('change', function () { chosen(input); });
  });
})();
