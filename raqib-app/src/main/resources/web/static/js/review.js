// Keyboard shortcuts of the review queue: j/k move between claims, a accepts, r rejects,
// e puts the cursor in the first count. Ignored while typing in a field.
(function () {
  'use strict';
  var items = Array.prototype.slice.call(document.querySelectorAll('.review-item'));
  var current = 0;
  function focus(i) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, i));
    items[current].focus();
    items[current].scrollIntoView({block: 'nearest'});
  }
  function press(selector) {
    var b = items[current] && items[current].querySelector(selector);
    if (b) b.click();
  }
  document.addEventListener('keydown', function (e) {
    var tag = (e.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'j') focus(current + 1);
    else if (e.key === 'k') focus(current - 1);
    else if (e.key === 'a') press('button.accept');
    else if (e.key === 'r') press('button.reject');
    else if (e.key === 'e') { var f = items[current] && items[current].querySelector('input.best'); if (f) f.focus(); }
    else return;
    e.preventDefault();
  });
  focus(0);
})();
