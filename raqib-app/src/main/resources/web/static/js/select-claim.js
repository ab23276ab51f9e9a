// Adding a claim the extractor missed: the words the analyst selects in the document's text
// become the claim's evidence. Their offsets in the text (UTF-16, as the server counts them)
// go into the form with the selected words, which the server checks against the archive.
(function () {
  'use strict';
  var root = document.getElementById('doc-text');
  var start = document.getElementById('start'), end = document.getElementById('end');
  var quote = document.getElementById('quote'), shown = document.getElementById('selection');
  if (!root || !start || !end) return;

  // characters of the text before (node, offset): the length of the range from the text's start
  function offsetOf(node, offset) {
    var r = document.createRange();
    r.selectNodeContents(root);
    r.setEnd(node, offset);
    return r.toString().length;
  }

  function take() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    var range = sel.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    var text = root.textContent;
    var from = offsetOf(range.startContainer, range.startOffset);
    var to = offsetOf(range.endContainer, range.endOffset);
    // the words, without the spaces a selection often takes along at either end
    while (from < to && /\s/.test(text.charAt(from))) from++;
    while (to > from && /\s/.test(text.charAt(to - 1))) to--;
    if (from >= to) return;
    start.value = String(from);
    end.value = String(to);
    quote.value = text.substring(from, to);
    shown.textContent = quote.value;
  }

  root.addEventListener('mouseup', take);
  root.addEventListener('keyup', take);
  document.addEventListener('selectionchange', function () {
    var sel = window.getSelection();
    if (sel && sel.rangeCount && root.contains(sel.getRangeAt(0).commonAncestorContainer)) take();
  });
  // typing offsets by hand: the quote no longer applies
  [start, end].forEach(function (input) {
    input.addEventListener('input', function () { quote.value = ''; shown.textContent = ''; });
  });
})();
