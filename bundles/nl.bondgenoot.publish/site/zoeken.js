// Search over the publication: window.BONDGENOOT_ZOEKINDEX (zoekindex.js) holds every page's words.
// Every word typed must occur (letter case and accents aside); titles weigh more than texts.
(function () {
  'use strict';
  var index = window.BONDGENOOT_ZOEKINDEX || [];
  var input = document.getElementById('zoekterm');
  var list = document.getElementById('zoekresultaten');
  var status = document.getElementById('zoekstatus');
  var MAX = 100;
  function plain(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var prepared = index.map(function (entry) {
    return { entry: entry, title: plain(entry.titel), text: plain(entry.titel + ' ' + entry.soort + ' ' + entry.tekst) };
  });
  function escape(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function fragment(entry, words) {
    var text = entry.tekst || '';
    var at = plain(text).indexOf(words[0]);
    if (at < 0) { return ''; }
    var from = Math.max(0, at - 60), to = Math.min(text.length, at + words[0].length + 100);
    var piece = (from > 0 ? '… ' : '') + text.substring(from, to) + (to < text.length ? ' …' : '');
    var marked = escape(piece);
    words.forEach(function (word) {
      if (!word) { return; }
      var pattern = new RegExp('(' + word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ')', 'gi');
      marked = marked.replace(pattern, '<mark>$1</mark>');
    });
    return marked;
  }
  function search(query) {
    var words = plain(query).split(/\s+/).filter(Boolean);
    list.innerHTML = '';
    if (!words.length) { status.textContent = 'Typ een naam, id, tekst of regel-id (zoals NET-1).'; return; }
    var hits = prepared.filter(function (p) {
      return words.every(function (w) { return p.text.indexOf(w) >= 0; });
    }).map(function (p) {
      var score = words.reduce(function (s, w) { return s + (p.title.indexOf(w) >= 0 ? 2 : 0); }, 0);
      return { entry: p.entry, score: score };
    }).sort(function (a, b) { return b.score - a.score; });
    status.textContent = hits.length === 0 ? 'Niets gevonden voor "' + query + '".'
      : hits.length + (hits.length === 1 ? ' resultaat' : ' resultaten') + ' voor "' + query + '"'
        + (hits.length > MAX ? ' (de eerste ' + MAX + ')' : '') + '.';
    hits.slice(0, MAX).forEach(function (hit) {
      var item = document.createElement('li');
      item.innerHTML = '<a href="' + escape(hit.entry.pad) + '">' + escape(hit.entry.titel) + '</a>'
        + '<span class="soort">' + escape(hit.entry.soort) + '</span>'
        + '<div class="fragment">' + fragment(hit.entry, words) + '</div>';
      list.appendChild(item);
    });
  }
  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  input.addEventListener('input', function () { search(input.value); });
  search(query);
})();
