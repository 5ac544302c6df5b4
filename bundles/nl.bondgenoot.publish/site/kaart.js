// Pan and zoom of the published maps, and a click on a node or edge opening its element page.
// The map is the product's own SVG in the page; window.BONDGENOOT_KAART says which data-id has a page.
(function () {
  'use strict';
  var links = window.BONDGENOOT_KAART || {};
  document.querySelectorAll('figure[data-kaart]').forEach(function (figure) {
    var svg = figure.querySelector('svg');
    if (!svg) { return; }
    var start = svg.getAttribute('viewBox').split(/[\s,]+/).map(Number);
    var box = start.slice();
    // The SVG keeps its own size attributes for a stand-alone file; in the page it fills the frame.
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    function show() { svg.setAttribute('viewBox', box.join(' ')); }
    function zoom(factor, cx, cy) {
      var w = box[2] * factor, h = box[3] * factor;
      if (w < start[2] / 40 || w > start[2] * 20) { return; }
      box = [cx - (cx - box[0]) * factor, cy - (cy - box[1]) * factor, w, h];
      show();
    }
    function toMap(event) {
      var point = svg.createSVGPoint();
      point.x = event.clientX; point.y = event.clientY;
      return point.matrixTransform(svg.getScreenCTM().inverse());
    }
    svg.querySelectorAll('[data-id]').forEach(function (element) {
      if (links[element.getAttribute('data-id')]) { element.classList.add('klikbaar'); }
    });
    figure.addEventListener('wheel', function (event) {
      event.preventDefault();
      var p = toMap(event);
      zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y);
    }, { passive: false });
    var drag = null;
    figure.addEventListener('pointerdown', function (event) {
      drag = { x: event.clientX, y: event.clientY, box: box.slice(), moved: false };
    });
    window.addEventListener('pointermove', function (event) {
      if (!drag) { return; }
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      drag.moved = true;
      figure.classList.add('slepen');
      var scale = box[2] / svg.getBoundingClientRect().width;
      var scaleY = box[3] / svg.getBoundingClientRect().height;
      var s = Math.max(scale, scaleY);
      box = [drag.box[0] - dx * s, drag.box[1] - dy * s, box[2], box[3]];
      show();
    });
    window.addEventListener('pointerup', function (event) {
      var wasDrag = drag && drag.moved;
      drag = null;
      figure.classList.remove('slepen');
      if (wasDrag) { return; }
      var target = event.target.closest ? event.target.closest('[data-id]') : null;
      if (target && figure.contains(target)) {
        var page = links[target.getAttribute('data-id')];
        if (page) { window.location.href = page; }
      }
    });
    var buttons = figure.previousElementSibling;
    if (buttons && buttons.classList.contains('kaart-knoppen')) {
      buttons.addEventListener('click', function (event) {
        var kind = event.target.getAttribute('data-zoom');
        var cx = box[0] + box[2] / 2, cy = box[1] + box[3] / 2;
        if (kind === 'in') { zoom(1 / 1.3, cx, cy); }
        if (kind === 'uit') { zoom(1.3, cx, cy); }
        if (kind === 'passend') { box = start.slice(); show(); }
      });
    }
    // Printing shows the whole map, whatever was zoomed.
    window.addEventListener('beforeprint', function () { svg.setAttribute('viewBox', start.join(' ')); });
    window.addEventListener('afterprint', show);
  });
})();
