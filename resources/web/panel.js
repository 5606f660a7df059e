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
  var printing = document.documentElement.classList.contains('print');
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source) return;
    var config = JSON.parse(source.textContent);
    config.options = config.options || {};
    config.options.animation = false;
    config.options.maintainAspectRatio = false;
    // On paper the layout changes when printing starts; a fixed-size chart
    // turned into an image survives that, a responsive canvas does not.
    config.options.responsive = !printing;
    if (printing) {
      canvas.width = 1360;
      canvas.height = 480;
      config.options.devicePixelRatio = 1;
    }
    var chart = new Chart(canvas, config);
    if (printing) {
      var image = document.createElement('img');
      image.src = chart.toBase64Image();
      image.alt = canvas.getAttribute('aria-label') || '';
      image.style.width = '100%';
      canvas.parentNode.replaceChild(image, canvas);
    }
  });
}

document.addEventListener('DOMContentLoaded', function () {
  highlightCode();
  drawCharts();
  document.documentElement.setAttribute('data-ready', '1');
});
