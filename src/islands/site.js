/* 长者模式, 打印 and 「有帮助 / 没帮助」: see src/components/PageMeta.astro and HelpfulLinks.astro. Shipped as written
   (ES5), ≤ 1 kB gzip. */
(function () {
  var root = document.documentElement;
  var KEY = 'elder';
  var store = {};
  try {
    store = window.localStorage;
  } catch (e) {}
  root.className += ' js';
  if (store.getItem && store.getItem(KEY) === '1') root.setAttribute('data-elder', '');
  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('[data-elder-toggle]');
    function sync() {
      for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(root.hasAttribute('data-elder')));
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function () {
        var on = !root.hasAttribute('data-elder');
        if (on) root.setAttribute('data-elder', '');
        else root.removeAttribute('data-elder');
        try {
          store.setItem(KEY, on ? '1' : '0');
        } catch (e) {}
        sync();
      });
    }
    sync();
    var prints = document.querySelectorAll('[data-print]');
    for (var j = 0; j < prints.length; j++) prints[j].addEventListener('click', function () { window.print(); });
    var votes = document.querySelector('[data-helpful]');
    if (votes && window.fetch) {
      votes.addEventListener('click', function (e) {
        var a = e.target.closest && e.target.closest('a');
        if (!a) return;
        e.preventDefault();
        fetch(a.href, { credentials: 'omit', cache: 'no-store' })['catch'](function () {});
        votes.textContent = '谢谢您的反馈。';
        votes.focus();
      });
    }
  });
})();
