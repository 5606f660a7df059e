// The only script of our pages besides highlight.js and Chart.js: it
// highlights code blocks and draws the charts whose data the page carries in
// inert <script type="application/json"> blocks. Pages never run inline code.
'use strict';

function highlightCode() {
  if (typeof hljs === 'undefined') return;
  document.querySelectorAll('pre code').forEach(function (block) { hljs.highlightBlock(block); });
}

function drawCharts() {
  if (typeof Chart === 'undefined') return;
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source) return;
    var config = JSON.parse(source.textContent);
    config.options = config.options || {};
    config.options.animation = false;        // charts are also printed
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    new Chart(canvas, config);
  });
}

document.addEventListener('DOMContentLoaded', function () {
  highlightCode();
  drawCharts();
  document.documentElement.setAttribute('data-ready', '1');
});
